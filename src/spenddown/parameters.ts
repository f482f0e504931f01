import { RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import { parameterOf, ruleVersionAt } from "../rules/registry.js";
import type { ParameterName } from "../rules/rule-id.js";
import { SPENDDOWN_RULES } from "./rules.js";

// Every number of the SPENDDOWN-* rules comes from the registry version in force (principle 4).

/**
 * A date before the SPENDDOWN-* rules' first version is valid input the rules have nothing to
 * say about: a RuleInputError naming the field the caller wrote (`month`, `fiscalYear`,
 * `quarter`) and its value, never the internal date it was turned into.
 *
 * @example requireSpenddownInForce("2016-01-01", "month", "2016-01") // throws: month = "2016-01": SPENDDOWN-THRESHOLD is not in force on 2016-01-01 …
 */
export function requireSpenddownInForce(date: IsoDate, field: string, value: unknown): undefined {
  for (const rule of SPENDDOWN_RULES) {
    if (ruleVersionAt(rule.id, date) !== undefined) continue;
    const first = rule.versions[0]?.effectiveFrom;
    const since = first === undefined ? "" : ` (its first version is from ${first})`;
    throw new RuleInputError([
      { field, value, reason: `${rule.id} is not in force on ${date}${since}: nothing to evaluate`, ruleId: rule.id },
    ]);
  }
}

/** The monthly threshold in force on `date`, in cents (SPENDDOWN-THRESHOLD). */
export function thresholdCentsAt(date: IsoDate): number {
  return parameterOf("SPENDDOWN-THRESHOLD", date, "thresholdCents");
}

/** The day of the month the payment is due (SPENDDOWN-PAYMENT-DUE). */
export function paymentDayAt(date: IsoDate): number {
  return parameterOf("SPENDDOWN-PAYMENT-DUE", date, "dayOfMonth");
}

/** Measure 2's bucket bounds ("less than"), ascending, and measure 3's range (SPENDDOWN-MEASURES). */
export function measureBoundsAt(date: IsoDate): {
  bucketsCents: number[];
  rangeLowCents: number;
  rangeHighCents: number;
} {
  return {
    bucketsCents: [...parameterOf("SPENDDOWN-MEASURES", date, "bucketsCents")].sort((a, b) => a - b),
    rangeLowCents: parameterOf("SPENDDOWN-MEASURES", date, "rangeLowCents"),
    rangeHighCents: parameterOf("SPENDDOWN-MEASURES", date, "rangeHighCents"),
  };
}

/** The name of a SPENDDOWN-STANDARDS target: `standard1` … `standard7`, `standard6Max` (a ceiling). */
export type StandardTarget = ParameterName<"SPENDDOWN-STANDARDS">;

/**
 * The target percentage of a standard in force on `date`, by its typed name.
 *
 * @example standardTargetAt(parseIsoDate("2024-07-01"), "standard1") // 98
 */
export function standardTargetAt(date: IsoDate, name: StandardTarget): number {
  return parameterOf("SPENDDOWN-STANDARDS", date, name);
}

/** The fiscal-year start month and the report due dates (MM-DD) of fiscal quarters 1-4. */
export function reportScheduleAt(date: IsoDate): { fiscalYearStartMonth: number; dueDates: string[] } {
  return {
    fiscalYearStartMonth: parameterOf("SPENDDOWN-QUARTERLY-REPORTS", date, "fiscalYearStartMonth"),
    dueDates: [...parameterOf("SPENDDOWN-QUARTERLY-REPORTS", date, "reportDueDates")],
  };
}
