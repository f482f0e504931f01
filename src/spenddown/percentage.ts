/** A count over a denominator, with a percentage for display (null when the denominator is 0). */
export interface Share {
  readonly count: number;
  readonly denominator: number;
  /** `count / denominator` in percent, rounded to two decimals, for display only. */
  readonly percent: number | null;
}

/**
 * A count over a denominator. The percent is for display; comparisons use {@link compareShare}.
 *
 * @internal Not on the public entry: the library's own helper.
 * @example share(197, 200) // { count: 197, denominator: 200, percent: 98.5 }
 */
export function share(count: number, denominator: number): Share {
  return { count, denominator, percent: denominator === 0 ? null : Math.round((count * 10000) / denominator) / 100 };
}

/**
 * A target percentage with at most two decimals as integer hundredths of a percent (98 → 9800).
 * The targets are the registry's own data (SPENDDOWN-STANDARDS, src/spenddown/rules.ts), not a
 * caller's input: one that is not such a percentage is a bug, not an input error.
 */
export function targetHundredths(target: number): number {
  const hundredths = Math.round(target * 100);
  if (!Number.isFinite(target) || target < 0 || target > 100 || Math.abs(hundredths - target * 100) > 1e-6) {
    throw new Error("SPENDDOWN-STANDARDS: a registry target is not a percentage 0-100 with at most two decimals");
  }
  return hundredths;
}

/**
 * Exact comparison of `count / denominator` with a target percentage: negative when below,
 * 0 when equal, positive when above (integer arithmetic: count × 10000 vs target × denominator).
 *
 * @internal Not on the public entry: the library's own helper.
 * @example compareShare(share(49, 50), 98) // 0 (98% exactly)
 */
export function compareShare(s: Share, target: number): number {
  return s.count * 10000 - targetHundredths(target) * s.denominator;
}

/** Exact comparison of two shares: negative when `a` is the smaller fraction. */
export function compareShares(a: Share, b: Share): number {
  return a.count * b.denominator - b.count * a.denominator;
}
