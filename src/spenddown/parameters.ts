import type { IsoDate } from "../core/iso-date.js";
import { parameterInForce, parameterOf, ruleVersionAt } from "../rules/registry.js";
import type { RuleBook } from "../rules/model.js";
import type { ParameterName } from "../rules/rule-id.js";
import { SPENDDOWN_RULES } from "./rules.js";

// Every number of the SPENDDOWN-* rules comes from the registry version in force (principle 4),
// the caller's versions laid over the built-in ones when given (`rules`, docs/rule-changes.md).

/**
 * The first SPENDDOWN-* rule not in force on `date`, or undefined when they all are. A date
 * before the rules' first version is valid input the rules have nothing to say about: the
 * boundary refuses it (requireSpenddownInForce, src/api/operations/spenddown-arguments.ts).
 *
 * @example spenddownRuleNotInForce("2016-01-01" as IsoDate)?.id // "SPENDDOWN-THRESHOLD"
 */
export function spenddownRuleNotInForce(date: IsoDate): (typeof SPENDDOWN_RULES)[number] | undefined {
  return SPENDDOWN_RULES.find((rule) => ruleVersionAt(rule.id, date) === undefined);
}

/** Whether a SPENDDOWN-THRESHOLD is in force on `date` (thresholdCentsAt has one to give). */
export function thresholdRuleInForce(date: IsoDate): boolean {
  return parameterInForce("SPENDDOWN-THRESHOLD", date, "thresholdCents") !== undefined;
}

/** The monthly threshold in force on `date`, in cents (SPENDDOWN-THRESHOLD). */
export function thresholdCentsAt(date: IsoDate, rules?: RuleBook): number {
  return parameterOf("SPENDDOWN-THRESHOLD", date, "thresholdCents", { rules });
}

/** The day of the month the payment is due (SPENDDOWN-PAYMENT-DUE). */
export function paymentDayAt(date: IsoDate, rules?: RuleBook): number {
  return parameterOf("SPENDDOWN-PAYMENT-DUE", date, "dayOfMonth", { rules });
}

/** Measure 2's bucket bounds ("less than"), ascending, and measure 3's range (SPENDDOWN-MEASURES). */
export function measureBoundsAt(
  date: IsoDate,
  rules?: RuleBook,
): {
  bucketsCents: number[];
  rangeLowCents: number;
  rangeHighCents: number;
} {
  return {
    bucketsCents: [...parameterOf("SPENDDOWN-MEASURES", date, "bucketsCents", { rules })].sort((a, b) => a - b),
    rangeLowCents: parameterOf("SPENDDOWN-MEASURES", date, "rangeLowCents", { rules }),
    rangeHighCents: parameterOf("SPENDDOWN-MEASURES", date, "rangeHighCents", { rules }),
  };
}

/** The name of a SPENDDOWN-STANDARDS target: `standard1` … `standard7`, `standard6Max` (a ceiling). */
export type StandardTarget = ParameterName<"SPENDDOWN-STANDARDS">;

/**
 * The target percentage of a standard in force on `date`, by its typed name.
 *
 * @example standardTargetAt(parseIsoDate("2024-07-01"), "standard1") // 98
 */
export function standardTargetAt(date: IsoDate, name: StandardTarget, rules?: RuleBook): number {
  return parameterOf("SPENDDOWN-STANDARDS", date, name, { rules });
}

/** The fiscal-year start month and the report due dates (MM-DD) of fiscal quarters 1-4. */
export function reportScheduleAt(
  date: IsoDate,
  rules?: RuleBook,
): { fiscalYearStartMonth: number; dueDates: string[] } {
  return {
    fiscalYearStartMonth: parameterOf("SPENDDOWN-QUARTERLY-REPORTS", date, "fiscalYearStartMonth", { rules }),
    dueDates: [...parameterOf("SPENDDOWN-QUARTERLY-REPORTS", date, "reportDueDates", { rules })],
  };
}
