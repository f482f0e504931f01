import { fromDayNumber, type IsoDate, toDayNumber, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { illinoisStateCalendar } from "./illinois.js";

/** @internal The n-th business day after (n > 0) or before (n < 0) a day number; n = 0 gives the day. */
export function addBusinessDaysToDayNumber(day: number, n: number, calendar: BusinessCalendar): number {
  if (n === 0) return day;
  let year = yearOfDayNumber(day);
  let index = calendar.yearIndex(year);
  let i = day - index.start;
  if (n > 0) {
    // Business days of the year strictly after `day`: those from position cumulative[i + 1] on.
    let position = (index.cumulative[i + 1] ?? 0) + n - 1;
    while (position >= index.businessDays.length) {
      position -= index.businessDays.length;
      index = calendar.yearIndex(++year);
    }
    return index.businessDays[position] ?? Number.NaN;
  }
  // Business days of the year strictly before `day`: positions 0 … cumulative[i] - 1.
  let position = (index.cumulative[i] ?? 0) + n;
  while (position < 0) {
    index = calendar.yearIndex(--year);
    position += index.businessDays.length;
  }
  i = position;
  return index.businessDays[i] ?? Number.NaN;
}

/**
 * `date + n` business days: the n-th business day after `date` (`date` itself never counts),
 * or before it when n is negative (docs/calendar.md, "Counting words"; CAL-BUSINESS-DAY). O(1) per call
 * after the year's first use, apart from crossing years.
 *
 * @example addBusinessDays("2024-07-03" as IsoDate, 1) // "2024-07-05": 07-04 is Independence Day
 */
export function addBusinessDays(date: IsoDate, n: number, calendar: BusinessCalendar = illinoisStateCalendar()): IsoDate {
  return fromDayNumber(addBusinessDaysToDayNumber(toDayNumber(date), n, calendar));
}
