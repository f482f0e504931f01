import { daysInMonth, type IsoDate, isoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";
import { MONTH_PATTERN } from "./month-schema.js";

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

// The month's schema is the boundary's (./month-schema.ts).
export type { SpenddownMonth } from "./month-schema.js";

/** @internal The test of {@link SpenddownMonthSchema}, without zod (the fast path of clean Class Members). */
export function isMonthText(value: unknown): value is string {
  return typeof value === "string" && MONTH_PATTERN.test(value);
}

/**
 * Year and month number of a checked `YYYY-MM` month of 1900-2199 (the boundary checks it:
 * monthArgument, src/api/operations/spenddown-arguments.ts).
 */
export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
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
