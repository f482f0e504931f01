import { fixedDueDate } from "../calendar/due-date.js";
import type { Explanation } from "../core/types.js";
import { dayOfMonth, firstDayOfMonth, monthName, monthParts } from "./month.js";
import {
  optionRecord,
  type ResolvedSpenddownOptions,
  readSpenddownSettings,
  type SpenddownSettings,
} from "./options.js";
import { paymentDayAt, requireSpenddownInForce } from "./parameters.js";

/**
 * The date the provider's advance spenddown payment to HFS for `month` (`YYYY-MM`) is due
 * (SPENDDOWN-PAYMENT-DUE): "no later than the 20th day of the month" - the 20th of that same
 * month. Option `unstatedRoll` (open point 2): `none` (default, as written) or `forward` (a
 * 20th on a weekend or State Holiday moves to the next business day).
 *
 * @example
 * spenddownPaymentDueDate("2024-07").result // "2024-07-20" (a Saturday, as written)
 * spenddownPaymentDueDate("2024-07", { options: { unstatedRoll: "forward" } }).result // "2024-07-22"
 */
export function spenddownPaymentDueDate(month: string, settings?: SpenddownSettings): Explanation {
  return paymentDueDateOf(
    month,
    readSpenddownSettings(settings, "spenddownPaymentDueDate", "SPENDDOWN-PAYMENT-DUE").options,
  );
}

/** {@link spenddownPaymentDueDate} with resolved options. */
export function paymentDueDateOf(month: string, resolved: ResolvedSpenddownOptions): Explanation {
  monthParts(month, "SPENDDOWN-PAYMENT-DUE");
  const start = firstDayOfMonth(month);
  requireSpenddownInForce(start, "month", month);
  const day = paymentDayAt(start);
  return fixedDueDate({
    ruleId: "SPENDDOWN-PAYMENT-DUE",
    start,
    startLabel: `spenddown month ${monthName(month)} begins`,
    date: dayOfMonth(month, day),
    reason: `advance spenddown payment to HFS no later than the ${ordinal(day)} day of the month`,
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
