// fast-check properties of impossible histories and of open points 11 and 13 (principle 7): each
// states the policy reading, not the implementation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  evaluateParsedTicket,
  extendedProposalDueDate,
  type IsoDate,
  proposalDueDate,
  type Ticket,
  type TicketEvent,
} from "../../src/internal.js";
import { dayBetween, ticketArb } from "./arbitraries.js";

const asOfArb = dayBetween("2019-06-01", "2026-12-31");
const clean = (filed: IsoDate, events: TicketEvent[]): Ticket => ({
  ticketNumber: "T-1",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  internalDispute: {
    submittedToMcoOn: addCalendarDays(filed, -40),
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: addCalendarDays(filed, -39),
    resolution: null,
  },
  portalSubmittedOn: filed,
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
  members: [],
  events,
});
const contact = { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" };

describe("open point 11: events dated after asOf are not known as of asOf", () => {
  it("by default, removing every event dated after asOf changes nothing in the evaluation as of asOf", () => {
    fc.assert(
      fc.property(ticketArb, asOfArb, (ticket, asOf) => {
        const known = { ...ticket, events: ticket.events.filter((e) => e.date <= asOf) };
        expect(evaluateParsedTicket(ticket, { asOf })).toEqual(evaluateParsedTicket(known, { asOf }));
      }),
      { numRuns: 500 },
    );
  });
  it("under presentation-from-record only the presentation may count before its date; every other later event still counts for nothing", () => {
    const options = { eventsAfterAsOf: "presentation-from-record" } as const;
    fc.assert(
      fc.property(ticketArb, asOfArb, (ticket, asOf) => {
        const known = {
          ...ticket,
          events: ticket.events.filter((e) => e.date <= asOf || e.type === "presented to MCO"),
        };
        expect(evaluateParsedTicket(ticket, { asOf, options })).toEqual(evaluateParsedTicket(known, { asOf, options }));
      }),
      { numRuns: 300 },
    );
  });
  it("a presentation never moves a proposal due date that had passed before it: overdue as of one date stays overdue (no proposal in between)", () => {
    fc.assert(
      fc.property(
        dayBetween("2021-01-01", "2025-06-30"),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        (filed, presentedAfter, asOfAfter) => {
          const ticket = clean(filed, [{ type: "presented to MCO", date: addCalendarDays(filed, presentedAfter) }]);
          const before = evaluateParsedTicket(ticket, { asOf: addCalendarDays(filed, asOfAfter) });
          const later = evaluateParsedTicket(ticket, { asOf: addCalendarDays(filed, 200) });
          if (before.overdue) expect([later.overdue, later.overdueSince]).toEqual([true, before.overdueSince]);
          // The due date that finally applies is the presentation's only when it came before the
          // due date counted from the portal receipt.
          const fromReceipt = proposalDueDate(filed).result;
          const presented = addCalendarDays(filed, presentedAfter);
          expect(later.proposalDueDate).toBe(
            presented <= fromReceipt ? proposalDueDate(presented).result : fromReceipt,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("open point 13: a new extension request after HFS denied one", () => {
  // Presented day 0; a first request and its denial, then a second request no later than day 23
  // (timely) and its approval, all before asOf.
  const history = fc
    .tuple(dayBetween("2021-01-01", "2025-06-30"), fc.integer({ min: 0, max: 18 }))
    .chain(([presented, first]) =>
      fc.tuple(
        fc.constant(presented),
        fc.constant(first),
        fc.integer({ min: first + 1, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
      ),
    );
  const ticketOf = (presented: IsoDate, first: number, second: number, gap: number) =>
    clean(addCalendarDays(presented, -3), [
      { type: "presented to MCO", date: presented },
      { type: "extension requested", date: addCalendarDays(presented, first), requestedBy: "MCO", id: "X1" },
      { type: "extension decision", date: addCalendarDays(presented, first), approved: false, id: "D1" },
      { type: "extension requested", date: addCalendarDays(presented, second), requestedBy: "MCO", id: "X2" },
      { type: "extension decision", date: addCalendarDays(presented, second + gap), approved: true, id: "D2" },
    ]);
  it('by default ("only one (1) extension is possible" counts approved extensions) the approval after a denial gives the one extension, and an info finding records the new request', () => {
    fc.assert(
      fc.property(history, ([presented, first, second, gap]) => {
        const result = evaluateParsedTicket(ticketOf(presented, first, second, gap), {
          asOf: addCalendarDays(presented, 25),
        });
        expect(result.proposalDueDate).toBe(extendedProposalDueDate(presented).result);
        const once = result.findings.filter((f) => f.ruleId === "PORTAL-EXTENSION-ONCE");
        expect(once.map((f) => [f.severity, f.events])).toEqual([["info", ["X1", "D1", "X2"]]]);
      }),
      { numRuns: 200 },
    );
  });
  it("under extensionOnceCounts requests the ticket had its one request: the second is a breach and no extension counts", () => {
    fc.assert(
      fc.property(history, ([presented, first, second, gap]) => {
        const result = evaluateParsedTicket(ticketOf(presented, first, second, gap), {
          asOf: addCalendarDays(presented, 25),
          options: { extensionOnceCounts: "requests" },
        });
        expect(result.proposalDueDate).toBe(proposalDueDate(presented).result);
        expect(
          result.findings.some(
            (f) => f.ruleId === "PORTAL-EXTENSION-ONCE" && f.severity === "error" && f.events.includes("X2"),
          ),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("impossible histories are findings", () => {
  const proposal = (date: IsoDate, id: string): TicketEvent => ({
    type: "proposal submitted",
    date,
    id,
    plan: "Reprocess",
    resolutionPeriod: null,
    contact,
    checkboxes: { upheld: true, overturned: false },
  });
  it("a proposal dated before the presentation (never on the same day) is a PORTAL-PRESENT-TO-MCO finding naming both", () => {
    fc.assert(
      fc.property(
        dayBetween("2021-01-01", "2025-06-30"),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (filed, p, m) => {
          // A contest the next day keeps the ticket open (uncontested, it would close after 5 business days).
          const contest: TicketEvent = { type: "provider contest", date: addCalendarDays(filed, p + 1) };
          const ticket = clean(filed, [
            proposal(addCalendarDays(filed, p), "P1"),
            contest,
            { type: "presented to MCO", date: addCalendarDays(filed, m), id: "M1" },
          ]);
          const result = evaluateParsedTicket(ticket, { asOf: addCalendarDays(filed, 9) });
          const flagged = result.findings.some(
            (f) => f.ruleId === "PORTAL-PRESENT-TO-MCO" && f.events.join() === "P1,M1",
          );
          expect(flagged).toBe(p < m);
        },
      ),
      { numRuns: 200 },
    );
  });
  it("an internal resolution dated before the dispute was submitted to the MCO is a PORTAL-INTERNAL-FIRST finding, on or after it is not", () => {
    fc.assert(
      fc.property(dayBetween("2021-01-01", "2025-06-30"), fc.integer({ min: -20, max: 20 }), (filed, offset) => {
        const base = clean(filed, []);
        const submitted = base.internalDispute.submittedToMcoOn;
        const ticket = {
          ...base,
          internalDispute: { ...base.internalDispute, resolution: { date: addCalendarDays(submitted, offset) } },
        };
        const result = evaluateParsedTicket(ticket, { asOf: filed });
        expect(result.findings.some((f) => f.ruleId === "PORTAL-INTERNAL-FIRST" && f.party === "MCO")).toBe(offset < 0);
      }),
      { numRuns: 200 },
    );
  });
});
