import { RuleInputError } from "./errors.js";
import { FIRST_DAY, LAST_DAY, SUPPORTED_RANGE } from "./iso-date.js";

// A date computed from checked arguments (a count of days added to a date) can still fall outside
// the supported range: not a bad argument the boundary can see in a few comparisons, but an answer
// the library cannot give. The computation says so itself, naming the argument that led there
// (like `fromDayNumber`, src/core/dates.ts), so every caller, checked or not, gets the same error.

/** The RuleInputError of a result beyond the supported range, naming `argument` of `fn`. */
export function resultOutOfRange(fn: string, argument: string): RuleInputError {
  return new RuleInputError(
    [{ field: argument, reason: `the result would fall outside the supported range ${SUPPORTED_RANGE}` }],
    fn,
  );
}

/**
 * `day` when it is a day of the supported range; otherwise a RuleInputError naming `argument`
 * of `fn`: the result it leads to would leave the range.
 */
export function resultInRange(day: number, fn: string, argument: string): number {
  if (day >= FIRST_DAY && day <= LAST_DAY) return day;
  throw resultOutOfRange(fn, argument);
}
