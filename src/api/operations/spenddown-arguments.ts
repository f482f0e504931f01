import { argumentError, kindCode, listArgument, settingsArgument } from "../../core/arguments.js";
import { describeValue } from "../../core/describe-value.js";
import { RuleInputError } from "../../core/errors.js";
import { type IsoDate, isIsoDate, isoDate } from "../../core/iso-date.js";
import { DOLLARS_REASON, toCents } from "../../spenddown/money.js";
import { isMonthText, monthParts } from "../../spenddown/month.js";
import { spenddownRuleNotInForce } from "../../spenddown/parameters.js";
import type { PerformanceReport } from "../../spenddown/performance-report.js";
import { fiscalQuarter, quarterOfMonth, type SpenddownQuarter } from "../../spenddown/reporting-quarter.js";

// The spenddown's argument checks, at the boundary (principle 3): months, amounts, fiscal years
// and quarters, the rules in force, and the arguments that are a result of another function (a
// reporting quarter, a performance report): what they read, of the right types, in a few
// comparisons (principle 6), so that garbage is a RuleInputError naming the field, never a
// TypeError. The policy in src/spenddown takes them checked.

/**
 * Integer cents of a dollar amount, exactly; a bad amount is a RuleInputError naming `field`.
 *
 * @example dollarsToCents("1005.01") // 100501
 */
export function dollarsToCents(value: number | string, field = "amount", ruleId?: string): number {
  const cents = toCents(value);
  if (cents === null) {
    const code = typeof value === "number" || typeof value === "string" ? "invalid_value" : "invalid_type";
    throw new RuleInputError([{ field, value, reason: DOLLARS_REASON, code, ...(ruleId ? { ruleId } : {}) }]);
  }
  return cents;
}

/**
 * Year and month number of a `YYYY-MM` month of 1900-2199; another month is a RuleInputError
 * naming `month`.
 *
 * @example monthArgument("2024-08") // { year: 2024, month: 8 }
 */
export function monthArgument(month: string, ruleId?: string): { year: number; month: number } {
  const year = isMonthText(month) ? Number(month.slice(0, 4)) : undefined;
  if (year === undefined || year < 1900 || year > 2199) {
    const reason = year !== undefined ? "expected a month YYYY-MM of 1900-2199" : "expected a month YYYY-MM";
    const code = year !== undefined ? "out_of_range" : typeof month === "string" ? "invalid_format" : "invalid_type";
    throw new RuleInputError([{ field: "month", value: month, reason, code, ...(ruleId ? { ruleId } : {}) }]);
  }
  return monthParts(month);
}

/**
 * A date before the SPENDDOWN-* rules' first version is valid input the rules have nothing to
 * say about: a RuleInputError naming the field the caller wrote (`month`, `fiscalYear`,
 * `quarter`) and its value, never the internal date it was turned into.
 *
 * @example requireSpenddownInForce("2016-01-01", "month", "2016-01")
 * // throws: month = "2016-01": SPENDDOWN-THRESHOLD is not in force on 2016-01-01 …
 */
export function requireSpenddownInForce(date: IsoDate, field: string, value: unknown): undefined {
  const rule = spenddownRuleNotInForce(date);
  if (rule === undefined) return;
  const first = rule.versions[0]?.effectiveFrom;
  const since = first === undefined ? "" : ` (its first version is from ${first})`;
  throw new RuleInputError([
    {
      field,
      value,
      reason: `${rule.id} is not in force on ${date}${since}: nothing to evaluate`,
      code: "out_of_range",
      ruleId: rule.id,
    },
  ]);
}

/**
 * The first day of a member-month the SPENDDOWN-* rules are in force on (SPENDDOWN-MEASURES): a
 * month outside 1900-2199, or before the rules, is a RuleInputError naming `month`.
 */
export function memberMonthInForce(month: string): IsoDate {
  const { year, month: m } = monthArgument(month);
  const start = isoDate(year, m, 1);
  requireSpenddownInForce(start, "month", month);
  return start;
}

/**
 * The reporting quarter a month (`YYYY-MM`, or any date `YYYY-MM-DD` of it) belongs to
 * (SPENDDOWN-QUARTERLY-REPORTS). The grant program's due dates - November 1, February 1, May 1, August 1 -
 * each fall one month and a day after the close of a state-fiscal-year quarter, so July-September
 * is quarter 1 (report due November 1) and April-June is quarter 4 (due August 1).
 *
 * @example
 * reportingQuarterOfMonth("2024-08")
 * // { id: "SFY2025-Q1", fiscalYear: 2025, quarter: 1, months: ["2024-07", "2024-08", "2024-09"], … }
 */
export function reportingQuarterOfMonth(month: string): SpenddownQuarter {
  const text = typeof month === "string" && isIsoDate(month) ? month.slice(0, 7) : month;
  const { year, month: m } = monthArgument(text, "SPENDDOWN-QUARTERLY-REPORTS");
  return quarterOfMonth(year, m);
}

/**
 * Quarter `quarter` (1-4) of state fiscal year `fiscalYear` (SPENDDOWN-QUARTERLY-REPORTS).
 *
 * @example reportingQuarter(2025, 3).months // ["2025-01", "2025-02", "2025-03"]
 */
export function reportingQuarter(fiscalYear: number, quarter: number): SpenddownQuarter {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2 || fiscalYear > 9999) {
    throw new RuleInputError([
      {
        field: "fiscalYear",
        value: fiscalYear,
        reason: "expected a whole state fiscal year, e.g. 2025",
        code: kindCode(fiscalYear, "number"),
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  }
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RuleInputError([
      {
        field: "quarter",
        value: quarter,
        reason: "expected a quarter number 1-4",
        code: kindCode(quarter, "number"),
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  }
  requireSpenddownInForce(isoDate(fiscalYear, 1, 1), "fiscalYear", fiscalYear);
  const q = fiscalQuarter(fiscalYear, quarter);
  requireSpenddownInForce(q.firstDay, "quarter", quarter);
  return q;
}

const isCount = (v: unknown): boolean => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/**
 * The reporting quarter `value` stands for, as `reportingQuarter(fiscalYear, quarter)` gives it:
 * a quarter is named by its fiscal year and number, and its days must be that quarter's.
 *
 * @example quarterArgument(reportingQuarter(2025, 1), "quarterlyReportDueDates", "quarter").id // "SFY2025-Q1"
 */
export function quarterArgument(value: SpenddownQuarter, fn: string, argument: string): SpenddownQuarter {
  settingsArgument(value, fn, argument);
  const { fiscalYear, quarter } = value;
  if (!isCount(fiscalYear))
    throw argumentError(
      fn,
      `${argument}.fiscalYear`,
      `expected a whole state fiscal year, got ${describeValue(fiscalYear)}`,
      kindCode(fiscalYear, "number"),
    );
  if (!isCount(quarter) || quarter < 1 || quarter > 4)
    throw argumentError(
      fn,
      `${argument}.quarter`,
      `expected a quarter number 1-4, got ${describeValue(quarter)}`,
      kindCode(quarter, "number"),
    );
  const canonical = reportingQuarter(fiscalYear, quarter);
  if (value.firstDay !== canonical.firstDay || value.lastDay !== canonical.lastDay || value.id !== canonical.id) {
    throw argumentError(
      fn,
      argument,
      "expected a reporting quarter as reportingQuarter(fiscalYear, quarter) gives it: its days or id differ",
    );
  }
  return canonical;
}

function measuresArgument(measures: PerformanceReport["measures"], fn: string): void {
  listArgument(measures, fn, "report.measures").forEach((m, i) => {
    const ok =
      typeof m === "object" &&
      m !== null &&
      typeof m.key === "string" &&
      typeof m.number === "number" &&
      typeof m.title === "string";
    if (
      !ok ||
      !isCount(m.count) ||
      !isCount(m.denominator) ||
      !Array.isArray(m.members) ||
      !(m.percent === null || typeof m.percent === "number")
    ) {
      throw argumentError(
        fn,
        `report.measures[${i}]`,
        "expected a measure as performanceReport gives it (key, number, title, count, denominator, percent, members)",
      );
    }
  });
}

/**
 * `report` when it has what the standards read, of the right types (a performance report as
 * `performanceReport` gives it); otherwise a RuleInputError naming the field.
 *
 * @example performanceReportArgument(performanceReport(input), "evaluateStandards").memberCount
 */
export function performanceReportArgument(report: PerformanceReport, fn: string): PerformanceReport {
  settingsArgument(report, fn, "report");
  if (typeof report.provider !== "string")
    throw argumentError(fn, "report.provider", `expected text, got ${describeValue(report.provider)}`);
  if (!isCount(report.memberCount))
    throw argumentError(fn, "report.memberCount", `expected a count, got ${describeValue(report.memberCount)}`);
  settingsArgument(report.options, fn, "report.options");
  measuresArgument(report.measures, fn);
  listArgument(report.months, fn, "report.months").forEach((m, i) => {
    if (
      typeof m !== "object" ||
      m === null ||
      typeof m.month !== "string" ||
      !isCount(m.members) ||
      !isCount(m.selfTerminated)
    ) {
      throw argumentError(
        fn,
        `report.months[${i}]`,
        "expected a month count as performanceReport gives it (month, members, selfTerminated)",
      );
    }
  });
  const quarter = quarterArgument(report.quarter, fn, "report.quarter");
  return quarter === report.quarter ? report : { ...report, quarter };
}
