// How a business calendar is built from its holidays (CAL-STATE-HOLIDAYS): two holidays on one
// day are one closure, a holiday dated in another year is not that year's, a date-holidays
// instance gives the days offices are actually closed (a weekend holiday observed on the weekday
// next to it, also across New Year), and a malformed date is a RuleInputError naming the field.
import { describe, expect, it } from "vitest";
import {
  calendarFromDateHolidays,
  calendarFromDates,
  createCalendar,
  type IsoDate,
  RuleInputError,
} from "../../src/internal.js";
import * as unchecked from "../../src/calendar/business-calendar.js";

const contract = { name: "Contract", version: "2024", provenance: "Contract §1" };
const names = (holidays: readonly { date: string; name: string }[]) => holidays.map((h) => `${h.date} ${h.name}`);

describe("CAL-STATE-HOLIDAYS: the holidays of a year", () => {
  it("two holidays of one name on one day are that holiday once; of two names, one closure with both names", () => {
    const calendar = calendarFromDates({
      ...contract,
      holidays: [
        { date: "2024-07-04" as IsoDate, name: "Independence Day", basis: "A" },
        { date: "2024-07-04" as IsoDate, name: "Independence Day", basis: "B" },
        { date: "2024-11-28" as IsoDate, name: "Thanksgiving", basis: "C" },
        { date: "2024-11-28" as IsoDate, name: "Contract Day", basis: "D" },
      ],
    });
    expect(calendar.holidayOn("2024-07-04" as IsoDate)).toMatchObject({ name: "Independence Day", basis: "A" });
    expect(calendar.holidayOn("2024-11-28" as IsoDate)).toMatchObject({
      name: "Thanksgiving; Contract Day",
      basis: "C; D",
    });
  });

  it("a holiday a definition gives for another year is not one of this year's", () => {
    const calendar = createCalendar({
      ...contract,
      holidaysOfYear: () => [
        { date: "2024-12-25" as IsoDate, name: "Christmas Day" },
        { date: "2025-01-01" as IsoDate, name: "New Year's Day" },
      ],
    });
    expect(names(calendar.holidays(2024))).toEqual(["2024-12-25 Christmas Day"]);
    expect(names(calendar.holidays(2025))).toEqual(["2025-01-01 New Year's Day"]);
  });

  it("a year outside the tables (before 1900, after 2199) is built once and kept, like the others", () => {
    // The checked constructors accept dates of 1900-2199 only; a definition may answer any year.
    const calendar = unchecked.createCalendar({
      ...contract,
      holidaysOfYear: (year) => [{ date: `${year}-07-05` as IsoDate, name: "Holiday" }],
    });
    expect(calendar.yearIndex(2300)).toBe(calendar.yearIndex(2300));
    expect(names(calendar.holidays(2300))).toEqual(["2300-07-05 Holiday"]);
    expect(names(calendar.holidays(1850))).toEqual(["1850-07-05 Holiday"]);
    expect(calendar.yearIndex(2024)).toBe(calendar.yearIndex(2024));
    expect(calendar.yearIndex(2199)).toBe(calendar.yearIndex(2199));
  });

  it("a malformed date is refused by name, also by the unchecked constructors", () => {
    for (const run of [
      () => unchecked.calendarFromDates({ ...contract, holidays: ["2024-02-30" as IsoDate] }),
      () =>
        unchecked.withChanges(calendarFromDates({ ...contract, holidays: [] }), { remove: ["2024-13-01" as IsoDate] }),
      () =>
        unchecked.withChanges(calendarFromDates({ ...contract, holidays: [] }), {
          add: [{ date: "24-01-01" as IsoDate, name: "X" }],
        }),
    ]) {
      try {
        run();
        throw new Error("expected a RuleInputError");
      } catch (error) {
        expect(error).toBeInstanceOf(RuleInputError);
        const [issue] = (error as RuleInputError).issues;
        expect(issue?.reason.startsWith("expected a calendar date YYYY-MM-DD")).toBe(true);
        expect(issue?.ruleId).toBe("CAL-STATE-HOLIDAYS");
        expect(["holidays", "changes"]).toContain(issue?.field);
      }
    }
  });

  it("a calendar from dates keeps its source and weekend", () => {
    const calendar = calendarFromDates({
      ...contract,
      source: "contract-2024",
      weekend: [5, 6],
      holidays: ["2024-07-03" as IsoDate],
    });
    expect(calendar.weekend).toEqual([5, 6]);
    expect(calendar.holidayOn("2024-07-03" as IsoDate)).toMatchObject({
      source: "contract-2024",
      basis: "Contract §1",
      provenance: "published",
    });
    expect(
      calendarFromDates({ ...contract, holidays: ["2024-07-03" as IsoDate] }).holidayOn("2024-07-03" as IsoDate)
        ?.source,
    ).toBe("Contract §1");
  });
});

/** A date-holidays stand-in: the given holidays of each year, as date-holidays writes them. */
function fakeHolidays(
  byYear: Record<number, { date: string; name: string; type?: string }[]>,
): unchecked.DateHolidaysLike {
  return {
    getHolidays: (year) =>
      (byYear[year] ?? []).map((h) => ({ date: `${h.date} 00:00:00`, name: h.name, type: h.type ?? "public" })),
  };
}

describe("CAL-STATE-HOLIDAYS: a calendar from a date-holidays instance", () => {
  it("a New Year's Day on a Saturday is observed on the Friday before, in the year before", () => {
    // 2022-01-01 is a Saturday; date-holidays lists the substitute day with the holidays of 2022.
    const holidays = fakeHolidays({
      2021: [{ date: "2021-01-01", name: "New Year's Day" }],
      2022: [
        { date: "2022-01-01", name: "New Year's Day" },
        { date: "2021-12-31", name: "New Year's Day (substitute day)" },
      ],
    });
    const calendar = calendarFromDateHolidays({ ...contract, holidays });
    expect(names(calendar.holidays(2021))).toEqual([
      "2021-01-01 New Year's Day",
      "2021-12-31 New Year's Day (observed)",
    ]);
    expect(calendar.holidays(2021).every((h) => h.provenance === "projected")).toBe(true);
    expect(names(calendar.holidays(2022))).toEqual([]);
  });

  it("takes only the holidays of the given types, and keeps the weekend given", () => {
    const holidays = fakeHolidays({
      2024: [
        { date: "2024-02-14", name: "Valentine's Day", type: "observance" },
        { date: "2024-07-04", name: "Independence Day" },
      ],
    });
    expect(names(calendarFromDateHolidays({ ...contract, holidays }).holidays(2024))).toEqual([
      "2024-07-04 Independence Day",
    ]);
    expect(names(calendarFromDateHolidays({ ...contract, holidays, types: ["observance"] }).holidays(2024))).toEqual([
      "2024-02-14 Valentine's Day",
    ]);
    const fridays = calendarFromDateHolidays({ ...contract, holidays, weekend: [4, 5], source: "dh-us" });
    expect(fridays.weekend).toEqual([4, 5]);
    // 2024-07-04 is a Thursday: a weekend day of that calendar, so no closure of its own.
    expect(names(fridays.holidays(2024))).toEqual([]);
    expect(calendarFromDateHolidays({ ...contract, holidays, source: "dh-us" }).holidays(2024)[0]?.source).toBe(
      "dh-us",
    );
  });

  it("a weekday holiday next to a weekend holiday of another name keeps its own name", () => {
    // 2024-07-05 is a Friday, 2024-07-06 a Saturday.
    const holidays = fakeHolidays({
      2024: [
        { date: "2024-07-05", name: "Contract Day" },
        { date: "2024-07-06", name: "Other Day" },
      ],
    });
    expect(names(calendarFromDateHolidays({ ...contract, holidays }).holidays(2024))).toEqual([
      "2024-07-05 Contract Day",
    ]);
  });

  it("the weekday a weekend holiday stands in for is named observed; only a trailing '(substitute day)' marks one", () => {
    // 2024-07-06 is a Saturday: its holiday stands in on Friday 2024-07-05.
    const holidays = fakeHolidays({
      2024: [
        { date: "2024-07-06", name: "Founders Day" },
        { date: "2024-07-05", name: "Founders Day" },
        { date: "2024-09-03", name: "Day (substitute day) of Rest" },
        { date: "2024-11-11", name: "Veterans Day (substitute day)" },
      ],
    });
    expect(names(calendarFromDateHolidays({ ...contract, holidays }).holidays(2024))).toEqual([
      "2024-07-05 Founders Day (observed)",
      "2024-09-03 Day (substitute day) of Rest",
      "2024-11-11 Veterans Day (observed)",
    ]);
  });
});
