import * as z from "zod/mini";
import { parseInput, RuleInputError } from "../core/errors.js";
import { type CalendarQuarter, calendarQuarter } from "../calendar/quarter.js";
import { getRule } from "../rules/registry.js";
import { frozen } from "../core/freeze.js";

/** A reporting quarter, written `YYYY-Qn` (e.g. `2024-Q2` = April-June 2024). */
export const WebcmQuarterSchema = frozen(
  z.string().check(z.regex(/^\d{4}-Q[1-4]$/, { error: "expected a calendar quarter YYYY-Qn, e.g. 2024-Q2" })),
);

/**
 * The calendar quarter `YYYY-Qn` as a WEBCM-COMPLIANCE-REPORT period: its length in months is
 * the `monthsPerPeriod` of the rule version in force during the period (3). A quarter before the
 * rule was in force (October 2022) is an error naming it.
 *
 * The period is the one quarter helper's {@link calendarQuarter}; this adds the rule's check.
 *
 * @example
 * complianceQuarter("2024-Q2") // { id: "2024-Q2", year: 2024, quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30", … }
 */
export function complianceQuarter(quarterId: string): CalendarQuarter {
  const id = parseInput(WebcmQuarterSchema, quarterId, "WEBCM-COMPLIANCE-REPORT");
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
  throw new RuleInputError([
    {
      field: "quarter",
      value: id,
      reason: "WEBCM-COMPLIANCE-REPORT was not in force in that quarter (from October 2022)",
      ruleId: "WEBCM-COMPLIANCE-REPORT",
    },
  ]);
}
