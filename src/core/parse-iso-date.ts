import { parseIsoDate as checkIsoDate, type IsoDate } from "./dates.js";
import { inOperation, RuleInputError } from "./errors.js";

/**
 * Validates a string as an {@link IsoDate}; throws a RuleInputError naming `field` and what is
 * wrong otherwise (never the value). The root's function: its errors name it as their
 * `operation`, as an operation's do (the library's own checks call the one of dates.ts).
 *
 * @example parseIsoDate("2024-07-04") // "2024-07-04" as IsoDate
 */
export function parseIsoDate(value: unknown, field = "date"): IsoDate {
  try {
    return checkIsoDate(value, field);
  } catch (error) {
    throw error instanceof RuleInputError ? inOperation(error, "parseIsoDate") : error;
  }
}
