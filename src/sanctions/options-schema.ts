import * as z from "zod/mini";
import { UnstatedRollOrBackwardSchema } from "../calendar/unstated-roll-schema.js";
import { frozen } from "../core/freeze.js";

/**
 * Open point 2 for SANCTION-NOTICE-DUE: whether a notice deadline that falls on a weekend or State
 * Holiday moves. The policy gives "no later than" dates and states a roll only for the MCO
 * proposal due date:
 * - `none` (default): Apr 30, Jul 31, Oct 31, Jan 31 as written;
 * - `backward`: moved to the preceding business day, so that a "no later than" date is met on a
 *   working day;
 * - `forward`: moved to the next business day, as CAL-ROLL-FORWARD does for the portal.
 */
export const SanctionUnstatedRollSchema = UnstatedRollOrBackwardSchema;
export type SanctionUnstatedRoll = z.infer<typeof SanctionUnstatedRollSchema>;

/**
 * Open interpretation 6: which date puts a fine in a reporting period.
 * - `issued` (default): the date the fine was issued (HFS Provider Resolution Portal
 *   Requirements: "MCOs that receive fines during a reporting period", "the portal fines issued
 *   to the MCO during the reporting period"); a fine
 *   whose issue date is unknown (`issuedOn: null`) falls back to the day the ticket went overdue,
 *   and its notice line says so (`fineDateBasis: "overdue (issue date unknown)"`);
 * - `overdue`: the day the ticket went overdue (the day after the missed due date).
 */
export const FineDateBasisSchema = frozen(z.enum(["issued", "overdue"]));
export type FineDateBasis = z.infer<typeof FineDateBasisSchema>;

/**
 * Open point 14: the due date of the sanction payment, which the Portal Sanction Payment Notice
 * must state (SANCTION-NOTICE-ONLY-IF-FINED: "the due date for submission of the sanction payment
 * to HFS") but the policy never gives. It shapes only the notice document; no date of a rule.
 * - `as-stated-by-hfs` (default): no date is computed; the document says HFS states it;
 * - `30-days-after-notice`: 30 calendar days after the notice date (its issue date when known,
 *   else the date HFS must issue it by), not rolled.
 */
export const PaymentDueDateSchema = frozen(z.enum(["as-stated-by-hfs", "30-days-after-notice"]));
export type PaymentDueDate = z.infer<typeof PaymentDueDateSchema>;
/** Open point 14's one default. */
export const DEFAULT_PAYMENT_DUE_DATE: PaymentDueDate = "as-stated-by-hfs";

/** The open-point options of the SANCTION-* functions, as JSON (`settings.options`). */
export const SanctionOptionsSchema = frozen(
  z.strictObject({
    unstatedRoll: z.optional(SanctionUnstatedRollSchema),
    fineDateBasis: z.optional(FineDateBasisSchema),
    paymentDueDate: z.optional(PaymentDueDateSchema),
  }),
);

/** The open-point options of the SANCTION-* functions, as callers give them. */
export type SanctionOptions = z.input<typeof SanctionOptionsSchema>;
