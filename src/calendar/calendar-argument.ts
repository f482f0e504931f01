import { argumentError } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import type { BusinessCalendar } from "./business-calendar.js";

/**
 * `value` when it is a {@link BusinessCalendar} (made by `createCalendar`,
 * `calendarFromDates`, `illinoisStateCalendar` …); otherwise a RuleInputError naming
 * `argument` of `fn`. Two property reads: cheap enough for every call.
 *
 * @example calendarArgument(illinoisStateCalendar(), "addBusinessDays")
 */
export function calendarArgument(value: unknown, fn: string, argument = "calendar"): BusinessCalendar {
  if (typeof value === "object" && value !== null) {
    const c = value as Partial<BusinessCalendar>;
    if (typeof c.yearIndex === "function" && typeof c.holidayOn === "function") return value as BusinessCalendar;
  }
  const got = typeof value === "object" && value !== null && !Array.isArray(value) ? "an object that is not one" : describeValue(value);
  throw argumentError(fn, argument, `expected a business calendar (createCalendar, calendarFromDates, illinoisStateCalendar), got ${got}`);
}
