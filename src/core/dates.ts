// ISO dates and day numbers without zod: what the calendar functions need, so that a bundle of
// them alone leaves zod out. The schema is in iso-date-schema.ts; iso-date.ts exports both.
import { describeValue } from "./describe-value.js";
import { RuleInputError } from "./errors.js";
import { frozen } from "./freeze.js";

/**
 * A calendar date as `YYYY-MM-DD`. Branded so that a plain string cannot be passed where a
 * validated date is expected. Dates carry no time and no time zone (principle 2).
 */
export type IsoDate = string & { readonly __brand: "IsoDate" };

/**
 * The supported range: every date the library reads or computes lies in 1900-01-01 …
 * 2199-12-31 (a date outside it is an error, never a five-digit year or year 0000).
 */
export const FIRST_SUPPORTED_DATE = "1900-01-01" as IsoDate;
export const LAST_SUPPORTED_DATE = "2199-12-31" as IsoDate;
export const SUPPORTED_RANGE = `${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`;
/** First and last day numbers of the supported range 1900-01-01 … 2199-12-31. */
export const FIRST_DAY = -25567;
export const LAST_DAY = 84005;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // The supported years from a table (every date the library reads): two loads and an add.
  const slot = year - MIN_YEAR;
  if (slot >= 0 && slot < TABLE_YEARS && Number.isInteger(slot) && month >= 1 && month <= 12) {
    return (
      (YEAR_STARTS[slot] as number) +
      ((MONTH_STARTS[month] as number) + (month > 2 && isLeapYear(year) ? 1 : 0)) +
      day -
      1
    );
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days before the first of each month (1-12) in a common year; index 0 unused. */
const MONTH_STARTS = frozen([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
const TABLE_YEARS = MAX_YEAR - MIN_YEAR + 1;
/** Day numbers of 1 January of 1900 … 2199 (300 numbers), built when the module loads: never written after. */
const YEAR_STARTS: readonly number[] = Object.freeze(
  Array.from({ length: TABLE_YEARS }, (_, i) => firstDayOfYear(MIN_YEAR + i)),
);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
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
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return (THIRTY_DAY_MONTHS >> month) & 1 ? 30 : 31;
}

/** Bits 4, 6, 9 and 11: April, June, September, November. */
const THIRTY_DAY_MONTHS = (1 << 4) | (1 << 6) | (1 << 9) | (1 << 11);

/**
 * True when `value` is a real calendar date written exactly as `YYYY-MM-DD`, in the supported
 * range 1900-01-01 … 2199-12-31.
 *
 * @example isIsoDate("2024-02-30") // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  // The test of /^(\d{4})-(\d{2})-(\d{2})$/ (\d is ASCII 0-9), read with charCodeAt: no match
  // array per call (the ticket engine tests millions of dates).
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    (day <= 28 || day <= daysInMonth(year, month))
  );
}

const DASH = 45;

/**
 * @internal A real calendar date written `YYYY-MM-DD`, of any year from 0001: a calendar's own
 * holiday list may run past the supported range (the statute projects any year), while every
 * date a public function takes or gives stays in it ({@link isIsoDate}).
 */
export function isWrittenDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH)
    return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** @internal The number written by `length` ASCII digits at `from`, or -1 when one is not a digit. */
export function digitsAt(text: string, from: number, length: number): number {
  if (length === 2) {
    // The month and the day: two characters, no loop.
    const tens = text.charCodeAt(from) - 48;
    const ones = text.charCodeAt(from + 1) - 48;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
  }
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * What is wrong with a value that is not an {@link IsoDate}, without its content (the privacy
 * rule: it may be a date of service).
 *
 * @example describeDate("2024-02-30") // "a day that does not exist"
 */
export function describeDate(value: unknown): string {
  if (typeof value !== "string") return describeValue(value);
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH)
    return `${describeValue(value)}, not written YYYY-MM-DD`;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return `${describeValue(value)}, not written YYYY-MM-DD`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "a day that does not exist";
  return `a date outside the supported range ${SUPPORTED_RANGE}`;
}

/** @internal What a date's error says first (the schema's and parseIsoDate's). */
export const DATE_REASON = "expected a calendar date YYYY-MM-DD";

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
  // Outside the supported range only inside the library (a calendar looks at the next year's
  // 1 January while building 2199): the public fromDayNumber refuses it, and so does every
  // public function whose result would leave the range.
  if (!Number.isInteger(dayNumber)) throw outOfRange(dayNumber);
  return formatDayNumber(dayNumber);
}

/** @internal A day number that is not a date of the supported range (the tables below cover exactly that range). */
export function outOfRange(dayNumber: unknown): RuleInputError {
  const reason = Number.isInteger(dayNumber)
    ? `a computed date falls outside the supported range ${SUPPORTED_RANGE}`
    : `expected a whole day number, got ${describeValue(dayNumber)}`;
  return new RuleInputError([{ field: "dayNumber", reason }]);
}

function formatDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  const slot = (year - MIN_YEAR) * 12 + month - 1;
  // The supported range from two frozen tables: one concatenation, no padding (the ticket engine
  // turns the same few thousand days into strings millions of times). No memo of the strings: it
  // was module state, and it saved nothing measurable beside these tables (bench/portal.ts).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a fast path; isoDate gives it too
  if (slot >= 0 && slot < MONTH_PREFIXES.length) return `${MONTH_PREFIXES[slot]}${DAY_TEXTS[day]}` as IsoDate;
  return isoDate(year, month, day);
}

const twoDigits = (n: number) => String(n).padStart(2, "0");
/** `YYYY-MM-` of each month of 1900 … 2199 (3,600 short strings, built at import, never written after). */
const MONTH_PREFIXES: readonly string[] = Object.freeze(
  Array.from({ length: TABLE_YEARS * 12 }, (_, i) => `${MIN_YEAR + Math.floor(i / 12)}-${twoDigits((i % 12) + 1)}-`),
);
/** `DD` of each day of a month (index 0 unused). */
const DAY_TEXTS: readonly string[] = Object.freeze(Array.from({ length: 32 }, (_, day) => twoDigits(day)));

/**
 * Builds an ISO date from its parts (no validation beyond formatting; parts come from
 * arithmetic). Inside the library only: a calendar may name the holidays of any year, and every
 * public function refuses a date outside the supported range on its way in or out.
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}` as IsoDate;
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

export const WEEKDAY_NAMES = /* @__PURE__ */ frozen([
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const);

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
 * Validates a string as an {@link IsoDate}; throws a RuleInputError naming `field` and what is
 * wrong otherwise (never the value).
 *
 * @example parseIsoDate("2024-07-04") // "2024-07-04" as IsoDate
 */
export function parseIsoDate(value: unknown, field = "date"): IsoDate {
  if (isIsoDate(value)) return value;
  throw new RuleInputError([
    { field: typeof field === "string" ? field : "date", reason: `${DATE_REASON}, got ${describeDate(value)}` },
  ]);
}
