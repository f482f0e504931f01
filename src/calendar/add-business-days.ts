import { countArgument, dayNumberArgument } from "../core/arguments.js";
import { RuleInputError } from "../core/errors.js";
import { fromDayNumber, type IsoDate, SUPPORTED_RANGE, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { calendarArgument } from "./calendar-argument.js";
import { illinoisStateCalendar } from "./illinois.js";

/** Counting left the supported range: checked when the count crosses into another year only. */
function yearOutOfRange(year: number): boolean {
  return year < 1900 || year > 2199;
}

function outOfRange(): RuleInputError {
  return new RuleInputError([{ field: "n", reason: `the result would fall outside the supported range ${SUPPORTED_RANGE}` }], "addBusinessDays");
}

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
      if (yearOutOfRange(++year)) throw outOfRange();
      index = calendar.yearIndex(year);
    }
    return index.businessDays[position] ?? Number.NaN;
  }
  // Business days of the year strictly before `day`: positions 0 … cumulative[i] - 1.
  let position = (index.cumulative[i] ?? 0) + n;
  while (position < 0) {
    if (yearOutOfRange(--year)) throw outOfRange();
    index = calendar.yearIndex(year);
    position += index.businessDays.length;
  }
  i = position;
  return index.businessDays[i] ?? Number.NaN;
}

/**
 * `date + n` business days: the n-th business day after `date` (`date` itself never counts),
 * or before it when n is negative (docs/calendar.md, "Counting words"; CAL-BUSINESS-DAY). O(1) per call
 * after the year's first use, apart from crossing years. A RuleInputError when `date` is not a
 * calendar date of the supported range 1900-01-01 … 2199-12-31, `n` is not a whole number,
 * `calendar` is not a calendar, or the result would leave that range.
 *
 * @example addBusinessDays("2024-07-03" as IsoDate, 1) // "2024-07-05": 07-04 is Independence Day
 */
export function addBusinessDays(date: IsoDate, n: number, calendar: BusinessCalendar = illinoisStateCalendar()): IsoDate {
  const day = dayNumberArgument(date, "addBusinessDays", "date");
  const count = countArgument(n, "addBusinessDays", "n");
  return fromDayNumber(addBusinessDaysToDayNumber(day, count, calendarArgument(calendar, "addBusinessDays")));
}
