import { type CalendarQuarter, calendarQuarter, calendarQuarterOf } from "../calendar/quarter.js";
import { isoDate } from "../core/iso-date.js";
import { reportScheduleAt } from "./parameters.js";

/**
 * A SPENDDOWN-QUARTERLY-REPORTS reporting quarter: a quarter of the Illinois state fiscal year
 * (July-June, named by the calendar year it ends in: SFY 2025 = July 2024 - June 2025), built by
 * the one quarter helper (`calendarQuarter` with the year starting in July, ids `SFY2025-Q1`).
 */
export interface SpenddownQuarter extends CalendarQuarter {
  /** The state fiscal year, e.g. 2025 (= `year`). */
  readonly fiscalYear: number;
}

function quarterFrom(fiscalYear: number, quarter: number, startMonth: number): SpenddownQuarter {
  return { ...calendarQuarter(fiscalYear, quarter, { yearStartMonth: startMonth, prefix: "SFY" }), fiscalYear };
}

/**
 * The reporting quarter of month `month` (1-12) of `year` (SPENDDOWN-QUARTERLY-REPORTS). The
 * grant program's due dates - November 1, February 1, May 1, August 1 - each fall one month and
 * a day after the close of a state-fiscal-year quarter, so July-September is quarter 1 (report
 * due November 1) and April-June is quarter 4 (due August 1). Policy: a checked month in; the
 * boundary's `reportingQuarterOfMonth` reads `YYYY-MM` (src/api/operations/spenddown-arguments.ts).
 *
 * @example quarterOfMonth(2024, 8).id // "SFY2025-Q1"
 */
export function quarterOfMonth(year: number, month: number): SpenddownQuarter {
  const { fiscalYearStartMonth: start } = reportScheduleAt(isoDate(year, month, 1));
  const q = calendarQuarterOf(isoDate(year, month, 1), { yearStartMonth: start, prefix: "SFY" });
  return { ...q, fiscalYear: q.year };
}

/**
 * Quarter `quarter` (1-4) of state fiscal year `fiscalYear` (SPENDDOWN-QUARTERLY-REPORTS). Policy:
 * a fiscal year and quarter the SPENDDOWN-* rules are in force on; the boundary's
 * `reportingQuarter` checks them (src/api/operations/spenddown-arguments.ts).
 *
 * @example fiscalQuarter(2025, 3).months // ["2025-01", "2025-02", "2025-03"]
 */
export function fiscalQuarter(fiscalYear: number, quarter: number): SpenddownQuarter {
  // January 1 of `fiscalYear` lies in that fiscal year whatever month it starts in; the schedule
  // in force then decides where the year starts.
  const { fiscalYearStartMonth: start } = reportScheduleAt(isoDate(fiscalYear, 1, 1));
  return quarterFrom(fiscalYear, quarter, start);
}
