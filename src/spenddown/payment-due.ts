import { callerBasisAt } from "../rules/registry.js";
import { fixedDueDate } from "../calendar/due-date.js";
import type { Explanation } from "../core/types.js";
import { dayOfMonth, firstDayOfMonth, monthName } from "./month.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { paymentDayAt } from "./parameters.js";

/**
 * The date the provider's advance spenddown payment to HFS for `month` (`YYYY-MM`) is due
 * (SPENDDOWN-PAYMENT-DUE): the 20th of that same month, rolled as option `unstatedRoll` (open
 * point 2) says. Policy: a month already checked (`YYYY-MM`, the SPENDDOWN-* rules in force) and
 * resolved options in; the boundary (src/api/operations/spenddown-runs.ts) checks the arguments.
 *
 * @example paymentDueDateOf("2024-07", resolved).result // "2024-07-20"
 */
export function paymentDueDateOf(month: string, resolved: ResolvedSpenddownOptions): Explanation {
  const start = firstDayOfMonth(month);
  const day = paymentDayAt(start, resolved.ruleBook);
  const basis = callerBasisAt("SPENDDOWN-PAYMENT-DUE", start, { rules: resolved.ruleBook });
  return fixedDueDate({
    ruleId: "SPENDDOWN-PAYMENT-DUE",
    start,
    startLabel: `spenddown month ${monthName(month)} begins`,
    date: dayOfMonth(month, day),
    reason:
      `advance spenddown payment to HFS no later than the ${ordinal(day)} day of the month` +
      (basis === undefined ? "" : ` (SPENDDOWN-PAYMENT-DUE, caller's version: ${basis})`),
    roll: resolved.unstatedRoll,
    calendar: resolved.calendar,
    options: optionRecord(resolved, ["unstatedRoll"]),
    detail: resolved.detail,
  });
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
