import { z } from "zod";
import { parseInput } from "../core/errors.js";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { IsoDateSchema } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";

/**
 * A portal fine (PORTAL-FINE) as JSON, so that fines can be given directly to the sanction
 * calendar; the portal evaluator produces the same shape (`Fine` of src/core/types.ts).
 * `overdueOn` must be the day after `dueDate`; `issuedOn` is null when the issue date is unknown;
 * `amountCents` is a whole number of cents (500000 = $5,000.00).
 */
export const FineSchema = z
  .object({
    ticketNumber: z.string().min(1),
    mco: z.string().min(1),
    dueDate: IsoDateSchema,
    overdueOn: IsoDateSchema,
    issuedOn: IsoDateSchema.nullable(),
    amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict()
  .refine((fine) => fine.overdueOn === addCalendarDays(fine.dueDate, 1), {
    path: ["overdueOn"],
    error: "the first day overdue must be the day after the due date (PORTAL-OVERDUE)",
  });

/** A list of fines as JSON. */
export const FinesSchema = z.array(FineSchema);

/**
 * Validates fines given as JSON; a bad field is a RuleInputError naming it.
 *
 * @example parseFines([{ ticketNumber: "T-1", mco: "Acme", dueDate: "2024-03-04", overdueOn: "2024-03-05", issuedOn: null, amountCents: 500000 }])
 */
export function parseFines(input: unknown, ruleId = "SANCTION-NOTICE-ONLY-IF-FINED"): Fine[] {
  return parseInput(FinesSchema, input, ruleId);
}
