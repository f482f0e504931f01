import { argumentError } from "../core/arguments.js";
import { parseInput } from "../core/errors.js";
import * as unchecked from "../calendar/business-calendar.js";
import { type BusinessCalendar, isBusinessCalendar } from "../calendar/business-calendar.js";
import {
  CalendarChangesSchema,
  CalendarDefinitionSchema,
  CalendarFromDateHolidaysSchema,
  CalendarFromDatesSchema,
} from "../calendar/calendar-definition-schemas.js";
import { callerHolidays } from "./calendar-holidays.js";

// The calendar constructors of 0.2 (private now: src/internal.ts): each checks its argument with
// zod (CAL-STATE-HOLIDAYS), then builds with business-calendar.ts, which computes only. The
// default calendar, built inside the library from data it already trusts, never loads zod: a
// browser bundle of addBusinessDays stays small (docs/calendar.md).

/**
 * A calendar from a definition: a weekend rule and the holidays of each year (checked: a wrong
 * name, weekend or function is a RuleInputError naming it).
 *
 * @example createCalendar({ name: "Weekends only", version: "1", provenance: "none", holidaysOfYear: () => [] })
 */
export function createCalendar(definition: unchecked.CalendarDefinition): BusinessCalendar {
  parseInput(CalendarDefinitionSchema, definition, "createCalendar");
  return unchecked.createCalendar(definition, callerHolidays);
}

/**
 * A calendar from a list of dates (checked: a date that is not a valid `YYYY-MM-DD` is a
 * RuleInputError naming it).
 *
 * @example calendarFromDates({ name: "Contract", version: "2024", provenance: "contract", holidays: ["2024-12-24"] })
 */
export function calendarFromDates(args: Parameters<typeof unchecked.calendarFromDates>[0]): BusinessCalendar {
  parseInput(CalendarFromDatesSchema, args, "calendarFromDates");
  return unchecked.calendarFromDates(args);
}

/**
 * A calendar from a `date-holidays` instance the caller configured (checked: it must have
 * `getHolidays`).
 *
 * @example
 * calendarFromDateHolidays({ name: "US", version: "1", provenance: "date-holidays US", holidays: new Holidays("US") })
 */
export function calendarFromDateHolidays(
  args: Parameters<typeof unchecked.calendarFromDateHolidays>[0],
): BusinessCalendar {
  parseInput(CalendarFromDateHolidaysSchema, args, "calendarFromDateHolidays");
  return unchecked.calendarFromDateHolidays(args, callerHolidays);
}

/**
 * `calendar` with days added or removed (checked: the calendar must be one, and each date valid).
 *
 * @example withChanges(illinoisStateCalendar(), { add: [{ date: "2024-07-05", name: "Closure" }] })
 */
export function withChanges(
  calendar: BusinessCalendar,
  changes: Parameters<typeof unchecked.withChanges>[1],
): BusinessCalendar {
  // The brand test, which reads no property: a Proxy is never taken for a calendar.
  if (!isBusinessCalendar(calendar)) {
    throw argumentError(
      "withChanges",
      "calendar",
      "expected a business calendar (createCalendar, illinoisStateCalendar)",
    );
  }
  parseInput(CalendarChangesSchema, changes, "withChanges: changes");
  return unchecked.withChanges(calendar, changes);
}
