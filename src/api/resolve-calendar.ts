import { parseInput } from "../core/errors.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { type CalendarInput, calendarOfInput } from "../calendar/calendar-input.js";
import { CalendarInputSchema } from "../calendar/calendar-input-schema.js";
import { defaultIllinoisCalendar } from "../calendar/illinois-default.js";

/**
 * The {@link BusinessCalendar} a {@link CalendarInput} describes (CAL-STATE-HOLIDAYS); the input
 * is checked (a bad field is a RuleInputError naming it), then built by the policy.
 *
 * @example resolveCalendar({ add: [{ date: "2024-12-24", name: "Christmas Eve" }] })
 */
export function resolveCalendar(value: CalendarInput | undefined): BusinessCalendar {
  if (value === undefined) return defaultIllinoisCalendar();
  return calendarOfInput(parseInput(CalendarInputSchema, value, "calendar"));
}
