import { z } from "zod";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { BusinessDayStart } from "../calendar/due-date.js";
import { parseInput } from "../core/errors.js";
import { optionsWithCalendar } from "../calendar/calendar-argument.js";

/**
 * Open interpretation 7: "processed within a minimum of 2 business days" (REGISTRATION-PROCESSING).
 * - `floor` (default): the 2-business-day date is the earliest processing date; no latest date
 *   is stated (except the extended one for 10 or more individuals);
 * - `target`: the 2-business-day date is the date processing is expected by (a latest date);
 * - `both`: processing is expected on the 2-business-day date, not before and not after.
 */
export const ProcessingReadingSchema = z.enum(["floor", "target", "both"]);
export type ProcessingReading = z.infer<typeof ProcessingReadingSchema>;

/**
 * How "up to an additional 3 weeks" (REGISTRATION-BULK) is counted from the 2-business-day date:
 * - `21-calendar-days` (default): 3 weeks of 7 calendar days;
 * - `15-business-days`: 3 working weeks of 5 business days (State Holidays lengthen it).
 */
export const BulkExtensionSchema = z.enum(["21-calendar-days", "15-business-days"]);
export type BulkExtension = z.infer<typeof BulkExtensionSchema>;

/** The open-point options of registration, as JSON (no calendar). */
export const RegistrationOptionsSchema = z
  .object({
    processingReading: ProcessingReadingSchema.optional(),
    bulkExtension: BulkExtensionSchema.optional(),
    businessDayStart: z.enum(["count-from-start", "roll-start-forward"]).optional(),
  })
  .strict();

/** Options of {@link registrationProcessing}. */
export interface RegistrationOptions {
  readonly processingReading?: ProcessingReading;
  readonly bulkExtension?: BulkExtension;
  /** Open point 10: a request submitted on a weekend or holiday (default `count-from-start`). */
  readonly businessDayStart?: BusinessDayStart;
  readonly calendar?: BusinessCalendar;
}

export interface ResolvedRegistrationOptions {
  readonly processingReading: ProcessingReading;
  readonly bulkExtension: BulkExtension;
  readonly businessDayStart: BusinessDayStart;
  readonly calendar: BusinessCalendar;
}

/** Validates the options and fills in the defaults. */
export function resolveRegistrationOptions(options: RegistrationOptions = {}): ResolvedRegistrationOptions {
  const { calendar, rest } = optionsWithCalendar(options, "REGISTRATION-PROCESSING");
  const parsed = parseInput(RegistrationOptionsSchema, rest, "REGISTRATION-PROCESSING");
  return {
    processingReading: parsed.processingReading ?? "floor",
    bulkExtension: parsed.bulkExtension ?? "21-calendar-days",
    businessDayStart: parsed.businessDayStart ?? "count-from-start",
    calendar,
  };
}
