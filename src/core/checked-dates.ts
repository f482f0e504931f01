import { argumentError, dayNumberArgument, FIRST_DAY, kindCode, LAST_DAY } from "./arguments.js";
import { describeValue } from "./describe-value.js";
import {
  daysInMonth as daysInMonthOf,
  fromDayNumber as formatDay,
  type IsoDate,
  outOfRange,
  weekdayOfDayNumber,
} from "./iso-date.js";

// The public date functions of src/core, each checking its arguments (principle 6). Inside the
// library the dates are validated once at the boundary and the unchecked functions of
// iso-date.ts are used.

/**
 * The day number (days since 1970-01-01) of an ISO date; a RuleInputError when `date` is not
 * a calendar date of the supported range.
 *
 * @example toDayNumber("1970-01-02") // 1
 */
export function toDayNumber(date: IsoDate | string): number {
  return dayNumberArgument(date, "toDayNumber", "date");
}

/**
 * Day of week of a date: 0 = Sunday … 6 = Saturday.
 *
 * @example weekday("2024-07-04") // 4 (Thursday)
 */
export function weekday(date: IsoDate | string): number {
  return weekdayOfDayNumber(dayNumberArgument(date, "weekday", "date"));
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example daysBetween("2024-06-04", "2024-07-04") // 30
 */
export function daysBetween(from: IsoDate | string, to: IsoDate | string): number {
  return dayNumberArgument(to, "daysBetween", "to") - dayNumberArgument(from, "daysBetween", "from");
}

/**
 * The year of a date.
 *
 * @example yearOf("2024-07-04") // 2024
 */
export function yearOf(date: IsoDate | string): number {
  dayNumberArgument(date, "yearOf", "date");
  return Number((date as string).slice(0, 4));
}

/**
 * Days in a month of a year (leap years included).
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2199))
    throw argumentError(
      "daysInMonth",
      "year",
      `expected a whole year 1900-2199, got ${describeValue(year)}`,
      kindCode(year, "number"),
    );
  if (!(Number.isInteger(month) && month >= 1 && month <= 12))
    throw argumentError(
      "daysInMonth",
      "month",
      `expected a month number 1-12, got ${describeValue(month)}`,
      kindCode(month, "number"),
    );
  return daysInMonthOf(year, month);
}

/**
 * The ISO date of a day number (days since 1970-01-01); a RuleInputError when it is not a whole
 * number or not a day of the supported range 1900-01-01 … 2199-12-31.
 *
 * @example fromDayNumber(0) // "1970-01-01"
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (typeof dayNumber === "number" && Number.isInteger(dayNumber) && dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)
    return formatDay(dayNumber);
  throw outOfRange(dayNumber);
}
