import { countArgument, dayNumberArgument, MAX_DAYS } from "../../core/arguments.js";
import { addBusinessDaysToDate, addBusinessDaysToDayNumber, yearDigits } from "../../calendar/add-business-days.js";
import { addCalendarDaysToDayNumber } from "../../calendar/add-calendar-days.js";
import { type BusinessCalendar, isBusinessCalendar } from "../../calendar/business-calendar.js";
import { businessDaysBetweenDayNumbers } from "../../calendar/business-days-between.js";
import { defaultIllinoisCalendar } from "../../calendar/illinois-default.js";
import { isBusinessDayNumber } from "../../calendar/is-business-day.js";
import { rollBackwardDay, rollForwardDay } from "../../calendar/roll.js";
import { digitsAt, firstDayOfYear, fromDayNumber, type IsoDate } from "../../core/iso-date.js";
import { notACalendar } from "../calendar-argument.js";

// The checked date functions (docs/calendar.md), exported as written: the boundary's few
// comparisons (a date of the supported range, a whole count, a calendar by its brand), then the
// unchecked core of src/calendar. No generic reading step and no zod: they are the hot path of
// every due date (bench/figures.ts, addBusinessDays against a prefix-sum floor) and what a
// browser bundle of addBusinessDays alone takes (test/bundle/browser-bundle.test.ts).

const DEFAULT_CALENDAR = defaultIllinoisCalendar();

/**
 * `calendar` when it is one; the default calendar (the one most calls give) by identity first,
 * then the brand test, which reads no property.
 */
function checkedCalendar(calendar: unknown, fn: string): BusinessCalendar {
  if (calendar === DEFAULT_CALENDAR || isBusinessCalendar(calendar)) return calendar as BusinessCalendar;
  throw notACalendar(calendar, fn);
}

const DASH = 45;
/** Days before the first of each month (1-12) in a common year; index 0 unused. */
const MONTH_STARTS: readonly number[] = Object.freeze([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
/** Days of each month (1-12) in a common year; index 0 unused. */
const MONTH_LENGTHS: readonly number[] = Object.freeze([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/**
 * `date + n` business days: the n-th business day after `date` (`date` itself never counts),
 * or before it when n is negative (docs/calendar.md, "Counting words"; CAL-BUSINESS-DAY). O(1) per call
 * after the year's first use, apart from crossing years. A RuleInputError when `date` is not a
 * calendar date of the supported range 1900-01-01 … 2199-12-31, `n` is not a whole number,
 * `calendar` is not a calendar, or the result would leave that range.
 *
 * @example addBusinessDays("2024-07-03" as IsoDate, 1) // "2024-07-05": 07-04 is Independence Day
 */
export function addBusinessDays(date: IsoDate, n: number, calendar: BusinessCalendar = DEFAULT_CALENDAR): IsoDate {
  // The hot path of every count: the checks of dayNumberArgument, countArgument and the calendar's
  // brand written out, reading the date's digits once into its year and day of the year (what the
  // year's tables are indexed by). Anything else takes the checks one by one, which name it.
  if (typeof date === "string" && date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    if (year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1) {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
      if (
        day <= (month === 2 ? 28 + leap : (MONTH_LENGTHS[month] as number)) &&
        typeof n === "number" &&
        Number.isInteger(n) &&
        n >= -MAX_DAYS &&
        n <= MAX_DAYS &&
        (calendar === DEFAULT_CALENDAR || isBusinessCalendar(calendar))
      ) {
        const offset = (MONTH_STARTS[month] as number) + (month > 2 ? leap : 0) + day - 1;
        return addBusinessDaysToDate(date, year, offset, n, calendar);
      }
    }
  }
  return addBusinessDaysChecked(date, n, calendar);
}

/** {@link addBusinessDays} with each argument checked in turn: a bad one is a RuleInputError naming it. */
function addBusinessDaysChecked(date: IsoDate, n: number, calendar: BusinessCalendar): IsoDate {
  const day = dayNumberArgument(date, "addBusinessDays", "date");
  const count = countArgument(n, "addBusinessDays", "n");
  const checked = checkedCalendar(calendar, "addBusinessDays");
  const year = yearDigits(date);
  return addBusinessDaysToDate(date, year, day - firstDayOfYear(year), count, checked);
}

/**
 * `date + n` calendar days: every day counts, the start day is day 0 (docs/calendar.md, "Counting words").
 * A RuleInputError when `date` is not a calendar date of the supported range 1900-01-01 …
 * 2199-12-31, `n` is not a whole number, or the result would leave that range.
 *
 * @example addCalendarDays("2024-06-04" as IsoDate, 30) // "2024-07-04"
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const day = dayNumberArgument(date, "addCalendarDays", "date");
  return addCalendarDaysToDayNumber(day, countArgument(n, "addCalendarDays", "n"));
}

/**
 * Business days from `from` to `to`, so that `addBusinessDays(from, businessDaysBetween(from, to))`
 * is `to` whenever `to` is a business day. Forward, the days after `from` up to and including
 * `to`; backward (negative), the days from `to` up to but excluding `from`. A RuleInputError
 * when a date is not a calendar date of the supported range or `calendar` is not a calendar.
 *
 * @example businessDaysBetween("2024-07-03" as IsoDate, "2024-07-08" as IsoDate) // 2
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, calendar: BusinessCalendar = DEFAULT_CALENDAR): number {
  const a = dayNumberArgument(from, "businessDaysBetween", "from");
  const b = dayNumberArgument(to, "businessDaysBetween", "to");
  return businessDaysBetweenDayNumbers(a, b, checkedCalendar(calendar, "businessDaysBetween"));
}

/**
 * True when `date` is a business day: not a weekend day and not a holiday of the calendar
 * (CAL-BUSINESS-DAY). A RuleInputError when `date` is not a calendar date of the supported
 * range (a `Date` object is not one: pass `YYYY-MM-DD`) or `calendar` is not a calendar.
 *
 * @example isBusinessDay("2024-07-04" as IsoDate) // false: Independence Day
 */
export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar = DEFAULT_CALENDAR): boolean {
  const day = dayNumberArgument(date, "isBusinessDay", "date");
  return isBusinessDayNumber(day, checkedCalendar(calendar, "isBusinessDay"));
}

/**
 * The date itself when it is a business day, else the next business day (CAL-ROLL-FORWARD).
 *
 * @example rollForward("2024-07-04" as IsoDate) // "2024-07-05"
 */
export function rollForward(date: IsoDate, calendar: BusinessCalendar = DEFAULT_CALENDAR): IsoDate {
  const day = dayNumberArgument(date, "rollForward", "date");
  return rollForwardDay(date, day, checkedCalendar(calendar, "rollForward"));
}

/**
 * The date itself when it is a business day, else the business day before it.
 *
 * @example rollBackward("2024-07-04" as IsoDate) // "2024-07-03"
 */
export function rollBackward(date: IsoDate, calendar: BusinessCalendar = DEFAULT_CALENDAR): IsoDate {
  const day = dayNumberArgument(date, "rollBackward", "date");
  return rollBackwardDay(date, day, checkedCalendar(calendar, "rollBackward"));
}

/**
 * The first business day strictly after `date`, whether or not `date` is one.
 *
 * @example nextBusinessDay("2024-07-03" as IsoDate) // "2024-07-05"
 */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar = DEFAULT_CALENDAR): IsoDate {
  const day = dayNumberArgument(date, "nextBusinessDay", "date");
  return fromDayNumber(addBusinessDaysToDayNumber(day, 1, checkedCalendar(calendar, "nextBusinessDay")));
}
