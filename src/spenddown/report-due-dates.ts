import { fixedDueDate } from "../calendar/due-date.js";
import { RuleInputError } from "../core/errors.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { MONTH_NAMES } from "./month.js";
import { optionRecord, readSpenddownSettings, type SpenddownSettings } from "./options.js";
import { reportScheduleAt } from "./parameters.js";
import { quarterArgument } from "./report-arguments.js";
import type { SpenddownQuarter } from "./reporting-quarter.js";

/** One quarterly report of SPENDDOWN-QUARTERLY-REPORTS and its due date. */
export interface QuarterlyReportDue {
  readonly report: "financial" | "performance";
  /** E.g. `Financial Report (Exhibit C): quarterly allowable grant expenses`. */
  readonly title: string;
  readonly dueDate: IsoDate;
  readonly explanation: Explanation;
}

/** A reporting quarter and the due dates of its financial and performance reports. */
export interface QuarterlyReportDueDates {
  readonly quarter: SpenddownQuarter;
  readonly reports: readonly QuarterlyReportDue[];
}

const REPORTS = [
  {
    report: "financial",
    title: "Financial Report (Exhibit C): quarterly allowable grant expenses",
    to: "on the DMH reporting template to the DMH program contact",
  },
  {
    report: "performance",
    title: "Performance Report (Exhibit E): quarterly performance measures",
    to: "on the DMH reporting template to the DMH program contact",
  },
] as const;

/** The grant program's date for a quarter: its MM-DD, in the first year after the quarter closes. */
function scheduledDate(quarter: SpenddownQuarter): { date: IsoDate; monthDay: string } {
  const { dueDates } = reportScheduleAt(quarter.firstDay);
  const monthDay = dueDates[quarter.quarter - 1] ?? "";
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match)
    throw new RuleInputError([
      {
        field: "reportDueDates",
        value: monthDay,
        reason: "registry parameter is not MM-DD",
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  const year = Number(quarter.lastDay.slice(0, 4));
  const inYear = isoDate(year, Number(match[1]), Number(match[2]));
  return { date: inYear > quarter.lastDay ? inYear : isoDate(year + 1, Number(match[1]), Number(match[2])), monthDay };
}

/**
 * The due dates of a quarter's Financial Report and Performance Report
 * (SPENDDOWN-QUARTERLY-REPORTS): "no later than November 1, February 1, May 1, and August 1" -
 * for July-September, October-December, January-March and April-June. The party is the
 * Williams provider. Option `unstatedRoll` (open point 2, default `none`) may move a date on a
 * weekend or State Holiday to the next business day; each explanation records it.
 *
 * @example
 * quarterlyReportDueDates(reportingQuarterOfMonth("2024-08")).reports.map((r) => r.dueDate)
 * // ["2024-11-01", "2024-11-01"]
 */
export function quarterlyReportDueDates(
  quarter: SpenddownQuarter,
  settings?: SpenddownSettings,
): QuarterlyReportDueDates {
  return reportDueDatesOf(quarterArgument(quarter, "quarterlyReportDueDates", "quarter"), settings);
}

/** @internal {@link quarterlyReportDueDates} of a quarter the library made. */
export function reportDueDatesOf(quarter: SpenddownQuarter, settings?: SpenddownSettings): QuarterlyReportDueDates {
  const resolved = readSpenddownSettings(settings, "quarterlyReportDueDates", "SPENDDOWN-QUARTERLY-REPORTS").options;
  const { date } = scheduledDate(quarter);
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? "";
  const reports = REPORTS.map((r): QuarterlyReportDue => {
    const explanation = fixedDueDate({
      ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      start: quarter.lastDay,
      startLabel: `reporting quarter ${quarter.id} (${quarter.label}) closes`,
      date,
      reason: `${r.title}, ${r.to}, no later than ${month} ${Number(date.slice(8, 10))}`,
      roll: resolved.unstatedRoll,
      calendar: resolved.calendar,
      options: optionRecord(resolved, ["unstatedRoll"]),
      detail: resolved.detail,
    });
    return { report: r.report, title: r.title, dueDate: explanation.result, explanation };
  });
  return { quarter, reports };
}
