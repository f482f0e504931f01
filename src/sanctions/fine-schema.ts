import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema, toDayNumber } from "../core/iso-date.js";
import { identifierText, nameText } from "../core/text-schemas.js";

/**
 * A portal fine (PORTAL-FINE) as JSON, so that fines can be given directly to the sanction
 * calendar; the portal evaluator produces the same shape (`Fine` of src/core/types.ts).
 * `overdueOn` must be the day after `dueDate`; `issuedOn` is null when the issue date is unknown;
 * `amountCents` is a whole number of cents (500000 = $5,000.00).
 */
export const FineSchema = frozen(
  z
    .strictObject({
      ticketNumber: identifierText("a ticket number"),
      mco: nameText("the MCO"),
      dueDate: IsoDateSchema,
      overdueOn: IsoDateSchema,
      issuedOn: z.nullable(IsoDateSchema),
      amountCents: z.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
    })
    .check(
      // Day numbers, not addCalendarDays: a due date of 2199-12-31 has no day after it in the
      // supported range, and must be this issue, not an error about a computed date.
      z.refine((fine) => toDayNumber(fine.overdueOn) === toDayNumber(fine.dueDate) + 1, {
        path: ["overdueOn"],
        error: "the first day overdue must be the day after the due date (PORTAL-OVERDUE)",
      }),
    ),
);

/** A list of fines as JSON. */
export const FinesSchema = frozen(z.array(FineSchema));
/** A fine as callers give it (plain `YYYY-MM-DD` strings): the input type of `FineSchema`. */
export type FineInput = z.input<typeof FineSchema>;
