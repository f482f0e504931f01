import { fixedDueDate } from "../calendar/due-date.js";
import { daysInMonth, isoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { callerBasisAt, parameterOf } from "../rules/registry.js";
import type { ResolvedSanctionOptions } from "./options.js";
import type { ReportingPeriod } from "./reporting-period.js";
import { frozen } from "../core/freeze.js";

const MONTH_NAMES = frozen([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const);

/**
 * The date by which HFS issues the Portal Sanction Payment Notice of a reporting period
 * (SANCTION-NOTICE-DUE): the end of the month following the close of the period, rolled as option
 * `unstatedRoll` (open point 2) says. Policy: a reporting period and resolved options in; the
 * boundary (src/api/operations/sanctions.ts) checks the arguments.
 *
 * @example noticeDueDateOf(reportingPeriodOfQuarter(2024, 2), resolvedOptions).result // "2024-07-31"
 */
export function noticeDueDateOf(period: ReportingPeriod, options: ResolvedSanctionOptions): Explanation {
  const { unstatedRoll, calendar } = options;
  const lookup = { rules: options.ruleBook };
  const after = parameterOf("SANCTION-NOTICE-DUE", period.lastDay, "monthsAfterPeriod", lookup);
  const basis = callerBasisAt("SANCTION-NOTICE-DUE", period.lastDay, lookup);
  const lastMonth = Number(period.lastDay.slice(5, 7));
  const index = lastMonth - 1 + after;
  const year = period.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = isoDate(year, month, daysInMonth(year, month));
  const monthName = MONTH_NAMES[month - 1] ?? "";
  return fixedDueDate({
    ruleId: "SANCTION-NOTICE-DUE",
    start: period.lastDay,
    startLabel: `reporting period ${period.id} (${period.label}) closes`,
    date,
    reason:
      "Portal Sanction Payment Notice no later than the end of the month following the close of the reporting " +
      `period: ${monthName} ${daysInMonth(year, month)}${year !== period.year ? " of the next year" : ""}` +
      (basis === undefined ? "" : ` (SANCTION-NOTICE-DUE, caller's version: ${basis})`),
    roll: unstatedRoll,
    calendar,
    options: { unstatedRoll },
    detail: options.detail,
  });
}
