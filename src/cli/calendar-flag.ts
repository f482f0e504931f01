// A calendar given by a flag other than --calendar (--against, --compare-calendar): the same
// JSON calendar input (a file or inline JSON), read once per run.
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { CalendarInputSchema } from "../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../api/resolve-calendar.js";
import { jsonOption } from "./json-option.js";

const calendars = new Map<string, BusinessCalendar>();

/** The calendar of `flag` (a JSON calendar file or inline JSON); the State Holidays when absent. */
export function calendarFlag(flag: string, value: string | undefined): BusinessCalendar {
  if (value === undefined) return resolveCalendar(undefined);
  const key = `${flag}\u0000${value}`;
  const known = calendars.get(key) ?? jsonOption(flag, value, CalendarInputSchema, resolveCalendar);
  calendars.set(key, known);
  return known;
}
