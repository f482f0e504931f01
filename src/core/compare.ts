import { argumentError } from "./arguments.js";
import { describeValue } from "./describe-value.js";

/**
 * Compares two strings by UTF-16 code unit, for sorting that does not depend on the locale of
 * the machine (principle 1: same input, same output everywhere).
 *
 * @example ["b", "B", "a"].sort(compareText) // ["B", "a", "b"]
 */
export function compareText(a: string, b: string): number {
  if (typeof a !== "string" || typeof b !== "string") {
    throw argumentError(
      "compareText",
      typeof a !== "string" ? "a" : "b",
      `expected text, got ${describeValue(typeof a !== "string" ? a : b)}`,
    );
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
