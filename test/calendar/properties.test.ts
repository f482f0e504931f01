// fast-check properties of the CAL-* rules (principle 7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  dueDate,
  illinoisStateCalendar,
  type IsoDate,
  isBusinessDay,
  nextBusinessDay,
  rollBackward,
  rollForward,
  RuleInputError,
} from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";

const calendar = illinoisStateCalendar();
const FIRST = toDayNumber("2017-01-01" as IsoDate);
const LAST = toDayNumber("2027-12-31" as IsoDate);
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const n = fc.integer({ min: -60, max: 60 });

/** The naive reference: step one day at a time. */
function naiveAdd(start: IsoDate, count: number): IsoDate {
  let day = start;
  let left = Math.abs(count);
  while (left > 0) {
    day = addCalendarDays(day, Math.sign(count));
    if (isBusinessDay(day, calendar)) left--;
  }
  return day;
}

describe("CAL-ROLL-FORWARD properties", () => {
  it("rollForward returns a business day, never earlier, the earliest such day, and is idempotent", () => {
    fc.assert(
      fc.property(date, (d) => {
        const r = rollForward(d, calendar);
        expect(isBusinessDay(r, calendar)).toBe(true);
        expect(r >= d).toBe(true);
        for (let x = d; x < r; x = addCalendarDays(x, 1)) expect(isBusinessDay(x, calendar)).toBe(false);
        expect(rollForward(r, calendar)).toBe(r);
      }),
    );
  });
  it("rollBackward returns a business day, never later, idempotent", () => {
    fc.assert(
      fc.property(date, (d) => {
        const r = rollBackward(d, calendar);
        expect(isBusinessDay(r, calendar)).toBe(true);
        expect(r <= d).toBe(true);
        expect(rollBackward(r, calendar)).toBe(r);
      }),
    );
  });
  it("dueDate with roll forward is rollForward of the counted date, and its explanation ends on it", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), (d, days) => {
        const e = dueDate({
          ruleId: "PORTAL-PROPOSAL-DUE",
          start: d,
          amount: days,
          counting: "calendar-days",
          roll: "forward",
        });
        expect(e.result).toBe(rollForward(addCalendarDays(d, days), calendar));
        expect(e.steps.at(-1)?.to).toBe(e.result);
        expect(e.start).toBe(d);
      }),
    );
  });
});

describe("CAL-BUSINESS-DAY properties", () => {
  it("addBusinessDays agrees with a day-by-day count", () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        expect(addBusinessDays(d, k, calendar)).toBe(naiveAdd(d, k));
      }),
    );
  });
  it("addBusinessDays(d, n ≠ 0) is a business day with exactly |n| business days in between", () => {
    fc.assert(
      fc.property(
        date,
        n.filter((k) => k !== 0),
        (d, k) => {
          const r = addBusinessDays(d, k, calendar);
          expect(isBusinessDay(r, calendar)).toBe(true);
          expect(businessDaysBetween(d, r, calendar)).toBe(k);
        },
      ),
    );
  });
  it("is monotone in the date and in n", () => {
    fc.assert(
      fc.property(date, date, n, n, (a, b, j, k) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        expect(addBusinessDays(d1, k, calendar) <= addBusinessDays(d2, k, calendar)).toBe(true);
        const [k1, k2] = j <= k ? [j, k] : [k, j];
        expect(addBusinessDays(a, k1, calendar) <= addBusinessDays(a, k2, calendar)).toBe(true);
      }),
    );
  });
  it("businessDaysBetween then addBusinessDays returns to any business day", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const target = rollForward(b, calendar);
        expect(addBusinessDays(a, businessDaysBetween(a, target, calendar), calendar)).toBe(target);
      }),
    );
  });
  it("nextBusinessDay is addBusinessDays(d, 1)", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(nextBusinessDay(d, calendar)).toBe(addBusinessDays(d, 1, calendar));
      }),
    );
  });
  it("addCalendarDays round-trips through day numbers, and refuses to leave the supported range", () => {
    const first = toDayNumber("1900-01-01" as IsoDate);
    const last = toDayNumber("2199-12-31" as IsoDate);
    fc.assert(
      fc.property(date, fc.integer({ min: -100_000, max: 100_000 }), (d, k) => {
        const target = toDayNumber(d) + k;
        if (target < first || target > last) {
          expect(() => addCalendarDays(d, k)).toThrow(RuleInputError);
          return;
        }
        expect(addCalendarDays(addCalendarDays(d, k), -k)).toBe(d);
        expect(toDayNumber(addCalendarDays(d, k)) - toDayNumber(d)).toBe(k);
      }),
    );
  });
});

describe("time zone independence", () => {
  it("gives the same answers as a fixed reference whatever TZ is", () => {
    // These literals were computed once; the suite runs under TZ=UTC and TZ=Pacific/Kiritimati.
    expect(addBusinessDays("2024-12-31" as IsoDate, 1, calendar)).toBe("2025-01-02");
    expect(rollForward("2024-11-28" as IsoDate, calendar)).toBe("2024-12-02");
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(toDayNumber("2024-03-10" as IsoDate)).toBe(19792);
  });
});
