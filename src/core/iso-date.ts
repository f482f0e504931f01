import { z } from "zod";
import { RuleInputError } from "./errors.js";

/**
 * A calendar date as `YYYY-MM-DD`. Branded so that a plain string cannot be passed where a
 * validated date is expected. Dates carry no time and no time zone (principle 2).
 */
export type IsoDate = string & { readonly __brand: "IsoDate" };


/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Days in a month of a year (leap years included).
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when `value` is a real calendar date written exactly as `YYYY-MM-DD`.
 *
 * @example isIsoDate("2024-02-30") // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  // The test of /^(\d{4})-(\d{2})-(\d{2})$/ (\d is ASCII 0-9), read with charCodeAt: no match
  // array per call (for speed).
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 45;

/** The number written by `length` ASCII digits at `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const dateError = (issue: { input?: unknown }) => `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(issue.input)}`;

/**
 * zod schema of an {@link IsoDate}; the error message names the rejected value. Built on
 * `z.iso.date()` so that its JSON Schema is `{ type: "string", format: "date", pattern }`.
 */
export const IsoDateSchema = z.iso.date({ error: dateError, abort: true }).refine(isIsoDate, { error: dateError }) as unknown as z.ZodType<IsoDate, string>;

/**
 * The day number (days since 1970-01-01) of an ISO date.
 *
 * @example toDayNumber(parseIsoDate("1970-01-02")) // 1
 */
export function toDayNumber(date: IsoDate): number {
  // Fast path: the digits read with charCodeAt, no substrings; same numbers as below.
  if (date.length === 10) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    if (year >= 0 && month >= 0 && day >= 0) return daysFromCivil(year, month, day);
  }
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The ISO date of a day number.
 *
 * @example fromDayNumber(0) // "1970-01-01"
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const slot = dayNumber - CACHE_FIRST_DAY;
  if (Number.isInteger(slot) && slot >= 0 && slot < CACHE_DAYS) {
    let text = DATE_CACHE[slot];
    if (text === undefined) {
      text = formatDayNumber(dayNumber);
      DATE_CACHE[slot] = text;
    }
    return text;
  }
  return formatDayNumber(dayNumber);
}

function formatDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return isoDate(year, month, day);
}

// A bounded memo of the ISO strings of day numbers 1900-01-01 … 2199-12-31 (speed: the ticket
// engine turns the same few thousand days into strings millions of times). Each entry is the
// immutable string `formatDayNumber` gives, so the memo never changes a result.
const CACHE_FIRST_DAY = -25567;
const CACHE_DAYS = 109573;
const DATE_CACHE: (IsoDate | undefined)[] = Array.from({ length: CACHE_DAYS }, () => undefined);

/** Builds an ISO date from its parts (no validation beyond formatting; parts come from arithmetic). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Day of week of a date: 0 = Sunday … 6 = Saturday.
 *
 * @example weekday(parseIsoDate("2024-07-04")) // 4 (Thursday)
 */
export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example daysBetween(parseIsoDate("2024-06-04"), parseIsoDate("2024-07-04")) // 30
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The year of a date.
 *
 * @example yearOf(parseIsoDate("2024-07-04")) // 2024
 */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  const y = year - 1;
  return 365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477;
}

/** The year of a day number, without building a string. */
export function yearOfDayNumber(day: number): number {
  let year = Math.floor(day / 365.2425) + 1970;
  while (firstDayOfYear(year) > day) year--;
  while (firstDayOfYear(year + 1) <= day) year++;
  return year;
}

/**
 * Validates a string as an {@link IsoDate}; throws a RuleInputError naming the value otherwise.
 *
 * @example parseIsoDate("2024-07-04") // "2024-07-04" as IsoDate
 */
export function parseIsoDate(value: string, field = "date"): IsoDate {
  if (isIsoDate(value)) return value;
  throw new RuleInputError([{ field, value, reason: "expected a calendar date YYYY-MM-DD" }]);
}
