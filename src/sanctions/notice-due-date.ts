import { fixedDueDate } from "../calendar/due-date.js";
import { daysInMonth, isoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { parameterOf } from "../rules/registry.js";
import { type ResolvedSanctionOptions, readSanctionSettings, type SanctionSettings } from "./options.js";
import { type ReportingPeriod, reportingPeriod, type ReportingPeriodInput } from "./reporting-period.js";

const MONTH_NAMES = [
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
] as const;

/**
 * The date by which HFS issues the Portal Sanction Payment Notice of a reporting period
 * (SANCTION-NOTICE-DUE): "no later than the end of the month following the close of the
 * reporting period" - April 30, July 31, October 31 and January 31 of the next year. The party
 * is HFS. The period is a year and quarter (a `calendarQuarter` will do); one before the
 * sanction rules were in force is an error. Option `unstatedRoll` (open point 2, default `none`)
 * may move a weekend or holiday deadline to the preceding (`backward`) or next (`forward`)
 * business day; the explanation records it.
 *
 * @example
 * sanctionNoticeDueDate({ year: 2024, quarter: 2 }).result // "2024-07-31"
 * sanctionNoticeDueDate({ year: 2022, quarter: 1 }, { options: { unstatedRoll: "backward" } }).result // "2022-04-29" (Apr 30 is a Saturday)
 */
export function sanctionNoticeDueDate(period: ReportingPeriodInput, settings?: SanctionSettings): Explanation {
  const { options } = readSanctionSettings(settings, "sanctionNoticeDueDate", "SANCTION-NOTICE-DUE");
  return noticeDueDateOf(reportingPeriod(period), options);
}

/** {@link sanctionNoticeDueDate} of a checked period, with resolved options. */
export function noticeDueDateOf(period: ReportingPeriod, options: ResolvedSanctionOptions): Explanation {
  const { unstatedRoll, calendar } = options;
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
    startLabel: `reporting period ${period.id} (${period.label}) closes`,
    date,
    reason: `Portal Sanction Payment Notice no later than the end of the month following the close of the reporting period: ${monthName} ${daysInMonth(year, month)}${year !== period.year ? " of the next year" : ""}`,
    roll: unstatedRoll,
    calendar,
    options: { unstatedRoll },
    detail: options.detail,
  });
}
