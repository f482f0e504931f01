import { z } from "zod";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { OnError } from "../core/batch.js";
import { parseInput } from "../core/errors.js";
import { optionsWithCalendar } from "../calendar/calendar-argument.js";

/**
 * Open interpretation 2 for SPENDDOWN-PAYMENT-DUE: is "no later than the 20th day of the month"
 * moved off a weekend or State Holiday? `none` (default, as written) or `forward` (next business day).
 */
export const PaymentDueRollSchema = z.enum(["none", "forward"]);
/**
 * Open interpretation 2 for SPENDDOWN-QUARTERLY-REPORTS: are Nov 1, Feb 1, May 1, Aug 1 moved
 * off a weekend or State Holiday? `none` (default, as written) or `forward`.
 */
export const ReportDueRollSchema = z.enum(["none", "forward"]);
/**
 * Open interpretation 8, buckets: `cumulative` (default; "less than $300" includes every amount
 * under $100 and $200) or `banded` ($200.00-$299.99 only; the first band is under $100).
 */
export const BucketReadingSchema = z.enum(["cumulative", "banded"]);
/**
 * Open interpretation 8, standard 3: measure 3 counts the monthly *spenddown amount* over $500
 * and not over $600, standard 3 says *monthly incomes*. `spenddown` (default, the measure) or `income`.
 */
export const Standard3BasisSchema = z.enum(["spenddown", "income"]);
/**
 * Standard 3 gives "2%" without "at least" or "no more than". `at-most` (default: with
 * standard 2's 98% under $500 the 2% is the rest, a ceiling) or `at-least`.
 */
export const Standard3DirectionSchema = z.enum(["at-most", "at-least"]);
/**
 * "Unduplicated" members: `any-month` (default; a member counts once for a measure when any of
 * their months in the quarter meets it) or `every-month` (only when all their months do).
 */
export const MemberCountingSchema = z.enum(["any-month", "every-month"]);
/**
 * Standard 2 lists five buckets against one 98%: `widest-bucket` (default; 98% under $500, the
 * other buckets are reported) or `every-bucket` (each bucket must reach 98%).
 */
export const Standard2ReadingSchema = z.enum(["widest-bucket", "every-bucket"]);
/**
 * Standard 6, "no more than 10% ... per month": `each-month` (default; every month of the quarter,
 * the figure is the worst month) or `quarter` (unduplicated terminations over the quarter).
 */
export const Standard6EvaluationSchema = z.enum(["each-month", "quarter"]);
/**
 * SPENDDOWN-THRESHOLD, "the number of Class Members' monthly spend down amounts over the ...
 * threshold of $1,005": what is compared with the threshold - `spenddown` (default, as written)
 * or `income` (the monthly household income, as in measure 1) - and what is counted -
 * `member-months` (default: each monthly amount) or `members` (unduplicated).
 */
export const ContractAdjustmentBasisSchema = z.enum(["spenddown", "income"]);
export const ContractAdjustmentUnitSchema = z.enum(["member-months", "members"]);

/** The open-point options of the SPENDDOWN-* functions, as JSON (no calendar). */
export const SpenddownOptionsSchema = z
  .object({
    paymentDueRoll: PaymentDueRollSchema.optional(),
    reportDueRoll: ReportDueRollSchema.optional(),
    bucketReading: BucketReadingSchema.optional(),
    standard3Basis: Standard3BasisSchema.optional(),
    standard3Direction: Standard3DirectionSchema.optional(),
    memberCounting: MemberCountingSchema.optional(),
    standard2Reading: Standard2ReadingSchema.optional(),
    standard6Evaluation: Standard6EvaluationSchema.optional(),
    contractAdjustmentBasis: ContractAdjustmentBasisSchema.optional(),
    contractAdjustmentUnit: ContractAdjustmentUnitSchema.optional(),
  })
  .strict();

type Choices = Required<z.infer<typeof SpenddownOptionsSchema>>;

/** Options of the SPENDDOWN-* functions: the open points, and the State Holiday calendar. */
export type SpenddownOptions = z.input<typeof SpenddownOptionsSchema> & {
  /** The State Holiday calendar (default: Illinois State Holidays). */
  readonly calendar?: BusinessCalendar;
  /** The batch entry (`providerQuarter`): `throw` (default) or `collect` the bad Class Members. */
  readonly onError?: OnError;
};

/** Options with their defaults filled in. */
export type ResolvedSpenddownOptions = Choices & { readonly calendar: BusinessCalendar };

/** The defaults of every open-point option (docs/spenddown.md). */
export const SPENDDOWN_DEFAULTS: Readonly<Choices> = {
  paymentDueRoll: "none",
  reportDueRoll: "none",
  bucketReading: "cumulative",
  standard3Basis: "spenddown",
  standard3Direction: "at-most",
  memberCounting: "any-month",
  standard2Reading: "widest-bucket",
  standard6Evaluation: "each-month",
  contractAdjustmentBasis: "spenddown",
  contractAdjustmentUnit: "member-months",
};

/**
 * Validates the options (a bad value is a RuleInputError naming it) and fills in the defaults.
 *
 * @example resolveSpenddownOptions({ paymentDueRoll: "forward" }).bucketReading // "cumulative"
 */
export function resolveSpenddownOptions(options: SpenddownOptions = {}, ruleId = "SPENDDOWN-MEASURES"): ResolvedSpenddownOptions {
  const { calendar, rest: { onError: _batchSetting, ...rest } } = optionsWithCalendar(options, ruleId);
  const parsed = parseInput(SpenddownOptionsSchema, rest, ruleId);
  const chosen = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
  return { ...SPENDDOWN_DEFAULTS, ...chosen, calendar };
}

/** The chosen options as the `options` record of an explanation or result. */
export function optionRecord<K extends keyof Choices>(options: ResolvedSpenddownOptions, keys: readonly K[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, options[k]]));
}
