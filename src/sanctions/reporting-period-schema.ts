import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

/** A reporting period as callers name it: year and quarter (a `CalendarQuarter` will do). */
export const ReportingPeriodInputSchema = frozen(
  z.object({
    year: z.number().check(z.int(), z.gte(1900), z.lte(2199)),
    quarter: z.number().check(z.int(), z.gte(1), z.lte(12)),
  }),
);
export type ReportingPeriodInput = z.input<typeof ReportingPeriodInputSchema>;
