// The boundary days of the Portal timing rules, as properties over any presentation date: an act
// on the very day a period ends is inside it, the day after is outside (principle 7; the rule
// table portal-boundaries.yaml gives worked rows of the same rules).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  evaluateTicket,
  type IsoDate,
  proposalDueDate,
  type TicketInput,
} from "../../src/internal.js";
import { dayBetween } from "./arbitraries.js";
import { proposalOn, type TicketEvent } from "./ticket-fixture.js";

const presentation = dayBetween("2021-01-04", "2026-06-30");
const offset = fc.integer({ min: -3, max: 3 });

/** A clean, timely ticket presented to the MCO on `presented`, with more events. */
function ticketPresentedOn(presented: IsoDate, events: readonly TicketEvent[] = []): TicketInput {
  return {
    ticketNumber: "T-B",
    mco: "Acme Health",
    program: "HealthChoice Illinois",
    providerType: "Hospital",
    internalDispute: {
      submittedToMcoOn: addCalendarDays(presented, -64),
      trackingNumber: "ACME-1",
      trackingNumberIssuedOn: addCalendarDays(presented, -63),
      resolution: null,
    },
    portalSubmittedOn: addCalendarDays(presented, -15),
    medicareOnly: false,
    feeForService: false,
    priorAuthorizationNotObtained: false,
    complete: true,
    providerRegistered: true,
    accessToCare: false,
    members: [],
    events: [{ type: "presented to MCO", date: presented }, ...events],
  };
}

const ruleIds = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe("PORTAL-OVERDUE at the due date", () => {
  it("a proposal on or before its due date is met and the ticket never goes overdue; one k days after is k days late and fined", () => {
    fc.assert(
      fc.property(presentation, offset, (presented, k) => {
        const due = proposalDueDate(presented).result;
        const result = evaluateTicket(ticketPresentedOn(presented, [proposalOn(addCalendarDays(due, k))]), {
          asOf: addCalendarDays(due, 10),
        });
        const deadline = result.deadlines.find((d) => d.name === "proposal");
        expect(result.overdue).toBe(false);
        if (k <= 0) {
          expect(deadline).toMatchObject({ dueDate: due, status: "met", daysLate: 0 });
          expect(result.fine).toBeNull();
          expect(ruleIds(result.findings)).not.toContain("PORTAL-OVERDUE");
        } else {
          expect(deadline).toMatchObject({ dueDate: due, status: "late", daysLate: k });
          expect(result.fine).toMatchObject({ dueDate: due, overdueOn: addCalendarDays(due, 1), amountCents: 500000 });
          expect(ruleIds(result.findings)).toContain("PORTAL-OVERDUE");
        }
      }),
      { numRuns: 60 },
    );
  });

  it("with no proposal, the ticket is open on its due date and overdue from the day after", () => {
    fc.assert(
      fc.property(presentation, offset, (presented, k) => {
        const due = proposalDueDate(presented).result;
        const result = evaluateTicket(ticketPresentedOn(presented), { asOf: addCalendarDays(due, k) });
        expect(result.overdue).toBe(k > 0);
        expect(result.overdueSince).toBe(k > 0 ? addCalendarDays(due, 1) : null);
        expect(result.deadlines.find((d) => d.name === "proposal")?.status).toBe(k > 0 ? "missed" : "open");
      }),
      { numRuns: 60 },
    );
  });
});

describe("PORTAL-COMPLETE and PORTAL-OVERDUE: a closure at the due date", () => {
  it("a ticket closed on or before its due date never goes overdue; one closed after it had", () => {
    fc.assert(
      fc.property(presentation, offset, (presented, k) => {
        const due = proposalDueDate(presented).result;
        const closed: TicketEvent = { type: "ticket closed", date: addCalendarDays(due, k), reason: "withdrawn" };
        const result = evaluateTicket(ticketPresentedOn(presented, [closed]), { asOf: addCalendarDays(due, 10) });
        expect(result.status).toBe("closed");
        expect(result.overdue).toBe(k > 0);
        expect(result.fine === null).toBe(k <= 0);
        // The unmet proposal deadline is moot when it falls on or after the closure.
        expect(result.deadlines.some((d) => d.name === "proposal")).toBe(k > 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("PORTAL-EXTENSION-DUE and PORTAL-EXTENSION-REQUEST: an extension requested at the due date", () => {
  it("an approved extension counts when it was requested on or before the due date, not after", () => {
    fc.assert(
      fc.property(
        presentation,
        offset,
        fc.constantFrom("MCO" as const, "provider" as const),
        (presented, k, requestedBy) => {
          const due = proposalDueDate(presented).result;
          const requested = addCalendarDays(due, k);
          const events: TicketEvent[] = [
            { type: "extension requested", date: requested, requestedBy },
            { type: "extension decision", date: addCalendarDays(due, 4), approved: true },
          ];
          const result = evaluateTicket(ticketPresentedOn(presented, events), { asOf: addCalendarDays(due, 5) });
          if (k <= 0) {
            expect(result.proposalDueDate).not.toBe(due);
            expect(result.status).toBe("extended");
            expect(result.overdue).toBe(false);
          } else {
            expect(result.proposalDueDate).toBe(due);
            expect(result.overdue).toBe(true);
            expect(result.findings).toContainEqual(
              expect.objectContaining({ ruleId: "PORTAL-EXTENSION-DUE", party: "HFS", severity: "warning" }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a pending request made on or before the due date holds the ticket back from overdue; one made after does not", () => {
    fc.assert(
      fc.property(presentation, offset, (presented, k) => {
        const due = proposalDueDate(presented).result;
        const events: TicketEvent[] = [
          { type: "extension requested", date: addCalendarDays(due, k), requestedBy: "MCO" },
        ];
        const result = evaluateTicket(ticketPresentedOn(presented, events), { asOf: addCalendarDays(due, 5) });
        expect(result.overdue).toBe(k > 0);
        const waiting = result.findings.filter((f) => f.ruleId === "PORTAL-EXTENSION-REQUEST" && f.severity === "info");
        expect(waiting).toHaveLength(k <= 0 ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("PORTAL-INTERNAL-FIRST at the filing day", () => {
  it("an event on the filing day belongs to the ticket; one the day before is reported and ignored", () => {
    fc.assert(
      fc.property(presentation, fc.integer({ min: -2, max: 2 }), (presented, k) => {
        const ticket = ticketPresentedOn(presented);
        const filed = ticket.portalSubmittedOn as IsoDate;
        const events: TicketEvent[] = [{ type: "presented to MCO", date: addCalendarDays(filed, k) }];
        const result = evaluateTicket({ ...ticket, events }, { asOf: addCalendarDays(filed, 3) });
        const early = result.findings.filter((f) => f.ruleId === "PORTAL-INTERNAL-FIRST");
        expect(early).toHaveLength(k < 0 ? 1 : 0);
        expect(result.mcoReceivedOn).toBe(k < 0 ? filed : addCalendarDays(filed, k));
        expect(result.deadlines.find((d) => d.name === "present to MCO")?.status).toBe(k < 0 ? "open" : "met");
      }),
      { numRuns: 40 },
    );
  });
});
