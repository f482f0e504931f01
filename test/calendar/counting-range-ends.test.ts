// CAL-BUSINESS-DAY at the ends of the supported range (1900-01-01 … 2199-12-31): a count may cross
// into the first or the last year of the range, never out of it; and n = 0 is the day itself,
// even a day that is not a business day.
import { describe, expect, it } from "vitest";
import { addBusinessDays, illinoisStateCalendar, type IsoDate, RuleInputError } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { addBusinessDaysToDayNumber } from "../../src/calendar/add-business-days.js";

const d = (iso: string) => iso as IsoDate;

describe("CAL-BUSINESS-DAY: counting across years at the ends of the range", () => {
  it("a count may cross into 2199 and into 1900", () => {
    expect(addBusinessDays(d("2198-12-31"), 3) > "2199-01-01").toBe(true);
    expect(addBusinessDays(d("2198-12-31"), 3).startsWith("2199-01-")).toBe(true);
    expect(addBusinessDays(d("1901-01-02"), -3).startsWith("1900-12-")).toBe(true);
    expect(addBusinessDaysToDayNumber(toDayNumber(d("2198-12-31")), 3, illinoisStateCalendar())).toBe(
      toDayNumber(addBusinessDays(d("2198-12-31"), 3)),
    );
    expect(
      fromDayNumber(addBusinessDaysToDayNumber(toDayNumber(d("1901-01-02")), -3, illinoisStateCalendar())).startsWith(
        "1900-12-",
      ),
    ).toBe(true);
  });

  it("a count past 2199-12-31 or before 1900-01-01 is a RuleInputError naming n", () => {
    for (const [date, n] of [
      ["2199-12-30", 5],
      ["1900-01-02", -5],
    ] as const) {
      expect(() => addBusinessDays(d(date), n)).toThrow(RuleInputError);
      expect(() => addBusinessDays(d(date), n)).toThrow(
        /^addBusinessDays: n: the result would fall outside the supported range/,
      );
    }
  });

  it("n = 0 is the day itself, also a Saturday or a holiday", () => {
    const calendar = illinoisStateCalendar();
    for (const date of ["2024-07-06", "2024-07-04", "2024-07-03"]) {
      expect(addBusinessDays(d(date), 0)).toBe(date);
      expect(addBusinessDaysToDayNumber(toDayNumber(d(date)), 0, calendar)).toBe(toDayNumber(d(date)));
    }
  });
});
