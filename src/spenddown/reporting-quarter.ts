import { RuleInputError } from "../core/errors.js";
import { daysInMonth, type IsoDate, isIsoDate, isoDate } from "../core/iso-date.js";
import { MONTH_NAMES, monthId, monthParts } from "./month.js";
import { reportScheduleAt, requireSpenddownInForce } from "./parameters.js";

/**
 * A SPENDDOWN-QUARTERLY-REPORTS reporting quarter: a quarter of the Illinois state fiscal year
 * (July-June, named by the calendar year it ends in: SFY 2025 = July 2024 - June 2025).
 */
export interface SpenddownQuarter {
  /** E.g. `SFY2025-Q1`. */
  readonly id: string;
  readonly fiscalYear: number;
  /** 1 = July-September … 4 = April-June (with the default fiscal year). */
  readonly quarter: number;
  /** The three months, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** E.g. `July, August and September 2024`. */
  readonly label: string;
}

function quarterFrom(fiscalYear: number, quarter: number, startMonth: number): SpenddownQuarter {
  // Fiscal year Y starts in month `startMonth` of Y-1 (of Y when the fiscal year is the calendar year).
  const startYear = startMonth > 1 ? fiscalYear - 1 : fiscalYear;
  const first = startMonth + (quarter - 1) * 3;
  const months = [0, 1, 2].map((i) => monthId(startYear, first + i));
  const firstParts = monthParts(months[0] ?? "");
  const lastParts = monthParts(months[2] ?? "");
  const names = [0, 1, 2].map((i) => MONTH_NAMES[(first - 1 + i) % 12] ?? "");
  const years = firstParts.year === lastParts.year ? `${lastParts.year}` : "";
  const label = years
    ? `${names[0]}, ${names[1]} and ${names[2]} ${years}`
    : `${names[0]} ${firstParts.year}, ${names[1]} and ${names[2]} ${lastParts.year}`;
  return {
    id: `SFY${fiscalYear}-Q${quarter}`,
    fiscalYear,
    quarter,
    months,
    firstDay: isoDate(firstParts.year, firstParts.month, 1),
    lastDay: isoDate(lastParts.year, lastParts.month, daysInMonth(lastParts.year, lastParts.month)),
    label,
  };
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
  const fiscalYear = start > 1 && m >= start ? year + 1 : year;
  const quarter = Math.floor((((m - start) % 12) + 12) % 12 / 3) + 1;
  return quarterFrom(fiscalYear, quarter, start);
}

/**
 * Quarter `quarter` (1-4) of state fiscal year `fiscalYear` (SPENDDOWN-QUARTERLY-REPORTS).
 *
 * @example reportingQuarter(2025, 3).months // ["2025-01", "2025-02", "2025-03"]
 */
export function reportingQuarter(fiscalYear: number, quarter: number): SpenddownQuarter {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2 || fiscalYear > 9999) {
    throw new RuleInputError([{ field: "fiscalYear", value: fiscalYear, reason: "expected a whole state fiscal year, e.g. 2025", ruleId: "SPENDDOWN-QUARTERLY-REPORTS" }]);
  }
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RuleInputError([{ field: "quarter", value: quarter, reason: "expected a quarter number 1-4", ruleId: "SPENDDOWN-QUARTERLY-REPORTS" }]);
  }
  // January 1 of `fiscalYear` lies in that fiscal year whatever month it starts in; the schedule
  // in force then decides where the year starts.
  requireSpenddownInForce(isoDate(fiscalYear, 1, 1), "fiscalYear", fiscalYear);
  const { fiscalYearStartMonth: start } = reportScheduleAt(isoDate(fiscalYear, 1, 1));
  const q = quarterFrom(fiscalYear, quarter, start);
  requireSpenddownInForce(q.firstDay, "quarter", quarter);
  return q;
}
