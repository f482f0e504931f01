import { resultOutOfRange } from "../core/computed-range.js";
import { firstDayOfYear, type IsoDate, toDayNumber, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";

/** Counting left the supported range: checked when the count crosses into another year only. */
function yearOutOfRange(year: number): boolean {
  return year < 1900 || year > 2199;
}

function outOfRange() {
  return resultOutOfRange("addBusinessDays", "n");
}

type YearIndex = ReturnType<BusinessCalendar["yearIndex"]>;
/** What to read at a position of a year's business days. */
type PickAt<T> = (index: YearIndex, position: number) => T;

/**
 * The n-th business day after (n > 0) or before (n < 0) the day at `offset` (0 = 1 January) of
 * `year`, whose tables are `index`, n ≠ 0, handed to `pick` as a year's tables and a position in
 * its business days (CAL-BUSINESS-DAY). `cumulative[i]` counts the business days among the year's
 * first i days and `businessDays` lists them, so the answer is one position, moved across whole
 * years only when the count runs past the year's end or start.
 */
function nthBusinessDay<T>(
  index: YearIndex,
  offset: number,
  n: number,
  calendar: BusinessCalendar,
  year: number,
  pick: PickAt<T>,
): T {
  if (n > 0) {
    // Business days of the year strictly after the day: those from position cumulative[offset + 1] on.
    let position = (index.cumulative[offset + 1] as number) + n - 1;
    while (position >= index.businessDays.length) {
      position -= index.businessDays.length;
      if (yearOutOfRange(++year)) throw outOfRange();
      index = calendar.yearIndex(year);
    }
    return pick(index, position);
  }
  // Business days of the year strictly before the day: positions 0 … cumulative[offset] - 1.
  let position = (index.cumulative[offset] as number) + n;
  while (position < 0) {
    if (yearOutOfRange(--year)) throw outOfRange();
    index = calendar.yearIndex(year);
    position += index.businessDays.length;
  }
  return pick(index, position);
}

const dayNumberAt: PickAt<number> = (index, position) => index.businessDays[position] as number;
const dateAt: PickAt<IsoDate> = (index, position) => index.businessDates[position] as IsoDate;

/**
 * @internal The n-th business day after (n > 0) or before (n < 0) a day number; n = 0 gives the
 * day. `year` is the day's year when the caller already knows it (read from the date's digits).
 */
export function addBusinessDaysToDayNumber(
  day: number,
  n: number,
  calendar: BusinessCalendar,
  year = yearOfDayNumber(day),
): number {
  if (n === 0) return day;
  const index = calendar.yearIndex(year);
  return nthBusinessDay(index, day - index.start, n, calendar, year, dayNumberAt);
}

/** The year written by the first four characters of a date already checked (ASCII digits). */
export function yearDigits(date: string): number {
  // 53328 = 48 × 1111: the character code of "0" taken from each of the four digits.
  return date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328;
}

/**
 * @internal `date + n` business days for a date already checked, its year `year` and its day of
 * the year `offset` (0 = 1 January) (CAL-BUSINESS-DAY): the answer's string comes from the year's
 * table (no formatting, no memo lookup). The checked `addBusinessDays`
 * (src/api/operations/dates-runs.ts) calls it after its few comparisons.
 */
export function addBusinessDaysToDate(
  date: IsoDate,
  year: number,
  offset: number,
  n: number,
  calendar: BusinessCalendar,
): IsoDate {
  if (n === 0) return date;
  const index = calendar.yearIndex(year);
  if (n > 0) {
    // The common case, a count that ends within the year, read straight from its tables.
    const position = (index.cumulative[offset + 1] as number) + n - 1;
    if (position < index.businessDates.length) return index.businessDates[position] as IsoDate;
  }
  return nthBusinessDay(index, offset, n, calendar, year, dateAt);
}

/**
 * `date + n` business days: the n-th business day after `date` (`date` itself never counts),
 * or before it when n is negative (docs/calendar.md, "Counting words"; CAL-BUSINESS-DAY). O(1) per
 * call after the year's first use, apart from crossing years. `date` is a date of the supported
 * range and `n` a whole number (the boundary checks); a result beyond the range is a
 * RuleInputError naming `n`.
 *
 * @example addBusinessDays("2024-07-03" as IsoDate, 1) // "2024-07-05": 07-04 is Independence Day
 */
export function addBusinessDays(
  date: IsoDate,
  n: number,
  calendar: BusinessCalendar = defaultIllinoisCalendar(),
): IsoDate {
  const year = yearDigits(date);
  return addBusinessDaysToDate(date, year, toDayNumber(date) - firstDayOfYear(year), n, calendar);
}
