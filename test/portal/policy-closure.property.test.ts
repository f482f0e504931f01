// PORTAL-INFO-RESPONSE and PORTAL-CONTEST close a ticket the day after the provider's deadline
// passes unmet. As of any date, the closure finding and the result agree: the finding is raised
// exactly when the ticket is closed by that deadline as of that date, never on the due date itself
// (the provider may still act that day), and the closure is the day after the due date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, evaluateTicket, type IsoDate, type TicketEvaluation } from "../../src/index.js";
import { dayBetween } from "./arbitraries.js";
import { CLEAN_TICKET, proposalOn, type TicketEvent } from "./ticket-fixture.js";

/** Presented to the MCO on the Portal's 10th business day at the latest (filed 2024-05-20). */
const presented = dayBetween("2024-05-20", "2024-06-03");

function evaluate(events: TicketEvent[], asOf: IsoDate): TicketEvaluation {
  return evaluateTicket({ ...CLEAN_TICKET, events }, { asOf });
}

function expectFindingIffClosed(result: TicketEvaluation, code: string, reason: string, due: string | undefined): void {
  const found = result.findings.some((f) => f.code === code);
  const closed = result.closure?.reason === reason;
  expect(found).toBe(closed);
  expect(result.status === "closed").toBe(closed);
  if (due !== undefined) {
    expect(closed).toBe(result.asOf > due);
    if (closed) expect(result.closure?.on).toBe(addCalendarDays(due as IsoDate, 1));
  }
}

describe("a provider deadline passed unmet closes the ticket the day after, and only then is it reported", () => {
  it("PORTAL-INFO-RESPONSE: information requested and not provided", () => {
    fc.assert(
      fc.property(presented, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 20 }), (on, after, days) => {
        const requested = addCalendarDays(on, after);
        const events: TicketEvent[] = [
          { type: "presented to MCO", date: on },
          { type: "information requested", date: requested },
        ];
        const result = evaluate(events, addCalendarDays(requested, days));
        const due = result.deadlines.find((d) => d.ruleId === "PORTAL-INFO-RESPONSE")?.dueDate;
        expectFindingIffClosed(result, "closed-information-not-provided", "information not provided", due);
      }),
      { numRuns: 300 },
    );
  });

  it("PORTAL-CONTEST: the MCO's response not contested", () => {
    fc.assert(
      fc.property(presented, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 15 }), (on, after, days) => {
        const responded = addCalendarDays(on, after);
        const events: TicketEvent[] = [{ type: "presented to MCO", date: on }, proposalOn(responded)];
        const result = evaluate(events, addCalendarDays(responded, days));
        const due = result.deadlines.find((d) => d.ruleId === "PORTAL-CONTEST")?.dueDate;
        expectFindingIffClosed(result, "closed-not-contested", "not contested", due);
      }),
      { numRuns: 300 },
    );
  });
});
