import { argumentError, settingsArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { type BusinessCalendar, isBusinessCalendar } from "../calendar/business-calendar.js";
import { defaultIllinoisCalendar } from "../calendar/illinois-default.js";

/** The RuleInputError of a value that is not a calendar, naming `argument` of `fn` (never the value). */
export function notACalendar(value: unknown, fn: string, argument = "calendar"): Error {
  const got =
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? "an object that is not one"
      : describeValue(value);
  return argumentError(
    fn,
    argument,
    `expected a business calendar (createCalendar, illinoisStateCalendar), got ${got}`,
  );
}

/**
 * `value` when it is a {@link BusinessCalendar} (made by `createCalendar` or
 * `illinoisStateCalendar`); otherwise a RuleInputError naming
 * `argument` of `fn`. A brand test that reads no property: a Proxy is never a calendar.
 *
 * @example calendarArgument(illinoisStateCalendar(), "addBusinessDays")
 */
export function calendarArgument(value: unknown, fn: string, argument = "calendar"): BusinessCalendar {
  if (isBusinessCalendar(value)) return value;
  throw notACalendar(value, fn, argument);
}

/**
 * The options of a call, checked: an object (not null, not a list) whose `calendar`, when
 * given, is a calendar (default: the Illinois State Holidays); `rest` is the other options, for
 * the area's schema.
 *
 * @example optionsWithCalendar({ unstatedRoll: "forward" }, "WEBCM-INITIAL-DUE").rest // { unstatedRoll: "forward" }
 */
export function optionsWithCalendar<T extends { readonly calendar?: unknown }>(
  options: T,
  context: string,
): { calendar: BusinessCalendar; rest: Omit<T, "calendar"> } {
  const { calendar, ...rest } = settingsArgument(options, context, "options");
  return {
    calendar:
      calendar === undefined ? defaultIllinoisCalendar() : calendarArgument(calendar, context, "options.calendar"),
    rest,
  };
}
