import { describeValue } from "./describe-value.js";
import { RuleInputError } from "./errors.js";
import type { InputIssueCode } from "./issue-codes.js";
import { daysFromCivil, daysInMonth, describeDate, digitsAt, FIRST_DAY, type IsoDate, LAST_DAY } from "./iso-date.js";

// Argument checks of the public functions (principle 6: every public function checks its
// arguments). Each is a few comparisons on the fast path; a bad argument is a RuleInputError
// naming the argument and what is wrong with it, never its value (docs/privacy.md).

export { FIRST_DAY, LAST_DAY } from "./iso-date.js";
export { resultInRange } from "./computed-range.js";
/** The largest count of days that can stay in the supported range. */
export const MAX_DAYS = LAST_DAY - FIRST_DAY;

const DASH = 45;

/**
 * The code of a value that is not what was expected: of another kind (`invalid_type`) or of the
 * kind but not an accepted one (`invalid_value`).
 *
 * @example kindCode(1.5, "number") // "invalid_value"
 */
export const kindCode = (value: unknown, kind: "number" | "string"): InputIssueCode =>
  typeof value === kind ? "invalid_value" : "invalid_type";

/** A RuleInputError about one argument of a public function (`code`: what kind of problem, default `custom`). */
export function argumentError(
  fn: string,
  argument: string,
  reason: string,
  code: InputIssueCode = "custom",
): RuleInputError {
  return new RuleInputError([{ field: argument, reason, code }], fn);
}

/**
 * The day number of `value` when it is an ISO date of the supported range; otherwise a
 * RuleInputError naming `argument` of `fn`. The test of isIsoDate and the arithmetic of
 * toDayNumber in one pass over the ten characters.
 *
 * @example dayNumberArgument("2024-07-04", "addBusinessDays", "date") // 19908
 */
export function dayNumberArgument(value: unknown, fn: string, argument: string): number {
  if (
    typeof value === "string" &&
    value.length === 10 &&
    value.charCodeAt(4) === DASH &&
    value.charCodeAt(7) === DASH
  ) {
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    if (
      year >= 1900 &&
      year <= 2199 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      (day <= 28 || day <= daysInMonth(year, month))
    ) {
      return daysFromCivil(year, month, day);
    }
  }
  throw argumentError(fn, argument, `expected a calendar date YYYY-MM-DD, got ${describeDate(value)}`, "invalid_date");
}

/**
 * `value` when it is an ISO date of the supported range; otherwise a RuleInputError naming
 * `argument` of `fn`.
 *
 * @example dateArgument("2024-07-10", "evaluateTicket", "settings.asOf") // "2024-07-10"
 */
export function dateArgument(value: unknown, fn: string, argument: string): IsoDate {
  dayNumberArgument(value, fn, argument);
  return value as IsoDate;
}

/**
 * `value` when it is a whole number of days that can stay in the supported range; otherwise a
 * RuleInputError naming `argument` of `fn`.
 *
 * @example countArgument(5, "addBusinessDays", "n") // 5
 */
export function countArgument(value: unknown, fn: string, argument: string): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= -MAX_DAYS && value <= MAX_DAYS) return value;
  const whole = typeof value === "number" && Number.isInteger(value);
  const why = whole ? `a number beyond ±${MAX_DAYS}` : describeValue(value);
  const code = whole ? "out_of_range" : typeof value === "number" ? "invalid_value" : "invalid_type";
  throw argumentError(fn, argument, `expected a whole number of days, got ${why}`, code);
}

/**
 * `value` when it is an object (the settings or options of a call: not null, not a list);
 * otherwise a RuleInputError naming `argument` of `fn`.
 *
 * @example settingsArgument({ asOf: "2024-07-10" }, "evaluateTicket", "settings")
 */
export function settingsArgument<T>(value: T, fn: string, argument = "settings"): T & object {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw argumentError(fn, argument, `expected an object, got ${describeValue(value)}`, "invalid_type");
}

/** Like {@link settingsArgument}, but `undefined` (not given) is allowed. */
export function optionalSettingsArgument<T>(value: T, fn: string, argument: string): (T & object) | undefined {
  return value === undefined ? undefined : settingsArgument(value, fn, argument);
}

/**
 * `value` when it can be iterated (a list, a generator …); otherwise a RuleInputError naming
 * `argument` of `fn`.
 *
 * @example iterableArgument([ticket], "evaluateTickets", "tickets")
 */
export function iterableArgument<T>(value: Iterable<T>, fn: string, argument: string): Iterable<T> {
  let iterable = false;
  try {
    iterable = typeof value === "object" && value !== null && typeof value[Symbol.iterator] === "function";
  } catch {
    // A Proxy whose `get` trap throws: not a list this library can read (principle 6).
    throw argumentError(fn, argument, "expected a list, got a value that cannot be read", "not_plain_data");
  }
  if (iterable) return value;
  throw argumentError(fn, argument, `expected a list, got ${describeValue(value)}`, "invalid_type");
}

/** `value` when it is an array; otherwise a RuleInputError naming `argument` of `fn`. */
export function listArgument<T>(value: readonly T[], fn: string, argument: string): readonly T[] {
  if (Array.isArray(value)) return value;
  throw argumentError(fn, argument, `expected a list, got ${describeValue(value)}`, "invalid_type");
}
