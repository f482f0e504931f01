import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { yearOfDayNumber } from "../../src/core/iso-date.js";
import { fromDayNumber, IsoDateSchema, isIsoDate, parseInput, RuleInputError, toDayNumber, weekday } from "../../src/index.js";

describe("IsoDate", () => {
  it("round-trips every day number of four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
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
  it.each([["2024-02-30"], ["2024-2-3"], [""], [20240101], [null], ["2024-13-01"], ["0000-01-01"]])(
    "rejects %j with an error naming the value",
    (value) => {
      expect(() => parseInput(IsoDateSchema, value, "CAL-BUSINESS-DAY")).toThrow(RuleInputError);
      expect(() => parseInput(IsoDateSchema, value, "CAL-BUSINESS-DAY")).toThrow(JSON.stringify(value));
    },
  );
  it("names the field and the rule", () => {
    try {
      parseInput(IsoDateSchema, "2024-02-30", "PORTAL-PROPOSAL-DUE");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      expect((error as Error).message).toContain("PORTAL-PROPOSAL-DUE");
      expect((error as RuleInputError).issues[0]?.value).toBe("2024-02-30");
    }
  });
});

describe("RuleInputError", () => {
  it("names NaN and Infinity as they are, not as null", () => {
    expect(() => parseInput(IsoDateSchema, Number.NaN, "CAL-BUSINESS-DAY")).toThrow("input = NaN");
    expect(() => parseInput(IsoDateSchema, Number.POSITIVE_INFINITY, "CAL-BUSINESS-DAY")).toThrow("input = Infinity");
  });
});
