import * as z from "zod/mini";
import { describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { daysInMonth, type IsoDate, isoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const MONTH_NAMES = frozen([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const);

/** A calendar month as `YYYY-MM` (a member-month of the spenddown program). */
export const SpenddownMonthSchema = frozen(
  z
    .string()
    .check(z.regex(MONTH_PATTERN, { error: (issue) => `expected a month YYYY-MM, got ${describeValue(issue.input)}` })),
);
export type SpenddownMonth = z.infer<typeof SpenddownMonthSchema>;

/** @internal The test of {@link SpenddownMonthSchema}, without zod (the fast path of clean Class Members). */
export function isMonthText(value: unknown): value is string {
  return typeof value === "string" && MONTH_PATTERN.test(value);
}

/** Year and month number of a `YYYY-MM` month; a bad month is a RuleInputError. */
export function monthParts(month: string, ruleId?: string): { year: number; month: number } {
  const match = typeof month === "string" ? MONTH_PATTERN.exec(month) : null;
  if (!match || Number(match[1]) < 1900 || Number(match[1]) > 2199) {
    const reason = match ? "expected a month YYYY-MM of 1900-2199" : "expected a month YYYY-MM";
    throw new RuleInputError([{ field: "month", value: month, reason, ...(ruleId ? { ruleId } : {}) }]);
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** `YYYY-MM` of a year and month number (the month may overflow: 13 → January of the next year). */
export function monthId(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** First day of a `YYYY-MM` month. */
export function firstDayOfMonth(month: string): IsoDate {
  const p = monthParts(month);
  return isoDate(p.year, p.month, 1);
}

/** Day `day` of a `YYYY-MM` month (clamped to its last day). */
export function dayOfMonth(month: string, day: number): IsoDate {
  const p = monthParts(month);
  return isoDate(p.year, p.month, Math.min(day, daysInMonth(p.year, p.month)));
}

/** E.g. `August 2024`. */
export function monthName(month: string): string {
  const p = monthParts(month);
  return `${MONTH_NAMES[p.month - 1] ?? ""} ${p.year}`;
}

export { compareText } from "../core/compare.js";
