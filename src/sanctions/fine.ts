import * as z from "zod/mini";
import { type InvalidItem, type OnError, runBatch } from "../core/batch.js";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema, toDayNumber } from "../core/iso-date.js";
import { identifierText, nameText } from "../core/text-schemas.js";
import type { Fine } from "../core/types.js";
import { frozen } from "../core/freeze.js";

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

/**
 * Validates fines given as JSON; a bad field is a RuleInputError naming it.
 *
 * @example parseFines([{ ticketNumber: "T-1", mco: "Acme", dueDate: "2024-03-04", overdueOn: "2024-03-05", issuedOn: null, amountCents: 500000 }])
 */
export function parseFines(input: unknown, ruleId = "SANCTION-NOTICE-ONLY-IF-FINED"): Fine[] {
  return parseInput(FinesSchema, input, ruleId);
}

/** A fine the sanction calendar could not read, under `onError: "collect"` (`index` 0-based in the fines). */
export type InvalidFine = InvalidItem<"ticketNumber">;

const FINE_ITEMS = { label: "fine", idKey: "ticketNumber", idInMessage: true } as const;

/**
 * @internal Validates fines one by one: under `collect` a bad fine is set apart (with its 0-based
 * index and ticket number when readable) and the others go on; under `throw` the first bad fine
 * is a RuleInputError naming it.
 */
export function parseFinesEach(
  input: unknown,
  onError: OnError,
  ruleId = "SANCTION-NOTICE-ONLY-IF-FINED",
): { fines: Fine[]; invalidFines: InvalidFine[] } {
  const list = parseInput(z.array(z.unknown()), input, ruleId);
  const fines: Fine[] = [];
  const invalidFines: InvalidFine[] = [];
  for (const item of runBatch(list, onError, FINE_ITEMS, (fine) => parseInput(FineSchema, fine, ruleId))) {
    if ("status" in item) invalidFines.push(item);
    else fines.push(item);
  }
  return { fines, invalidFines };
}
