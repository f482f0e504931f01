import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

// The arguments of the calendar constructors, checked at the boundary (CAL-STATE-HOLIDAYS): a
// wrong name, weekend or holiday is a RuleInputError naming it, never a TypeError from a later
// lookup. A holiday date is a date of the supported range.

const Text = z.string().check(z.minLength(1), z.maxLength(500));
const Weekend = z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(7));

/** A holiday as a caller supplies it (`HolidayInput`). */
export const HolidayInputSchema = frozen(
  z.looseObject({
    date: IsoDateSchema,
    name: z.string().check(z.minLength(1), z.maxLength(500)),
    provenance: z.optional(z.enum(["published", "statute", "projected"])),
    source: z.optional(Text),
    basis: z.optional(Text),
    note: z.optional(z.string().check(z.maxLength(500))),
  }),
);

const Identity = frozen({
  name: Text,
  version: Text,
  provenance: Text,
  source: z.optional(Text),
  weekend: z.optional(Weekend),
});

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
    types: z.optional(z.array(z.string())),
  }),
);

/** The changes of `withChanges`. */
export const CalendarChangesSchema = frozen(
  z.strictObject({
    add: z.optional(z.array(HolidayInputSchema)),
    remove: z.optional(z.array(IsoDateSchema)),
    name: z.optional(Text),
    source: z.optional(Text),
  }),
);
