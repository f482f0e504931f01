import { dayNumberArgument } from "../core/arguments.js";
import { type IsoDate, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { calendarArgument } from "./calendar-argument.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";

/** @internal Business-day test on a day number: O(1) after the year's first use. */
export function isBusinessDayNumber(day: number, calendar: BusinessCalendar): boolean {
  const year = yearOfDayNumber(day);
  const index = calendar.yearIndex(year);
  const i = day - index.start;
  return (index.cumulative[i + 1] ?? 0) - (index.cumulative[i] ?? 0) === 1;
}

/**
 * True when `date` is a business day: not a weekend day and not a holiday of the calendar
 * (CAL-BUSINESS-DAY). A RuleInputError when `date` is not a calendar date of the supported
 * range (a `Date` object is not one: pass `YYYY-MM-DD`) or `calendar` is not a calendar.
 *
 * @example isBusinessDay("2024-07-04" as IsoDate) // false: Independence Day
 */
export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): boolean {
  return isBusinessDayNumber(
    dayNumberArgument(date, "isBusinessDay", "date"),
    calendarArgument(calendar, "isBusinessDay"),
  );
}
