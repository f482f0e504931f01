import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date.js";
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
