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
