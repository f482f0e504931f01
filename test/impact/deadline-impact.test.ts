// deadlineImpact: which ticket deadlines a calendar change moves.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calendarDiff,
  deadlineImpact,
  evaluateTicket,
  illinoisStateCalendar,
  type IsoDate,
  isBusinessDay,
  RuleInputError,
  withChanges,
} from "../../src/internal.js";
import { dayBetween, ticketArb } from "../portal/arbitraries.js";

const ROOT = join(import.meta.dirname, "..", "..");
const samples = JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as unknown[];
const state = illinoisStateCalendar();
const closure = withChanges(state, { add: [{ date: "2024-07-05" as IsoDate, name: "Office closure" }] });

describe("deadlineImpact: 2024-07-05 closed", () => {
  it("calendarDiff reports the day, deadlineImpact the proposal due 2024-07-05, now 2024-07-08", () => {
    expect(calendarDiff(state, closure, { from: "2024-01-01", to: "2024-12-31" }).added.map((c) => c.date)).toEqual([
      "2024-07-05",
    ]);
    const changes = deadlineImpact(samples, { asOf: "2024-07-10", before: state, after: closure });
    // The proposal of PRP-2024-0614 (30 days from 2024-06-04, rolled off Independence Day) and
    // the contest window of PRP-2024-0701 (5 business days from 2024-07-02) both cross the day.
    expect(changes.map((c) => [c.ticketNumber, c.name])).toEqual([
      ["PRP-2024-0614", "proposal"],
      ["PRP-2024-0701", "contest"],
    ]);
    expect(changes[1]).toMatchObject({
      before: { dueDate: "2024-07-09", status: "met" },
      after: { dueDate: "2024-07-10", status: "met" },
      daysMoved: 1,
    });
    const [change] = changes;
    expect(change).toMatchObject({
      ticketNumber: "PRP-2024-0614",
      mco: "Acme Health",
      ruleId: "PORTAL-PROPOSAL-DUE",
      name: "proposal",
      party: "MCO",
      before: { dueDate: "2024-07-05", status: "missed" },
      after: { dueDate: "2024-07-08", status: "missed" },
      daysMoved: 3,
      ticketStatus: { before: "with MCO", after: "with MCO" },
    });
    expect(change?.after?.explanation).toContain("rolled forward to 2024-07-08");
  });

  it("a status that the move changes is listed: as of 2024-07-06 the proposal is open again", () => {
    const [change] = deadlineImpact(samples, { asOf: "2024-07-06", before: state, after: closure });
    expect(change).toMatchObject({
      before: { dueDate: "2024-07-05", status: "missed" },
      after: { dueDate: "2024-07-08", status: "open" },
    });
  });

  it("passes the options through: a bad option is the portal's RuleInputError", () => {
    expect(() =>
      deadlineImpact(samples, {
        asOf: "2024-07-10",
        before: state,
        after: closure,
        options: { mcoClockStart: "never" },
      }),
    ).toThrow(RuleInputError);
  });

  it("bad settings and a bad ticket are RuleInputErrors naming them", () => {
    expect(() => deadlineImpact(samples, { asOf: "2024-13-01", before: state, after: closure })).toThrow(
      /settings\.asOf/,
    );
    expect(() => deadlineImpact(samples, { asOf: "2024-07-10", before: state, after: {} as never })).toThrow(
      /settings\.after/,
    );
    expect(() =>
      deadlineImpact([{ ticketNumber: "T-9" }], { asOf: "2024-07-10", before: state, after: closure }),
    ).toThrow(/"T-9" \(index 0\)/);
  });
});

describe("deadlineImpact properties", () => {
  const asOfArb = dayBetween("2019-06-01", "2026-06-30");
  const closures = fc.uniqueArray(dayBetween("2019-06-01", "2026-06-30"), { minLength: 1, maxLength: 4 });

  it("the same calendar twice moves nothing", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 3 }), asOfArb, (tickets, asOf) => {
        expect(deadlineImpact(tickets, { asOf, before: state, after: state })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("closing more days never brings a due date earlier, and every unlisted deadline is the same under both", () => {
    fc.assert(
      fc.property(ticketArb, asOfArb, closures, (ticket, asOf, days) => {
        const after = withChanges(state, {
          add: days.filter((d) => isBusinessDay(d, state)).map((date) => ({ date, name: "Closure" })),
        });
        const changes = deadlineImpact([ticket], { asOf, before: state, after });
        for (const c of changes) if (c.before && c.after) expect(c.daysMoved).toBeGreaterThanOrEqual(0);
        const listed = new Set(changes.filter((c) => c.after).map((c) => `${c.name}|${c.party}|${c.after?.dueDate}`));
        const unchanged = (e: ReturnType<typeof evaluateTicket>) =>
          e.deadlines
            .filter((d) => !listed.has(`${d.name}|${d.party}|${d.dueDate}`))
            .map((d) => [d.name, d.party, d.dueDate, d.status]);
        const a = evaluateTicket(ticket, { asOf, calendar: after });
        const b = evaluateTicket(ticket, { asOf, calendar: state });
        // What the change does not list is in both evaluations, as it is.
        for (const d of unchanged(a))
          expect(b.deadlines.map((x) => [x.name, x.party, x.dueDate, x.status])).toContainEqual(d);
      }),
      { numRuns: 150 },
    );
  });
});
