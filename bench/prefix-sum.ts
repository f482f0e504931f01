// The floor the calendar figure is measured against: a hand-written business-day lookup over
// the same holidays, as small as it can be. One Int32 prefix sum of business days indexed by day
// number over the whole range, the business days in order, ISO digits parsed without `Date`,
// and each day's string built once. No years, no provenance. It checks its arguments as
// addBusinessDays does (issue 23's definition of the floor): the date a string of 10 characters,
// YYYY-MM-DD with ASCII digits, a real day of the years its table covers; n a whole number within the
// supported span. A bad argument throws (a plain Error: the floor names nothing).
import type { BusinessCalendar } from "../src/index.js";

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), on integers. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const MONTH_LENGTHS = Int32Array.of(0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
// Days before each month's first in a common year (index 1 = January).
const MONTH_STARTS = Int32Array.of(0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334);
// The days from 1900-01-01 to 2199-12-31, the library's bound on n.
const MAX_SPAN = 109_572;
/** Two ASCII digits at `at` as a number, or -1000 (out of every range) when either is not a digit. */
function digits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1000;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `addBusinessDays(date, n)` for n ≥ 1 over `firstYear` … `lastYear`, from `calendar`'s holidays. */
export function prefixSumLookup(
  calendar: BusinessCalendar,
  firstYear: number,
  lastYear: number,
): (date: string, n: number) => string {
  const base = dayNumber(firstYear, 1, 1);
  const length = dayNumber(lastYear + 1, 1, 1) - base;
  const closed = new Set<number>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of calendar.holidays(year))
      closed.add(dayNumber(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10))));
  }
  /** `through[i]` = business days on or before day base + i. */
  const through = new Int32Array(length);
  const business = new Int32Array(length);
  const text: string[] = new Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    const day = base + i;
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) business[count++] = i;
    through[i] = count;
    const date = new Date(day * 86_400_000);
    text[i] = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  }
  // The index of each year's 1 January, so that a date's index is a sum (as the library's tables are read).
  const yearStart = Int32Array.from(
    { length: lastYear - firstYear + 1 },
    (_, k) => dayNumber(firstYear + k, 1, 1) - base,
  );
  return (date, n) => {
    if (typeof date !== "string" || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
      throw new Error("bad date");
    const year = digits(date, 0) * 100 + digits(date, 2);
    const month = digits(date, 5);
    const day = digits(date, 8);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
    if (year < firstYear || year > lastYear || month < 1 || month > 12 || day < 1) throw new Error("bad date");
    if (day > (month === 2 ? 28 + leap : (MONTH_LENGTHS[month] as number))) throw new Error("bad date");
    if (typeof n !== "number" || !Number.isInteger(n) || n < -MAX_SPAN || n > MAX_SPAN) throw new Error("bad n");
    const i =
      (yearStart[year - firstYear] as number) + (MONTH_STARTS[month] as number) + (month > 2 ? leap : 0) + day - 1;
    return text[business[(through[i] as number) + n - 1] as number] as string;
  };
}
