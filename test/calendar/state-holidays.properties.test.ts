// fast-check properties of CAL-STATE-HOLIDAYS (principle 7): the policy of 5 ILCS 490 and
// 80 Ill. Adm. Code 303.190 as the state observes it, stated with JavaScript's own UTC
// calendar rather than the library's day numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar, illinoisStateCalendar, type IsoDate, isBusinessDay } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { projectYear } from "../../src/calendar/state-holidays/project.js";

const calendar = illinoisStateCalendar();
const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) as IsoDate;
const weekdayOf = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();
const shift = (date: IsoDate, days: number) => fromDayNumber(toDayNumber(date) + days);
const nameOn = (date: IsoDate) => calendar.holidayOn(date)?.name;
// The library's supported range ends 2199-12-31: a date after it is a RuleInputError.
const projectedYear = fc.integer({ min: 2028, max: 2199 });

describe("Juneteenth (5 ILCS 490/63 as amended by P.A. 102-0014)", () => {
  it("from 2023 on: June 19 on a weekday is closed, and a weekend June 19 has no Friday or Monday substitute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2023, max: 2199 }), (year) => {
        const june19 = iso(year, 6, 19);
        const weekday = weekdayOf(june19);
        if (weekday !== 0 && weekday !== 6) expect(nameOn(june19)).toBe("Juneteenth");
        expect(nameOn(iso(year, 6, 18))).toBeUndefined();
        expect(nameOn(iso(year, 6, 20))).toBeUndefined();
        if (weekday === 6) expect(isBusinessDay(iso(year, 6, 18), calendar)).toBe(true);
        if (weekday === 0) expect(isBusinessDay(iso(year, 6, 20), calendar)).toBe(true);
      }),
    );
  });
});

describe("every projected year has the statute's holidays", () => {
  const fixed = [
    ["New Year's Day", 1, 1],
    ["Lincoln's Birthday", 2, 12],
    ["Independence Day", 7, 4],
    ["Veterans' Day", 11, 11],
    ["Christmas Day", 12, 25],
  ] as const;
  it("a fixed-date holiday is closed on its day, on the Friday before a Saturday, on the Monday after a Sunday", () => {
    fc.assert(
      fc.property(projectedYear, fc.constantFrom(...fixed), (year, [name, month, day]) => {
        const date = iso(year, month, day);
        const weekday = weekdayOf(date);
        const closed = weekday === 6 ? shift(date, -1) : weekday === 0 ? shift(date, 1) : date;
        expect(nameOn(closed)).toBe(closed === date ? name : `${name} (observed)`);
        expect(isBusinessDay(closed, calendar)).toBe(false);
      }),
    );
  });
  const floating = [
    ["Martin Luther King Jr. Day", 1, 1, 15],
    ["Washington's Birthday", 2, 1, 15],
    ["Memorial Day", 5, 1, 25],
    ["Labor Day", 9, 1, 1],
    ["Columbus Day", 10, 1, 8],
    ["Thanksgiving Day", 11, 4, 22],
  ] as const;
  it("a weekday holiday falls on its weekday in its week of the month (Thanksgiving and the Friday after)", () => {
    fc.assert(
      fc.property(projectedYear, fc.constantFrom(...floating), (year, [name, month, weekday, firstDay]) => {
        const week = [0, 1, 2, 3, 4, 5, 6].map((i) => iso(year, month, firstDay + i));
        const days = week.filter((date) => nameOn(date) === name);
        expect(days).toHaveLength(1);
        expect(weekdayOf(days[0] as IsoDate)).toBe(weekday);
        if (name === "Thanksgiving Day") expect(nameOn(shift(days[0] as IsoDate, 1))).toBe("Day after Thanksgiving");
      }),
    );
  });
  it("General Election Day: the Tuesday after the first Monday in November in even years, none in odd years", () => {
    fc.assert(
      fc.property(projectedYear, (year) => {
        const week = [2, 3, 4, 5, 6, 7, 8].map((day) => iso(year, 11, day));
        const days = week.filter((date) => nameOn(date) === "General Election Day");
        expect(days.map(weekdayOf)).toEqual(year % 2 === 0 ? [2] : []);
      }),
    );
  });
  it("its holidays are projected, and say the state has not published the year", () => {
    fc.assert(
      fc.property(projectedYear, (year) => {
        const holidays = calendar.holidays(year);
        // 14 at most; an odd year, a weekend Juneteenth and New Year's Day observed in another year leave 11.
        expect(holidays.length).toBeGreaterThanOrEqual(11);
        for (const h of holidays) {
          expect(h.provenance).toBe("projected");
          expect(h.note).toBe(`the state has not published ${year}`);
        }
      }),
    );
  });
});

describe("published and projected agree on 2017-2027", () => {
  const projected = createCalendar({
    name: "projection",
    version: "test",
    provenance: "statute",
    holidaysOfYear: (year) => projectYear(year, ""),
  });
  const oneOffs = new Set(["2021-06-18", "2022-06-20"]);
  it("on every day, except the dated one-offs (2021-06-18 Governor's closure, 2022-06-20 open point 12)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2017-01-01" as IsoDate), max: toDayNumber("2027-12-31" as IsoDate) }),
        (day) => {
          const date = fromDayNumber(day);
          const agree = isBusinessDay(date, calendar) === isBusinessDay(date, projected);
          expect(agree).toBe(!oneOffs.has(date));
        },
      ),
      {
        examples: [
          [toDayNumber("2021-06-18" as IsoDate)],
          [toDayNumber("2022-06-20" as IsoDate)],
          [toDayNumber("2027-06-18" as IsoDate)],
        ],
      },
    );
  });
});
