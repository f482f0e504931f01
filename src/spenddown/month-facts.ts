import type { RuleBook } from "../rules/model.js";
import { type DeductibleBucket, deductibleBucket } from "./deductible-bucket.js";
import { formatCents } from "../core/money.js";
import { firstDayOfMonth } from "./month.js";
import { thresholdCentsAt } from "./parameters.js";
import type { MemberMonth } from "./schemas.js";

/** The measurable facts of one member-month, read with the rule versions in force that month. */
export interface MonthFacts {
  readonly month: string;
  /** SPENDDOWN-THRESHOLD / measure 1. */
  readonly income: {
    readonly cents: number;
    readonly amount: string;
    readonly thresholdCents: number;
    readonly atOrUnderThreshold: boolean;
  };
  /** The monthly spenddown (deductible) amount, its bucket, and whether it is over the threshold. */
  readonly spenddown: {
    readonly cents: number;
    readonly amount: string;
    readonly bucket: DeductibleBucket;
    readonly overThreshold: boolean;
  };
  /** SPENDDOWN-BILLS-SUFFICIENT: bills incurred ≥ the spenddown amount. */
  readonly bills: {
    readonly cents: number;
    readonly amount: string;
    readonly sufficient: boolean;
    readonly shortfallCents: number;
  };
  /** Measure 3 under `standard3Basis: "income"`: the income is over $500.00 and not over $600.00. */
  readonly incomeInMeasure3Range: boolean;
  readonly continuousEngagement: boolean;
  readonly selfTerminated: boolean;
  readonly agencyIsRepresentativePayee: boolean;
}

/**
 * The facts of a member-month (SPENDDOWN-THRESHOLD, SPENDDOWN-MEASURES,
 * SPENDDOWN-BILLS-SUFFICIENT), with the threshold and buckets in force on the month's first day.
 *
 * @internal Not on the public entry: the library's own helper.
 * @example
 * monthFacts({ month: "2024-08", householdIncome: 100500, spenddownAmount: 9999, allowableBills: 12000,
 *   payment: null, continuousEngagement: true, selfTerminated: false, agencyIsRepresentativePayee: true })
 *   .income.atOrUnderThreshold // true
 */
export function monthFacts(m: MemberMonth): MonthFacts {
  return monthFactsOf(m, (b) => b, undefined);
}

/** {@link monthFacts}, each bucket passed through `share` (a batch shares equal buckets). */
export function monthFactsOf(
  m: MemberMonth,
  share: (bucket: DeductibleBucket) => DeductibleBucket,
  rules: RuleBook | undefined,
): MonthFacts {
  const date = firstDayOfMonth(m.month);
  const thresholdCents = thresholdCentsAt(date, rules);
  const bucket = share(deductibleBucket(m.spenddownAmount, date, rules));
  const incomeBucket = deductibleBucket(m.householdIncome, date, rules);
  return {
    month: m.month,
    income: {
      cents: m.householdIncome,
      amount: formatCents(m.householdIncome),
      thresholdCents,
      atOrUnderThreshold: m.householdIncome <= thresholdCents,
    },
    spenddown: {
      cents: m.spenddownAmount,
      amount: formatCents(m.spenddownAmount),
      bucket,
      overThreshold: m.spenddownAmount > thresholdCents,
    },
    bills: {
      cents: m.allowableBills,
      amount: formatCents(m.allowableBills),
      sufficient: m.allowableBills >= m.spenddownAmount,
      shortfallCents: Math.max(0, m.spenddownAmount - m.allowableBills),
    },
    incomeInMeasure3Range: incomeBucket.inMeasure3Range,
    continuousEngagement: m.continuousEngagement,
    selfTerminated: m.selfTerminated,
    agencyIsRepresentativePayee: m.agencyIsRepresentativePayee,
  };
}
