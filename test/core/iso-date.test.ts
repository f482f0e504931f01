import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { yearOfDayNumber } from "../../src/core/iso-date.js";
import { fromDayNumber, toDayNumber, weekday } from "../../src/core/checked-dates.js";
import { IsoDateSchema } from "../../src/schemas.js";
import { isIsoDate, RuleInputError } from "../../src/index.js";
import { parseInput } from "../../src/core/errors.js";

describe("IsoDate", () => {
  it("round-trips every day number of the supported range 1900-01-01 … 2199-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2199-12-31") }), (day) => {
        const date = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(yearOfDayNumber(day)).toBe(Number(date.slice(0, 4)));
      }),
    );
  });
  it("knows weekdays", () => {
    expect(weekday("2024-07-04" as never)).toBe(4);
    expect(weekday("1970-01-01" as never)).toBe(4);
    expect(weekday("2024-07-07" as never)).toBe(0);
  });
  it("gives no date outside the supported range: a day number before or after it is a RuleInputError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -200_000, max: toDayNumber("1900-01-01") - 1 }),
          fc.integer({ min: toDayNumber("2199-12-31") + 1, max: 200_000 }),
        ),
        (day) => {
          expect(() => fromDayNumber(day)).toThrow(RuleInputError);
        },
      ),
    );
    expect(isIsoDate("1899-12-31")).toBe(false);
    expect(isIsoDate("2200-01-01")).toBe(false);
    expect(isIsoDate("1900-01-01")).toBe(true);
    expect(isIsoDate("2199-12-31")).toBe(true);
  });
  // The privacy rule (docs/privacy.md): the error says what is wrong, never the value.
  it.each([
    ["2024-02-30", "a day that does not exist"],
    ["2024-2-3", "text of 8 characters, not written YYYY-MM-DD"],
    ["", "an empty string"],
    [20240101, "a number"],
    [null, "null"],
    ["2024-13-01", "a day that does not exist"],
    ["0000-01-01", "a date outside the supported range 1900-01-01 to 2199-12-31"],
  ])("rejects %j with an error saying what is wrong, not the value", (value, what) => {
    expect(() => parseInput(IsoDateSchema, value, "CAL-BUSINESS-DAY")).toThrow(RuleInputError);
    expect(() => parseInput(IsoDateSchema, value, "CAL-BUSINESS-DAY")).toThrow(
      `CAL-BUSINESS-DAY: input: expected a calendar date YYYY-MM-DD, got ${what}`,
    );
    if (typeof value === "string" && value !== "")
      expect(() => parseInput(IsoDateSchema, value, "CAL-BUSINESS-DAY")).not.toThrow(value);
  });
  it("names the field and the rule", () => {
    try {
      parseInput(IsoDateSchema, "2024-02-30", "PORTAL-PROPOSAL-DUE");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      expect((error as Error).message).toContain("PORTAL-PROPOSAL-DUE");
      expect((error as RuleInputError).issues[0]).toEqual({
        code: "invalid_date",
        path: [],
        message: "Expected a calendar date YYYY-MM-DD, got a day that does not exist.",
        field: "",
        reason: "expected a calendar date YYYY-MM-DD, got a day that does not exist",
        ruleId: "PORTAL-PROPOSAL-DUE",
      });
    }
  });
});

describe("RuleInputError", () => {
  it("names NaN and Infinity as they are, not as null", () => {
    expect(() => parseInput(IsoDateSchema, Number.NaN, "CAL-BUSINESS-DAY")).toThrow(
      "input: expected a calendar date YYYY-MM-DD, got NaN",
    );
    expect(() => parseInput(IsoDateSchema, Number.POSITIVE_INFINITY, "CAL-BUSINESS-DAY")).toThrow(
      "input: expected a calendar date YYYY-MM-DD, got Infinity",
    );
  });
});
