import type { RuleBook } from "../rules/model.js";
import type { IsoDate } from "../core/iso-date.js";
import { formatCents } from "../core/money.js";
import { measureBoundsAt } from "./parameters.js";

/** Where a monthly spenddown (deductible) amount falls among the measure buckets (SPENDDOWN-MEASURES). */
export interface DeductibleBucket {
  /** The band, e.g. `under $100.00`, `$100.00 to $199.99`, `over $500.00, not over $600.00`. */
  readonly band: string;
  /** Measure 2: the bounds (cents) the amount is "less than" (cumulative: all bounds above it). */
  readonly underCents: readonly number[];
  /** Measure 3: "greater than $500.00 but not greater than $600.00". */
  readonly inMeasure3Range: boolean;
}

function bandOf(cents: number, buckets: readonly number[], low: number, high: number): string {
  const first = buckets[0];
  if (first !== undefined && cents < first) return `under ${formatCents(first)}`;
  for (let i = 1; i < buckets.length; i++) {
    const lower = buckets[i - 1] ?? 0;
    const upper = buckets[i] ?? 0;
    if (cents < upper) return `${formatCents(lower)} to ${formatCents(upper - 1)}`;
  }
  if (cents > low && cents <= high) return `over ${formatCents(low)}, not over ${formatCents(high)}`;
  if (cents > high) return `over ${formatCents(high)}`;
  // E.g. exactly $500.00: not "less than $500" (measure 2) nor "greater than $500.00" (measure 3).
  const last = buckets[buckets.length - 1] ?? 0;
  const range = last === low ? formatCents(low) : `${formatCents(last)} to ${formatCents(low)}`;
  return `${range} (in no bucket of measure 2 or 3)`;
}

/**
 * The deductible bucket of a monthly spenddown amount in integer cents, with the bounds in force
 * on `date` (SPENDDOWN-MEASURES). Note that exactly $500.00 is in neither measure 2 ("less than
 * $500") nor measure 3 ("greater than $500.00").
 *
 * @example
 * deductibleBucket(9999, "2024-08-01" as IsoDate)
 * // { band: "under $100.00", underCents: [10000, 20000, 30000, 40000, 50000], inMeasure3Range: false }
 */
export function deductibleBucket(cents: number, date: IsoDate, rules?: RuleBook): DeductibleBucket {
  const { bucketsCents, rangeLowCents, rangeHighCents } = measureBoundsAt(date, rules);
  return {
    band: bandOf(cents, bucketsCents, rangeLowCents, rangeHighCents),
    underCents: bucketsCents.filter((bound) => cents < bound),
    inMeasure3Range: cents > rangeLowCents && cents <= rangeHighCents,
  };
}
