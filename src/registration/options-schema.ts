import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

// The open-point options of registration as zod schemas (published at hfs-mco-rules/schemas):
// the boundary validates with them (src/api/settings/registration.ts); the policy reads only
// their types.

/**
 * Open interpretation 7: "processed within a minimum of 2 business days" (REGISTRATION-PROCESSING).
 * - `floor` (default): the 2-business-day date is the earliest processing date; no latest date
 *   is stated (except the extended one for 10 or more individuals);
 * - `target`: the 2-business-day date is the date processing is expected by (a latest date);
 * - `both`: processing is expected on the 2-business-day date, not before and not after.
 */
export const ProcessingReadingSchema = frozen(z.enum(["floor", "target", "both"]));
export type ProcessingReading = z.infer<typeof ProcessingReadingSchema>;

/**
 * How "up to an additional 3 weeks" (REGISTRATION-BULK) is counted from the 2-business-day date:
 * - `21-calendar-days` (default): 3 weeks of 7 calendar days;
 * - `15-business-days`: 3 working weeks of 5 business days (State Holidays lengthen it).
 */
export const BulkExtensionSchema = frozen(z.enum(["21-calendar-days", "15-business-days"]));
export type BulkExtension = z.infer<typeof BulkExtensionSchema>;

/** The open-point options of registration, as JSON (`settings.options`). */
export const RegistrationOptionsSchema = frozen(
  z.strictObject({
    processingReading: z.optional(ProcessingReadingSchema),
    bulkExtension: z.optional(BulkExtensionSchema),
    /** Open point 10: a request submitted on a weekend or holiday (default `count-from-start`). */
    businessDayStart: z.optional(z.enum(["count-from-start", "roll-start-forward"])),
  }),
);

/** The open-point options of `evaluateRegistration`, as callers give them. */
export type RegistrationOptions = z.input<typeof RegistrationOptionsSchema>;
