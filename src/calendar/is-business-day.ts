import { type IsoDate, toDayNumber, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";

/** @internal Business-day test on a day number: O(1) after the year's first use. */
export function isBusinessDayNumber(day: number, calendar: BusinessCalendar): boolean {
  const year = yearOfDayNumber(day);
  const index = calendar.yearIndex(year);
  const i = day - index.start;
  return (index.cumulative[i + 1] ?? 0) - (index.cumulative[i] ?? 0) === 1;
}

/**
 * True when `date` (a date of the supported range: the boundary checks) is a business day: not
 * a weekend day and not a holiday of the calendar (CAL-BUSINESS-DAY).
 *
 * @example isBusinessDay("2024-07-04" as IsoDate) // false: Independence Day
 */
export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): boolean {
  return isBusinessDayNumber(toDayNumber(date), calendar);
}
