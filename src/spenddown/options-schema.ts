import * as z from "zod/mini";
import { UnstatedRollSchema } from "../calendar/unstated-roll-schema.js";
import { frozen } from "../core/freeze.js";

/**
 * Open interpretation 2 for SPENDDOWN-PAYMENT-DUE and SPENDDOWN-QUARTERLY-REPORTS: are "no later
 * than the 20th day of the month" and Nov 1, Feb 1, May 1, Aug 1 moved off a weekend or State
 * Holiday? `none` (default, as written) or `forward` (next business day).
 */
export const SpenddownUnstatedRollSchema = UnstatedRollSchema;
/**
 * Open interpretation 8, buckets: `cumulative` (default; "less than $300" includes every amount
 * under $100 and $200) or `banded` ($200.00-$299.99 only; the first band is under $100).
 */
export const BucketReadingSchema = frozen(z.enum(["cumulative", "banded"]));
/**
 * Open interpretation 8, standard 3: measure 3 counts the monthly *spenddown amount* over $500
 * and not over $600, standard 3 says *monthly incomes*. `spenddown` (default, the measure) or `income`.
 */
export const Standard3BasisSchema = frozen(z.enum(["spenddown", "income"]));
/**
 * Standard 3 gives "2%" without "at least" or "no more than". `at-most` (default: with
 * standard 2's 98% under $500 the 2% is the rest, a ceiling) or `at-least`.
 */
export const Standard3DirectionSchema = frozen(z.enum(["at-most", "at-least"]));
/**
 * "Unduplicated" members: `any-month` (default; a member counts once for a measure when any of
 * their months in the quarter meets it) or `every-month` (only when all their months do).
 */
export const MemberCountingSchema = frozen(z.enum(["any-month", "every-month"]));
/**
 * Standard 2 lists five buckets against one 98%: `widest-bucket` (default; 98% under $500, the
 * other buckets are reported) or `every-bucket` (each bucket must reach 98%).
 */
export const Standard2ReadingSchema = frozen(z.enum(["widest-bucket", "every-bucket"]));
/**
 * Standard 6, "no more than 10% ... per month": `each-month` (default; every month of the quarter,
 * the figure is the worst month) or `quarter` (unduplicated terminations over the quarter).
 */
export const Standard6EvaluationSchema = frozen(z.enum(["each-month", "quarter"]));
/**
 * SPENDDOWN-THRESHOLD, "the number of Class Members' monthly spend down amounts over the ...
 * threshold of $1,005": what is compared with the threshold - `spenddown` (default, as written)
 * or `income` (the monthly household income, as in measure 1) - and what is counted -
 * `member-months` (default: each monthly amount) or `members` (unduplicated).
 */
export const ContractAdjustmentBasisSchema = frozen(z.enum(["spenddown", "income"]));
export const ContractAdjustmentUnitSchema = frozen(z.enum(["member-months", "members"]));

/** The open-point options of the SPENDDOWN-* functions, as JSON (no calendar). */
export const SpenddownOptionsSchema = frozen(
  z.strictObject({
    unstatedRoll: z.optional(SpenddownUnstatedRollSchema),
    bucketReading: z.optional(BucketReadingSchema),
    standard3Basis: z.optional(Standard3BasisSchema),
    standard3Direction: z.optional(Standard3DirectionSchema),
    memberCounting: z.optional(MemberCountingSchema),
    standard2Reading: z.optional(Standard2ReadingSchema),
    standard6Evaluation: z.optional(Standard6EvaluationSchema),
    contractAdjustmentBasis: z.optional(ContractAdjustmentBasisSchema),
    contractAdjustmentUnit: z.optional(ContractAdjustmentUnitSchema),
  }),
);

/** Every open-point option, chosen (the defaults filled in). */
export type SpenddownChoices = Required<z.infer<typeof SpenddownOptionsSchema>>;

/** The open-point options of the SPENDDOWN-* functions, as callers give them (`settings.options`). */
export type SpenddownOptions = z.input<typeof SpenddownOptionsSchema>;
