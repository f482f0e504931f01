import { fixedDueDate } from "../calendar/due-date.js";
import { daysInMonth, isoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { parameterOf } from "../rules/registry.js";
import { resolveSanctionOptions, type SanctionOptions } from "./options.js";
import type { ReportingPeriod } from "./reporting-period.js";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * The date by which HFS issues the Portal Sanction Payment Notice of a reporting period
 * (SANCTION-NOTICE-DUE): "no later than the end of the month following the close of the
 * reporting period" - April 30, July 31, October 31 and January 31 of the next year. The party
 * is HFS. Option `noticeDeadlineRoll` (default `none`) may move a weekend or holiday deadline to
 * the preceding business day; the explanation records it.
 *
 * @example
 * sanctionNoticeDueDate(reportingPeriodOf("2024-05-15" as IsoDate)).result // "2024-07-31"
 * sanctionNoticeDueDate(reportingPeriod(2022, 1), { noticeDeadlineRoll: "backward" }).result // "2022-04-29" (Apr 30 is a Saturday)
 */
export function sanctionNoticeDueDate(period: ReportingPeriod, options: SanctionOptions = {}): Explanation {
  const { noticeDeadlineRoll, calendar } = resolveSanctionOptions(options, "SANCTION-NOTICE-DUE");
  const after = parameterOf("SANCTION-NOTICE-DUE", period.lastDay, "monthsAfterPeriod");
  const lastMonth = Number(period.lastDay.slice(5, 7));
  const index = lastMonth - 1 + after;
  const year = period.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = isoDate(year, month, daysInMonth(year, month));
  const monthName = MONTH_NAMES[month - 1] ?? "";
  return fixedDueDate({
    ruleId: "SANCTION-NOTICE-DUE",
    start: period.lastDay,
    startLabel: `reporting period ${period.id} (${period.months}) closes`,
    date,
    reason: `Portal Sanction Payment Notice no later than the end of the month following the close of the reporting period: ${monthName} ${daysInMonth(year, month)}${year !== period.year ? " of the next year" : ""}`,
    roll: noticeDeadlineRoll,
    calendar,
    options: { noticeDeadlineRoll },
  });
}
