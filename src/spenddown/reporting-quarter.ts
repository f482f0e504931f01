import { type CalendarQuarter, calendarQuarter, calendarQuarterOf } from "../calendar/quarter.js";
import { RuleInputError } from "../core/errors.js";
import { isIsoDate, isoDate } from "../core/iso-date.js";
import { monthParts } from "./month.js";
import { reportScheduleAt, requireSpenddownInForce } from "./parameters.js";

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
  const { year, month: m } = monthParts(text, "SPENDDOWN-QUARTERLY-REPORTS");
  const { fiscalYearStartMonth: start } = reportScheduleAt(isoDate(year, m, 1));
  const q = calendarQuarterOf(isoDate(year, m, 1), { yearStartMonth: start, prefix: "SFY" });
  return { ...q, fiscalYear: q.year };
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
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  }
  // January 1 of `fiscalYear` lies in that fiscal year whatever month it starts in; the schedule
  // in force then decides where the year starts.
  requireSpenddownInForce(isoDate(fiscalYear, 1, 1), "fiscalYear", fiscalYear);
  const { fiscalYearStartMonth: start } = reportScheduleAt(isoDate(fiscalYear, 1, 1));
  const q = quarterFrom(fiscalYear, quarter, start);
  requireSpenddownInForce(q.firstDay, "quarter", quarter);
  return q;
}
