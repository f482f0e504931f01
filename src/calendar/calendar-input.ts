import * as z from "zod/mini";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { type BusinessCalendar, calendarFromDates, withChanges } from "./business-calendar.js";
import { illinoisStateCalendar } from "./illinois.js";
import { frozen } from "../core/freeze.js";

const HolidaySchema = z.object({ date: IsoDateSchema, name: z.string().check(z.minLength(1)) });

/**
 * A calendar as plain data, for JSON inputs (CLI, rule tables): omitted means the Illinois
 * State Holidays; `holidays` replaces the list with a contract's own; `add` / `remove` amend
 * single dates (CAL-STATE-HOLIDAYS).
 */
export const CalendarInputSchema = frozen(
  z.strictObject({
    name: z.optional(z.string().check(z.minLength(1))),
    holidays: z.optional(z.array(z.union([IsoDateSchema, HolidaySchema]))),
    add: z.optional(z.array(HolidaySchema)),
    remove: z.optional(z.array(IsoDateSchema)),
  }),
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
