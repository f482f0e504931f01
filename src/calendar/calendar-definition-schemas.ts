import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

// The arguments of the calendar constructors, checked at the boundary (CAL-STATE-HOLIDAYS): a
// wrong name, weekend or holiday is a RuleInputError naming it, never a TypeError from a later
// lookup. A holiday date is a date of the supported range.

const Text = z.string().min(1).max(500);
const Weekend = z.array(z.int().min(0).max(6)).max(7);

/** A holiday as a caller supplies it (`HolidayInput`). */
export const HolidayInputSchema = frozen(
  z.looseObject({
    date: IsoDateSchema,
    name: z.string().min(1).max(500),
    provenance: z.enum(["published", "statute", "projected"]).optional(),
    source: Text.optional(),
    basis: Text.optional(),
    note: z.string().max(500).optional(),
  }),
);

const Identity = { name: Text, version: Text, provenance: Text, source: Text.optional(), weekend: Weekend.optional() };

/** The argument of `createCalendar`. */
export const CalendarDefinitionSchema = frozen(
  z.looseObject({
    ...Identity,
    holidaysOfYear: z.custom<(year: number) => unknown>((v) => typeof v === "function", {
      error: "expected a function of the year",
    }),
  }),
);

/** The argument of `calendarFromDates`. */
export const CalendarFromDatesSchema = frozen(
  z.strictObject({
    ...Identity,
    holidays: z.array(z.union([IsoDateSchema, HolidayInputSchema])),
  }),
);

/** The argument of `calendarFromDateHolidays`. */
export const CalendarFromDateHolidaysSchema = frozen(
  z.strictObject({
    ...Identity,
    holidays: z.custom<object>(
      (v) => typeof v === "object" && v !== null && typeof (v as { getHolidays?: unknown }).getHolidays === "function",
      { error: "expected a date-holidays instance (an object with getHolidays)" },
    ),
    types: z.array(z.string()).optional(),
  }),
);

/** The changes of `withChanges`. */
export const CalendarChangesSchema = frozen(
  z.strictObject({
    add: z.array(HolidayInputSchema).optional(),
    remove: z.array(IsoDateSchema).optional(),
    name: Text.optional(),
    source: Text.optional(),
  }),
);
