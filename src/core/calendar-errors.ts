import { describeValue } from "./describe-value.js";
import { RuleInputError } from "./errors.js";

// What a calendar refuses while it computes, with no boundary entry in between: its own methods
// (`holidays(year)`, `holidayOn(date)`) are called by callers directly, so a year the Illinois
// State Holidays cannot be projected for is refused by the computation itself, as `fromDayNumber`
// refuses a day outside the range; and the constructors of business-calendar.ts, which build
// from dates the boundary's schemas checked, still refuse a malformed one (a bug, or a caller of
// the unchecked constructors) by name rather than build a calendar that answers wrongly.

/** Whether the Illinois State Holidays have closures for `year`: a whole number 1-9999. */
export function isHolidayYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999;
}

/** The RuleInputError of a year outside 1-9999 (CAL-STATE-HOLIDAYS), naming `year`, never its value. */
export function holidayYearError(year: unknown): RuleInputError {
  return new RuleInputError(
    [
      {
        field: "year",
        reason: `expected a whole number 1-9999, got ${describeValue(year)}`,
        ruleId: "CAL-STATE-HOLIDAYS",
      },
    ],
    "CAL-STATE-HOLIDAYS",
  );
}

/** The RuleInputError of a holiday date that is not `YYYY-MM-DD` (CAL-STATE-HOLIDAYS), naming `field`. */
export function holidayDateError(field: "holidays" | "changes", value: unknown): RuleInputError {
  return new RuleInputError([
    { field, value, reason: "expected a calendar date YYYY-MM-DD", ruleId: "CAL-STATE-HOLIDAYS" },
  ]);
}
