// calendarDiff: the days closed in one calendar and open in the other (CAL-BUSINESS-DAY).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDiff,
  calendarFromDates,
  illinoisStateCalendar,
  type IsoDate,
  isBusinessDay,
  RuleInputError,
  withChanges,
} from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";

const state = illinoisStateCalendar();
const FIRST = toDayNumber("2020-01-01" as IsoDate);
const LAST = toDayNumber("2027-12-31" as IsoDate);
const day = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const range = fc
  .tuple(day, fc.integer({ min: 0, max: 400 }))
  .map(([from, n]) => ({ from, to: addCalendarDays(from, n) }));
const d = (s: string) => s as IsoDate;

describe("calendarDiff", () => {
  it("adding 2024-07-05 as a closure reports exactly that day, named and sourced", () => {
    const after = withChanges(state, {
      add: [{ date: d("2024-07-05"), name: "Office closure", source: "Governor's proclamation" }],
    });
    const diff = calendarDiff(state, after, { from: "2024-01-01", to: "2024-12-31" });
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([
      {
        date: "2024-07-05",
        weekday: "Friday",
        name: "Office closure",
        kind: "holiday",
        provenance: "published",
        source: "Governor's proclamation",
        basis: "amended by the caller",
      },
    ]);
    expect(calendarDiff(after, state, { from: "2024-01-01", to: "2024-12-31" }).removed.map((c) => c.date)).toEqual([
      "2024-07-05",
    ]);
  });

  it("a day outside the range is not reported", () => {
    const after = withChanges(state, { add: [{ date: d("2024-07-05"), name: "Office closure" }] });
    expect(calendarDiff(state, after, { from: "2024-07-06", to: "2024-12-31" }).added).toEqual([]);
    expect(calendarDiff(state, after, { from: "2024-07-05", to: "2024-07-05" }).added).toHaveLength(1);
  });

  it("a different weekend rule shows as weekend days", () => {
    const sixDays = calendarFromDates({
      name: "Six-day week",
      version: "1",
      provenance: "test",
      holidays: [],
      weekend: [0],
    });
    const weekendsOnly = calendarFromDates({ name: "Weekends", version: "1", provenance: "test", holidays: [] });
    const diff = calendarDiff(sixDays, weekendsOnly, { from: "2024-07-01", to: "2024-07-14" });
    expect(diff.added.map((c) => [c.date, c.kind, c.name, c.source])).toEqual([
      ["2024-07-06", "weekend", "weekend", null],
      ["2024-07-13", "weekend", "weekend", null],
    ]);
  });

  it("bad arguments are RuleInputErrors naming them", () => {
    expect(() => calendarDiff(state, state, { from: "2024-02-30", to: "2024-03-01" })).toThrow(/range\.from/);
    expect(() => calendarDiff(state, state, { from: "2024-03-01", to: "2024-02-01" })).toThrow(/range\.to/);
    expect(() => calendarDiff({} as never, state, { from: "2024-03-01", to: "2024-03-02" })).toThrow(RuleInputError);
    expect(() => calendarDiff(state, null as never, { from: "2024-03-01", to: "2024-03-02" })).toThrow(/after/);
  });
});

describe("calendarDiff properties", () => {
  it("a calendar compared with itself has no difference", () => {
    fc.assert(
      fc.property(range, ({ from, to }) => {
        const diff = calendarDiff(state, state, { from, to });
        expect(diff.added).toEqual([]);
        expect(diff.removed).toEqual([]);
      }),
    );
  });

  it("withChanges adding a business day in range shows exactly that day as added", () => {
    fc.assert(
      fc.property(range, fc.nat(), ({ from, to }, pick) => {
        const span = toDayNumber(to) - toDayNumber(from);
        const date = addCalendarDays(from, pick % (span + 1));
        const after = withChanges(state, { add: [{ date, name: "Closure" }] });
        const diff = calendarDiff(state, after, { from, to });
        expect(diff.removed).toEqual([]);
        expect(diff.added.map((c) => c.date)).toEqual(isBusinessDay(date, state) ? [date] : []);
      }),
    );
  });

  it("is symmetric: swapping the calendars swaps added and removed", () => {
    const dates = fc.uniqueArray(day, { maxLength: 6 });
    fc.assert(
      fc.property(range, dates, dates, ({ from, to }, add, remove) => {
        const a = withChanges(state, { add: add.map((date) => ({ date, name: "Closure" })) });
        const b = withChanges(state, { remove });
        const ab = calendarDiff(a, b, { from, to });
        const ba = calendarDiff(b, a, { from, to });
        expect(ba.added.map((c) => c.date)).toEqual(ab.removed.map((c) => c.date));
        expect(ba.removed.map((c) => c.date)).toEqual(ab.added.map((c) => c.date));
        // Every reported day really is open in one and closed in the other.
        for (const c of ab.added) expect([isBusinessDay(c.date, a), isBusinessDay(c.date, b)]).toEqual([true, false]);
        for (const c of ab.removed) expect([isBusinessDay(c.date, a), isBusinessDay(c.date, b)]).toEqual([false, true]);
      }),
    );
  });
});
