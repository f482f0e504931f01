// The reporting periods every area builds on (SANCTION-PERIOD, WEBCM-COMPLIANCE-REPORT,
// SPENDDOWN-QUARTERLY-REPORTS, PORTAL-STATISTICS): calendarQuarter and calendarQuarterOf, their
// months, first and last days and labels, a year starting after January, and the RuleInputError
// naming the argument that is wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarter, calendarQuarterOf, RuleInputError } from "../../src/index.js";

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    return (error as RuleInputError).issues;
  }
  throw new Error("expected a RuleInputError");
}

describe("calendarQuarter: the months of a period", () => {
  it("a calendar quarter: its id, months, first and last day and label", () => {
    expect(calendarQuarter(2024, 2)).toEqual({
      id: "2024-Q2",
      year: 2024,
      quarter: 2,
      months: ["2024-04", "2024-05", "2024-06"],
      firstDay: "2024-04-01",
      lastDay: "2024-06-30",
      label: "April, May and June 2024",
    });
    expect(calendarQuarter(2024, 4).lastDay).toBe("2024-12-31");
  });

  it("a state fiscal year (from July) is named by the year it ends in, with its prefix", () => {
    expect(calendarQuarter(2025, 1, { yearStartMonth: 7, prefix: "SFY" })).toMatchObject({
      id: "SFY2025-Q1",
      year: 2025,
      months: ["2024-07", "2024-08", "2024-09"],
      firstDay: "2024-07-01",
      lastDay: "2024-09-30",
      label: "July, August and September 2024",
    });
    expect(calendarQuarter(2025, 4, { yearStartMonth: 7 })).toMatchObject({
      id: "2025-Q4",
      firstDay: "2025-04-01",
      lastDay: "2025-06-30",
    });
  });

  it("a period across two calendar years names the year of each month", () => {
    expect(calendarQuarter(2025, 1, { yearStartMonth: 11 })).toMatchObject({
      months: ["2024-11", "2024-12", "2025-01"],
      label: "November 2024, December 2024 and January 2025",
      firstDay: "2024-11-01",
      lastDay: "2025-01-31",
    });
    expect(calendarQuarter(2025, 1, { yearStartMonth: 12, monthsPerPeriod: 2 }).label).toBe(
      "December 2024 and January 2025",
    );
  });

  it("a one-month period is labelled by its month; a February ends on its last day", () => {
    expect(calendarQuarter(2024, 2, { monthsPerPeriod: 1 })).toMatchObject({
      id: "2024-Q2",
      months: ["2024-02"],
      label: "February 2024",
      lastDay: "2024-02-29",
    });
    expect(calendarQuarter(2023, 2, { monthsPerPeriod: 1 }).lastDay).toBe("2023-02-28");
    expect(calendarQuarter(2024, 1, { monthsPerPeriod: 2 }).label).toBe("January and February 2024");
    expect(calendarQuarter(2024, 1, { monthsPerPeriod: 12 })).toMatchObject({
      firstDay: "2024-01-01",
      lastDay: "2024-12-31",
      label: "January, February, March, April, May, June, July, August, September, October, November and December 2024",
    });
  });

  it("accepts the ends of the supported range and every period of the shape", () => {
    expect(calendarQuarter(1900, 1).firstDay).toBe("1900-01-01");
    expect(calendarQuarter(2199, 4).lastDay).toBe("2199-12-31");
    expect(calendarQuarter(2024, 2, { monthsPerPeriod: 6 }).firstDay).toBe("2024-07-01");
    expect(calendarQuarter(2024, 12, { monthsPerPeriod: 1 }).firstDay).toBe("2024-12-01");
    expect(calendarQuarter(2024, 1, { yearStartMonth: 12 }).firstDay).toBe("2023-12-01");
    expect(calendarQuarter(2024, 1, { prefix: "ABCDEFGH" }).id).toBe("ABCDEFGH2024-Q1");
  });
});

describe("calendarQuarter and calendarQuarterOf refuse a bad argument by name", () => {
  it.each([
    [() => calendarQuarter(1899, 1), "year", "expected a whole year 1900-2199, got"],
    [() => calendarQuarter(2200, 1), "year", "expected a whole year 1900-2199, got"],
    [() => calendarQuarter(2024.5, 1), "year", "expected a whole year 1900-2199, got"],
    [() => calendarQuarter(2024, 0), "quarter", "expected a period number 1-4, got"],
    [() => calendarQuarter(2024, 5), "quarter", "expected a period number 1-4, got"],
    [() => calendarQuarter(2024, 1.5), "quarter", "expected a period number 1-4, got"],
    [() => calendarQuarter(2024, 3, { monthsPerPeriod: 6 }), "quarter", "expected a period number 1-2, got"],
    [
      () => calendarQuarter(2024, 1, { monthsPerPeriod: 5 }),
      "shape.monthsPerPeriod",
      "expected 1, 2, 3, 4, 6 or 12, got",
    ],
    [
      () => calendarQuarter(2024, 1, { monthsPerPeriod: 0 }),
      "shape.monthsPerPeriod",
      "expected 1, 2, 3, 4, 6 or 12, got",
    ],
    [
      () => calendarQuarter(2024, 1, { monthsPerPeriod: 1.5 }),
      "shape.monthsPerPeriod",
      "expected 1, 2, 3, 4, 6 or 12, got",
    ],
    [() => calendarQuarter(2024, 1, { yearStartMonth: 0 }), "shape.yearStartMonth", "expected a month 1-12, got"],
    [() => calendarQuarter(2024, 1, { yearStartMonth: 13 }), "shape.yearStartMonth", "expected a month 1-12, got"],
    [() => calendarQuarter(2024, 1, { yearStartMonth: 6.5 }), "shape.yearStartMonth", "expected a month 1-12, got"],
    [() => calendarQuarter(2024, 1, { prefix: "sfy" }), "shape.prefix", "expected up to 8 capital letters, got"],
    [() => calendarQuarter(2024, 1, { prefix: "ABCDEFGHI" }), "shape.prefix", "expected up to 8 capital letters, got"],
    [
      () => calendarQuarter(2024, 1, { prefix: 7 as unknown as string }),
      "shape.prefix",
      "expected up to 8 capital letters, got",
    ],
    [
      () => calendarQuarterOf("2024-05-15", { monthsPerPeriod: 7 }),
      "shape.monthsPerPeriod",
      "expected 1, 2, 3, 4, 6 or 12, got",
    ],
  ])("%#: names %s", (run, field, reason) => {
    const issues = issuesOf(run);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe(field);
    expect(issues[0]?.reason.startsWith(reason)).toBe(true);
  });

  it("names the function in the message", () => {
    expect(() => calendarQuarter(2024, 1, { monthsPerPeriod: 5 })).toThrow(/^calendarQuarter: shape\.monthsPerPeriod/);
    expect(() => calendarQuarterOf("2024-05-15", { monthsPerPeriod: 5 })).toThrow(
      /^calendarQuarterOf: shape\.monthsPerPeriod/,
    );
  });
});

describe("calendarQuarterOf: the period a date falls in", () => {
  it("calendar quarters and a fiscal year from July", () => {
    expect(calendarQuarterOf("2024-05-15").id).toBe("2024-Q2");
    expect(calendarQuarterOf("2024-03-31").id).toBe("2024-Q1");
    expect(calendarQuarterOf("2024-04-01").id).toBe("2024-Q2");
    expect(calendarQuarterOf("2024-08-15", { yearStartMonth: 7, prefix: "SFY" }).id).toBe("SFY2025-Q1");
    expect(calendarQuarterOf("2024-06-30", { yearStartMonth: 7, prefix: "SFY" }).id).toBe("SFY2024-Q4");
    expect(calendarQuarterOf("2024-07-01", { yearStartMonth: 7, prefix: "SFY" }).id).toBe("SFY2025-Q1");
    expect(calendarQuarterOf("2024-01-15", { yearStartMonth: 7 }).id).toBe("2024-Q3");
  });

  it("any date lies between its period's first and last day, and that period is calendarQuarter's (property)", () => {
    const shapes = fc.record({
      monthsPerPeriod: fc.constantFrom(1, 2, 3, 4, 6, 12),
      yearStartMonth: fc.integer({ min: 1, max: 12 }),
    });
    const dates = fc
      .date({ min: new Date("1901-01-01T00:00:00Z"), max: new Date("2198-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, shapes, (date, shape) => {
        const q = calendarQuarterOf(date, shape);
        expect(q.firstDay <= date && date <= q.lastDay).toBe(true);
        expect(q.months).toContain(date.slice(0, 7));
        expect(calendarQuarter(q.year, q.quarter, shape)).toEqual(q);
      }),
      { numRuns: 200 },
    );
  });
});
