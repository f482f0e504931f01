import { argumentError, iterableArgument } from "./arguments.js";
import { describeValue } from "./describe-value.js";
import { RuleInputError } from "../core/errors.js";

/**
 * Integer cents as dollars, the way the policy writes them (PORTAL-FINE-NOTICE: "$5,000.00";
 * SPENDDOWN-THRESHOLD: "$1,005"). Money is integer cents everywhere inside the library; this is
 * for display only, and the one formatter every area uses.
 *
 * @example formatCents(1500000) // "$15,000.00"
 */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RuleInputError([{ field: "amountCents", value: cents, reason: "expected a whole number of cents" }]);
  }
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, "0")}`;
}

/** The largest total in cents kept exact: Number.MAX_SAFE_INTEGER ($90,071,992,547,409.91). */
export const MAX_EXACT_CENTS = Number.MAX_SAFE_INTEGER;

/**
 * The exact sum of amounts in integer cents. Each amount is a safe integer (the schemas say so);
 * a total beyond {@link MAX_EXACT_CENTS} cannot be held exactly in a number, so it is a
 * RuleInputError naming `field`, the caller's field whose amounts are summed, and `what` they
 * are (never a wrong total, never an error quoting a value that is not in the input).
 *
 * @example sumCents([500000, 500000], "fines[].amountCents", "Acme, 2024-Q1") // 1000000
 */
export function sumCents(amounts: Iterable<number>, field: string, what: string): number {
  iterableArgument(amounts, "sumCents", "amounts");
  if (typeof field !== "string") throw argumentError("sumCents", "field", `expected text, got ${describeValue(field)}`);
  if (typeof what !== "string") throw argumentError("sumCents", "what", `expected text, got ${describeValue(what)}`);
  let total = 0;
  let count = 0;
  for (const cents of amounts) {
    if (!Number.isSafeInteger(cents))
      throw argumentError("sumCents", "amounts", `expected whole numbers of cents, got ${describeValue(cents)}`);
    total += cents;
    count++;
    // Two safe integers add up exactly below 2^53; at or above it the rounded sum stays at or
    // above 2^53, so this test never lets an inexact total through.
    if (!Number.isSafeInteger(total)) {
      const reason =
        `their total (${what}) is more than ${MAX_EXACT_CENTS} cents (${formatCents(MAX_EXACT_CENTS)}), ` +
        "the largest total kept exact";
      throw new RuleInputError([{ field, value: `${count} amounts`, reason }]);
    }
  }
  return total;
}
