import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { noticeDueDateOf } from "./notice-due-date.js";
import type { ResolvedSanctionOptions } from "./options.js";
import { type ReportingPeriod, reportingPeriodsOfYear } from "./reporting-period.js";

/** One reporting period of a year and the date its sanction notices are due. */
export interface SanctionCalendarEntry {
  readonly period: ReportingPeriod;
  readonly noticeDueDate: IsoDate;
  readonly explanation: Explanation;
}

/** A year's sanction calendar (SANCTION-PERIOD, SANCTION-NOTICE-DUE). */
export interface SanctionCalendar {
  readonly year: number;
  readonly periods: readonly SanctionCalendarEntry[];
}

/**
 * A year's reporting periods and their notice deadlines (SANCTION-PERIOD, SANCTION-NOTICE-DUE).
 * In 2020 the calendar starts with April-June; earlier years have no period, which the boundary
 * (src/api/operations/sanctions-runs.ts) refuses. Policy: a whole year and resolved options in.
 *
 * @example sanctionCalendarOf(2024, resolvedOptions).periods.length // 4
 */
export function sanctionCalendarOf(year: number, options: ResolvedSanctionOptions): SanctionCalendar {
  return {
    year,
    periods: reportingPeriodsOfYear(year).map((period) => {
      const explanation = noticeDueDateOf(period, options);
      return { period, noticeDueDate: explanation.result, explanation };
    }),
  };
}
