import { type BusinessCalendar, calendarFromDates, withChanges } from "./business-calendar.js";
import type { CalendarInput } from "./calendar-input-schema.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";

export type { CalendarInput } from "./calendar-input-schema.js";

/**
 * The {@link BusinessCalendar} a parsed {@link CalendarInput} describes (CAL-STATE-HOLIDAYS):
 * omitted, the Illinois State Holidays; `holidays`, a contract's own list; `add` / `remove`,
 * single dates amended. The boundary parses the input first (src/api/resolve-calendar.ts).
 *
 * @example calendarOfInput({ add: [{ date: "2024-12-24", name: "Christmas Eve" }] })
 */
export function calendarOfInput(input: CalendarInput | undefined): BusinessCalendar {
  if (input === undefined) return defaultIllinoisCalendar();
  const base = input.holidays
    ? calendarFromDates({
        name: input.name ?? "Contract calendar",
        version: "input",
        provenance: "supplied by the caller",
        holidays: input.holidays,
      })
    : defaultIllinoisCalendar();
  if (!input.add && !input.remove) return base;
  return withChanges(base, { add: input.add ?? [], remove: input.remove ?? [] });
}
