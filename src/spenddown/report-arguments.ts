import { argumentError, listArgument, settingsArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import type { PerformanceReport } from "./performance-report.js";
import { reportingQuarter, type SpenddownQuarter } from "./reporting-quarter.js";

// Argument checks of the spenddown functions that take a result of another one (a reporting
// quarter, a performance report): what they read, of the right types, in a few comparisons
// (principle 6), so that garbage is a RuleInputError naming the field, never a TypeError.

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
    );
  if (!isCount(quarter) || quarter < 1 || quarter > 4)
    throw argumentError(fn, `${argument}.quarter`, `expected a quarter number 1-4, got ${describeValue(quarter)}`);
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
