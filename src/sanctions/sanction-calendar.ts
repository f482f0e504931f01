import { RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { getRule } from "../rules/registry.js";
import { noticeDueDateOf } from "./notice-due-date.js";
import { readSanctionSettings, type SanctionSettings } from "./options.js";
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
 * A year's reporting periods and their notice deadlines, as in the policy's table. In 2020 the
 * calendar starts with April-June (fines were added in May 2020); earlier years are an error.
 *
 * @example
 * sanctionCalendar(2024, { options: { unstatedRoll: "none" } }).periods.map((p) => p.noticeDueDate)
 * // ["2024-04-30", "2024-07-31", "2024-10-31", "2025-01-31"]
 */
export function sanctionCalendar(year: number, settings?: SanctionSettings): SanctionCalendar {
  const { options } = readSanctionSettings(settings, "sanctionCalendar", "SANCTION-NOTICE-DUE");
  if (!Number.isInteger(year)) {
    throw new RuleInputError([
      { field: "year", value: year, reason: "expected a whole year", ruleId: "SANCTION-PERIOD" },
    ]);
  }
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
