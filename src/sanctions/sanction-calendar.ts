import { RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { getRule } from "../rules/registry.js";
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
 * In 2020 the calendar starts with April-June; earlier years are an error. Policy: a whole year
 * and resolved options in; the boundary (src/api/operations/sanctions.ts) checks the arguments.
 *
 * @example sanctionCalendarOf(2024, resolvedOptions).periods.length // 4
 */
export function sanctionCalendarOf(year: number, options: ResolvedSanctionOptions): SanctionCalendar {
  const periods = reportingPeriodsOfYear(year);
  if (periods.length === 0) {
    const first = getRule("SANCTION-PERIOD").versions[0]?.effectiveFrom ?? "?";
    throw new RuleInputError([
      {
        field: "year",
        value: year,
        reason: `no sanction calendar: portal fines and sanctions are in force from ${first}`,
        ruleId: "SANCTION-PERIOD",
      },
    ]);
  }
  return {
    year,
    periods: periods.map((period) => {
      const explanation = noticeDueDateOf(period, options);
      return { period, noticeDueDate: explanation.result, explanation };
    }),
  };
}
