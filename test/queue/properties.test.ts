// fast-check properties of the work queue and of closed tickets (principle 7): the policy,
// not the implementation. "All ticket due dates (or extension dates, whichever is greater) are
// systematically tracked" (HFS Provider Resolution Portal Requirements); a closed ticket is
// never re-opened (PORTAL-COMPLETE), so its deadlines are moot.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  businessDaysBetween,
  evaluateContactDeadlines,
  evaluateParsedTicket,
  illinoisStateCalendar,
  type IsoDate,
  type TicketEvaluation,
  workQueue,
} from "../../src/internal.js";
import { daysBetween } from "../../src/core/checked-dates.js";
import { dayBetween, ticketArb } from "../portal/arbitraries.js";

const calendar = illinoisStateCalendar();
const asOfArb = dayBetween("2019-06-01", "2026-12-31");
const within = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
const parties = fc.option(fc.subarray(["MCO", "HFS Portal Team", "provider"] as const, { minLength: 1 }), {
  nil: undefined,
});
// Each ticket its own number, so that a queue item names the one ticket it comes from.
const tickets = fc
  .array(ticketArb, { minLength: 1, maxLength: 6 })
  .map((ts) => ts.map((t, i) => ({ ...t, ticketNumber: `T-${i + 1}` })));

const evaluate = (ts: readonly Parameters<typeof evaluateParsedTicket>[0][], asOf: IsoDate): TicketEvaluation[] =>
  ts.map((t) => evaluateParsedTicket(t, { asOf }));

describe("workQueue over ticket evaluations", () => {
  it("sorted by due date; every item open or missed, within the window and of the parties asked", () => {
    fc.assert(
      fc.property(tickets, asOfArb, within, within, parties, (ts, asOf, wb, wc, ps) => {
        const options = {
          ...(wb === undefined ? {} : { withinBusinessDays: wb }),
          ...(wc === undefined ? {} : { withinCalendarDays: wc }),
          ...(ps === undefined ? {} : { parties: [...ps] }),
        };
        const { items } = workQueue(evaluate(ts, asOf), { asOf, options });
        for (let i = 1; i < items.length; i++)
          expect((items[i - 1]?.dueDate ?? "") <= (items[i]?.dueDate ?? "")).toBe(true);
        for (const x of items) {
          expect(["open", "missed"]).toContain(x.status);
          expect(x.status === "missed").toBe(x.dueDate < asOf);
          if (wb !== undefined) expect(x.businessDaysLeft).toBeLessThanOrEqual(wb);
          if (wc !== undefined) expect(daysBetween(asOf, x.dueDate)).toBeLessThanOrEqual(wc);
          if (ps !== undefined) expect(ps as readonly string[]).toContain(x.party);
          expect(x.atRisk === "breached").toBe(x.status === "missed");
        }
      }),
      { numRuns: 150 },
    );
  });
  it("businessDaysLeft is businessDaysBetween(asOf, dueDate): negative exactly when missed past a business day", () => {
    fc.assert(
      fc.property(tickets, asOfArb, (ts, asOf) => {
        for (const x of workQueue(evaluate(ts, asOf), { asOf }).items) {
          expect(x.businessDaysLeft).toBe(businessDaysBetween(asOf, x.dueDate, calendar));
          if (x.status === "open") expect(x.businessDaysLeft).toBeGreaterThanOrEqual(0);
          else expect(x.businessDaysLeft).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });
  it("nothing from a closed ticket; every open or missed deadline of an open ticket is there", () => {
    fc.assert(
      fc.property(tickets, asOfArb, (ts, asOf) => {
        const evaluations = evaluate(ts, asOf);
        const { items } = workQueue(evaluations, { asOf });
        const closed = new Set(evaluations.filter((e) => e.status === "closed").map((e) => e.ticketNumber));
        for (const x of items) expect(closed.has(x.subject.ticketNumber ?? "")).toBe(false);
        const expected = evaluations
          .filter((e) => e.status !== "closed")
          .flatMap((e) => e.deadlines.filter((d) => d.status === "open" || d.status === "missed"));
        expect(items.length).toBe(expected.length);
      }),
      { numRuns: 150 },
    );
  });
  it("the queue does not depend on the order of the results", () => {
    fc.assert(
      fc.property(tickets, asOfArb, (ts, asOf) => {
        const evaluations = evaluate(ts, asOf);
        expect(workQueue([...evaluations].reverse(), { asOf })).toEqual(workQueue(evaluations, { asOf }));
      }),
      { numRuns: 80 },
    );
  });
});

describe("a closed ticket's deadlines stop counting at the closure", () => {
  it("days late never grow after the closure; a provider's contest or review request is never missed once closed", () => {
    fc.assert(
      fc.property(ticketArb, asOfArb, fc.integer({ min: 1, max: 900 }), (t, asOf, later) => {
        const now = evaluateParsedTicket(t, { asOf });
        if (now.closure === null) return;
        const then = evaluateParsedTicket(t, { asOf: addCalendarDays(asOf, later) });
        for (const d of now.deadlines) {
          if (d.status === "missed") expect(d.daysLate).toBeLessThanOrEqual(daysBetween(d.dueDate, now.closure.on));
          if (d.ruleId === "PORTAL-CONTEST" || d.ruleId === "PORTAL-HFS-REVIEW-REQUEST")
            expect(d.status).not.toBe("missed");
        }
        expect(then.deadlines.map((d) => [d.name, d.status, d.daysLate])).toEqual(
          now.deadlines.map((d) => [d.name, d.status, d.daysLate]),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("workQueue over WebCM contact deadlines", () => {
  it("one item per open or missed contact deadline, with the member and MCO", () => {
    const history = {
      member: "M1",
      mco: "Meridian",
      events: [{ type: "waiver assignment notified" as const, date: "2024-03-01" }],
    };
    const asOf = "2024-03-10" as IsoDate;
    const { items } = workQueue([evaluateContactDeadlines(history, { asOf })], {
      asOf,
      options: { withinBusinessDays: 10 },
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      area: "webcm",
      status: "open",
      ruleId: "WEBCM-INITIAL-DUE",
      subject: { member: "M1", mco: "Meridian" },
    });
    expect(items[0]?.subject.label).not.toContain("M1");
  });
  it("a result of no known shape is a RuleInputError naming it", () => {
    expect(() => workQueue([{ what: 1 }], { asOf: "2024-03-10" })).toThrow(/results\[0\]/);
    expect(() => workQueue([], { asOf: "2024-03-10", options: { withinBusinessDays: -1 } })).toThrow(
      /withinBusinessDays/,
    );
  });
});
