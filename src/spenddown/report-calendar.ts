import { type QuarterlyReportDueDates, reportDueDatesOf } from "./report-due-dates.js";
import { fiscalQuarter } from "./reporting-quarter.js";
import type { ResolvedSpenddownOptions } from "./options.js";

/** A state fiscal year's reporting quarters and their report due dates. */
export interface SpenddownReportCalendar {
  readonly fiscalYear: number;
  readonly quarters: readonly QuarterlyReportDueDates[];
}

/**
 * The reporting calendar of state fiscal year `fiscalYear` (July of the year before to June): its
 * four quarters, each with the due dates of its reports (SPENDDOWN-QUARTERLY-REPORTS). Policy: a
 * whole fiscal year whose quarters the rules are in force on and resolved options in; the
 * boundary (src/api/operations/spenddown-runs.ts) checks the arguments.
 *
 * @example reportCalendarOf(2025, resolved).quarters.map((q) => q.reports[0]?.dueDate)[0] // "2024-11-01"
 */
export function reportCalendarOf(fiscalYear: number, resolved: ResolvedSpenddownOptions): SpenddownReportCalendar {
  return { fiscalYear, quarters: [1, 2, 3, 4].map((q) => reportDueDatesOf(fiscalQuarter(fiscalYear, q), resolved)) };
}
