import { type CalendarQuarter, calendarQuarter } from "../calendar/quarter.js";
import { getRule } from "../rules/registry.js";

/**
 * The calendar quarter `YYYY-Qn` (checked by WebcmQuarterSchema) as a WEBCM-COMPLIANCE-REPORT
 * period: its length in months is the `monthsPerPeriod` of the rule version in force during the
 * period (3); undefined for a quarter before the rule was in force (October 2022), which the
 * boundary names (src/api/operations/webcm-runs.ts).
 *
 * The period is the one quarter helper's {@link calendarQuarter}; this adds the rule's version.
 *
 * @example
 * complianceQuarterOf("2024-Q2") // { id: "2024-Q2", quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30", … }
 */
export function complianceQuarterOf(id: string): CalendarQuarter | undefined {
  const year = Number(id.slice(0, 4));
  const quarter = Number(id.slice(6));
  for (const version of getRule("WEBCM-COMPLIANCE-REPORT").versions) {
    const months = version.parameters.monthsPerPeriod.value;
    if (typeof months !== "number") continue;
    const period = calendarQuarter(year, quarter, { monthsPerPeriod: months });
    if (
      version.effectiveFrom <= period.lastDay &&
      (version.effectiveTo === null || period.firstDay <= version.effectiveTo)
    )
      return period;
  }
  return undefined;
}
