import { z } from "zod";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { type BusinessCalendar, calendarFromDates, withChanges } from "./business-calendar.js";
import { illinoisStateCalendar } from "./illinois.js";
import { frozen } from "../core/freeze.js";

const HolidaySchema = z.object({ date: IsoDateSchema, name: z.string().min(1) });

/**
 * A calendar as plain data, for JSON inputs (CLI, rule tables): omitted means the Illinois
 * State Holidays; `holidays` replaces the list with a contract's own; `add` / `remove` amend
 * single dates (CAL-STATE-HOLIDAYS).
 */
export const CalendarInputSchema = frozen(
  z
    .object({
      name: z.string().min(1).optional(),
      holidays: z.array(z.union([IsoDateSchema, HolidaySchema])).optional(),
      add: z.array(HolidaySchema).optional(),
      remove: z.array(IsoDateSchema).optional(),
    })
    .strict(),
);

export type CalendarInput = z.infer<typeof CalendarInputSchema>;

/**
 * The {@link BusinessCalendar} a {@link CalendarInput} describes; the input is checked (a bad
 * field is a RuleInputError naming it).
 *
 * @example resolveCalendar({ add: [{ date: "2024-12-24", name: "Christmas Eve" }] })
 */
export function resolveCalendar(value: CalendarInput | undefined): BusinessCalendar {
  if (value === undefined) return illinoisStateCalendar();
  const input = parseInput(CalendarInputSchema, value, "calendar");
  const base = input.holidays
    ? calendarFromDates({
        name: input.name ?? "Contract calendar",
        version: "input",
        provenance: "supplied by the caller",
        holidays: input.holidays,
      })
    : illinoisStateCalendar();
  if (!input.add && !input.remove) return base;
  return withChanges(base, { add: input.add ?? [], remove: input.remove ?? [] });
}
