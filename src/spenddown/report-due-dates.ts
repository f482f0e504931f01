import type { RuleBook } from "../rules/model.js";
import { callerBasisAt } from "../rules/registry.js";
import { fixedDueDate } from "../calendar/due-date.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { MONTH_NAMES } from "./month.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { reportScheduleAt } from "./parameters.js";
import { type QuarterlyReportKind, QUARTERLY_REPORT_TITLES } from "./report-titles.js";
import type { SpenddownQuarter } from "./reporting-quarter.js";
import { frozen } from "../core/freeze.js";

/** One quarterly report of SPENDDOWN-QUARTERLY-REPORTS and its due date. */
export interface QuarterlyReportDue {
  readonly report: QuarterlyReportKind;
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

const REPORTS = frozen([
  {
    report: "financial",
    title: QUARTERLY_REPORT_TITLES.financial,
    to: "on the DMH reporting template to the DMH program contact",
  },
  {
    report: "performance",
    title: QUARTERLY_REPORT_TITLES.performance,
    to: "on the DMH reporting template to the DMH program contact",
  },
] as const);

/** The grant program's date for a quarter: its MM-DD, in the first year after the quarter closes. */
function scheduledDate(quarter: SpenddownQuarter, rules: RuleBook | undefined): { date: IsoDate; monthDay: string } {
  const { dueDates } = reportScheduleAt(quarter.firstDay, rules);
  const monthDay = dueDates[quarter.quarter - 1] ?? "";
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  // The registry's own data (src/spenddown/rules.ts), not a caller's input: a bad one is a bug.
  if (!match) throw new Error("SPENDDOWN-QUARTERLY-REPORTS: registry parameter reportDueDates is not MM-DD");
  const year = Number(quarter.lastDay.slice(0, 4));
  const inYear = isoDate(year, Number(match[1]), Number(match[2]));
  return { date: inYear > quarter.lastDay ? inYear : isoDate(year + 1, Number(match[1]), Number(match[2])), monthDay };
}

/**
 * The due dates of a quarter's Financial Report and Performance Report
 * (SPENDDOWN-QUARTERLY-REPORTS), rolled as option `unstatedRoll` (open point 2) says. Policy: a
 * quarter the library made and resolved options in; the boundary (src/api/operations/spenddown.ts)
 * checks the arguments.
 *
 * @example reportDueDatesOf(reportingQuarter(2025, 1), resolved).reports[0]?.dueDate // "2024-11-01"
 */
export function reportDueDatesOf(
  quarter: SpenddownQuarter,
  resolved: ResolvedSpenddownOptions,
): QuarterlyReportDueDates {
  const { date } = scheduledDate(quarter, resolved.ruleBook);
  const basis = callerBasisAt("SPENDDOWN-QUARTERLY-REPORTS", quarter.firstDay, { rules: resolved.ruleBook });
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? "";
  const reports = REPORTS.map((r): QuarterlyReportDue => {
    const explanation = fixedDueDate({
      ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      start: quarter.lastDay,
      startLabel: `reporting quarter ${quarter.id} (${quarter.label}) closes`,
      date,
      reason:
        `${r.title}, ${r.to}, no later than ${month} ${Number(date.slice(8, 10))}` +
        (basis === undefined ? "" : ` (SPENDDOWN-QUARTERLY-REPORTS, caller's version: ${basis})`),
      roll: resolved.unstatedRoll,
      calendar: resolved.calendar,
      options: optionRecord(resolved, ["unstatedRoll"]),
      detail: resolved.detail,
    });
    return { report: r.report, title: r.title, dueDate: explanation.result, explanation };
  });
  return { quarter, reports };
}
