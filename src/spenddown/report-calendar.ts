import { RuleInputError } from "../core/errors.js";
import { type QuarterlyReportDueDates, reportDueDatesOf } from "./report-due-dates.js";
import { reportingQuarter } from "./reporting-quarter.js";
import type { SpenddownSettings } from "./options.js";

/** A state fiscal year's reporting quarters and their report due dates. */
export interface SpenddownReportCalendar {
  readonly fiscalYear: number;
  readonly quarters: readonly QuarterlyReportDueDates[];
}

/**
 * The reporting calendar of state fiscal year `fiscalYear` (July of the year before to June):
 * its four quarters, each with the due dates of its financial and performance reports
 * (SPENDDOWN-QUARTERLY-REPORTS).
 *
 * @example
 * spenddownReportCalendar(2025).quarters.map((q) => q.reports[0]?.dueDate)
 * // ["2024-11-01", "2025-02-01", "2025-05-01", "2025-08-01"]
 */
export function spenddownReportCalendar(fiscalYear: number, settings?: SpenddownSettings): SpenddownReportCalendar {
  if (!Number.isInteger(fiscalYear)) {
    throw new RuleInputError([
      {
        field: "fiscalYear",
        value: fiscalYear,
        reason: "expected a whole state fiscal year, e.g. 2025",
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  }
  return { fiscalYear, quarters: [1, 2, 3, 4].map((q) => reportDueDatesOf(reportingQuarter(fiscalYear, q), settings)) };
}
