import { RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import { ruleParameter, ruleVersionAt } from "../rules/registry.js";
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
    throw new RuleInputError([{ field, value, reason: `${rule.id} is not in force on ${date}${since}: nothing to evaluate`, ruleId: rule.id }]);
  }
}

function numberParameter(ruleId: string, date: IsoDate, name: string): number {
  if (ruleVersionAt(ruleId, date) === undefined) {
    throw new RuleInputError([{ field: "date", value: date, reason: `${ruleId} is not in force on that date`, ruleId }]);
  }
  const value = ruleParameter(ruleId, date, name);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RuleInputError([{ field: name, value, reason: "registry parameter is not a number", ruleId }]);
  }
  return value;
}

function listParameter(ruleId: string, date: IsoDate, name: string): string[] {
  const value = ruleParameter(ruleId, date, name);
  if (typeof value !== "string") throw new RuleInputError([{ field: name, value, reason: "registry parameter is not a list", ruleId }]);
  return value.split(",").map((s) => s.trim());
}

/** The monthly threshold in force on `date`, in cents (SPENDDOWN-THRESHOLD). */
export function thresholdCentsAt(date: IsoDate): number {
  return numberParameter("SPENDDOWN-THRESHOLD", date, "thresholdCents");
}

/** The day of the month the payment is due (SPENDDOWN-PAYMENT-DUE). */
export function paymentDayAt(date: IsoDate): number {
  return numberParameter("SPENDDOWN-PAYMENT-DUE", date, "dayOfMonth");
}

/** Measure 2's bucket bounds ("less than"), ascending, and measure 3's range (SPENDDOWN-MEASURES). */
export function measureBoundsAt(date: IsoDate): { bucketsCents: number[]; rangeLowCents: number; rangeHighCents: number } {
  const bucketsCents = listParameter("SPENDDOWN-MEASURES", date, "bucketsCents").map(Number).sort((a, b) => a - b);
  return {
    bucketsCents,
    rangeLowCents: numberParameter("SPENDDOWN-MEASURES", date, "rangeLowCents"),
    rangeHighCents: numberParameter("SPENDDOWN-MEASURES", date, "rangeHighCents"),
  };
}

/** The target percentage of a standard (`s1` … `s7`, `s6Max`) in force on `date`. */
export function standardTargetAt(date: IsoDate, name: string): number {
  return numberParameter("SPENDDOWN-STANDARDS", date, name);
}

/** The fiscal-year start month and the report due dates (MM-DD) of fiscal quarters 1-4. */
export function reportScheduleAt(date: IsoDate): { fiscalYearStartMonth: number; dueDates: string[] } {
  return {
    fiscalYearStartMonth: numberParameter("SPENDDOWN-QUARTERLY-REPORTS", date, "fiscalYearStartMonth"),
    dueDates: listParameter("SPENDDOWN-QUARTERLY-REPORTS", date, "reportDueDates"),
  };
}
