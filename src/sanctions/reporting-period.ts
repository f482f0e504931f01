import * as z from "zod/mini";
import { type CalendarQuarter, calendarQuarter, calendarQuarterOf } from "../calendar/quarter.js";
import { RuleInputError } from "../core/errors.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import type { RuleVersion } from "../core/types.js";
import type { ParametersOf } from "../rules/rule-id.js";
import { getRule } from "../rules/registry.js";
import { frozen } from "../core/freeze.js";

/** A SANCTION-PERIOD reporting period: a calendar quarter, built by the one quarter helper. */
export type ReportingPeriod = CalendarQuarter;

/** A reporting period as callers name it: year and quarter (a {@link CalendarQuarter} will do). */
export const ReportingPeriodInputSchema = frozen(
  z.object({
    year: z.number().check(z.int(), z.gte(1900), z.lte(2199)),
    quarter: z.number().check(z.int(), z.gte(1), z.lte(12)),
  }),
);
export type ReportingPeriodInput = z.input<typeof ReportingPeriodInputSchema>;

function monthsOf(version: RuleVersion<ParametersOf<"SANCTION-PERIOD">>): number {
  return version.parameters.monthsPerPeriod.value;
}

/**
 * The period `pick` builds under the SANCTION-PERIOD version that governs it: the one in force on
 * any day of the period (so April-June 2020 counts, although fines start in May 2020).
 */
function periodInForce(pick: (months: number) => ReportingPeriod | undefined): ReportingPeriod | undefined {
  for (const version of getRule("SANCTION-PERIOD").versions) {
    const period = pick(monthsOf(version));
    if (period === undefined) continue;
    const startsBeforeEnd = version.effectiveTo === null || period.firstDay <= version.effectiveTo;
    if (startsBeforeEnd && version.effectiveFrom <= period.lastDay) return period;
  }
  return undefined;
}

function notInForce(field: string, value: unknown): RuleInputError {
  const first = getRule("SANCTION-PERIOD").versions[0];
  return new RuleInputError([
    {
      field,
      value,
      reason: `no reporting period: portal fines and sanctions are in force from ${first?.effectiveFrom ?? "?"} (${first?.basis ?? ""})`,
      ruleId: "SANCTION-PERIOD",
    },
  ]);
}

/**
 * The reporting period (calendar quarter) a date falls in (SANCTION-PERIOD): `calendarQuarterOf`
 * with the rule's months per period, refused before the rule was in force.
 *
 * @example
 * reportingPeriodOf("2024-05-15" as IsoDate)
 * // { id: "2024-Q2", year: 2024, quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30", label: "April, May and June 2024", … }
 */
export function reportingPeriodOf(date: IsoDate): ReportingPeriod {
  if (!isIsoDate(date)) {
    throw new RuleInputError([
      { field: "date", value: date, reason: "expected a calendar date YYYY-MM-DD", ruleId: "SANCTION-PERIOD" },
    ]);
  }
  const period = periodInForce((months) => calendarQuarterOf(date, { monthsPerPeriod: months }));
  if (!period) throw notInForce("date", date);
  return period;
}

/**
 * The reporting period `quarter` (1-4) of `year` (SANCTION-PERIOD): `calendarQuarter` with the
 * rule's months per period, refused before the rule was in force. Policy: a year and quarter
 * already read by `ReportingPeriodInputSchema` (the boundary checks the arguments).
 *
 * @example reportingPeriodOfQuarter(2024, 4).lastDay // "2024-12-31"
 */
export function reportingPeriodOfQuarter(year: number, quarter: number): ReportingPeriod {
  const period = periodInForce((months) => {
    const count = Math.floor(12 / months);
    if (quarter > count) {
      throw new RuleInputError([
        {
          field: "quarter",
          value: quarter,
          reason: `expected a reporting period number 1-${count}`,
          ruleId: "SANCTION-PERIOD",
        },
      ]);
    }
    return calendarQuarter(year, quarter, { monthsPerPeriod: months });
  });
  if (!period) throw notInForce("year", year);
  return period;
}

/**
 * The reporting periods of `year` in which the sanction rules are in force, in order (all four
 * from 2021; April-June to October-December in 2020; none before).
 *
 * @example reportingPeriodsOfYear(2020).map((p) => p.id) // ["2020-Q2", "2020-Q3", "2020-Q4"]
 */
export function reportingPeriodsOfYear(year: number): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let quarter = 1; quarter <= 12; quarter++) {
    const period = periodInForce((months) =>
      quarter * months <= 12 ? calendarQuarter(year, quarter, { monthsPerPeriod: months }) : undefined,
    );
    if (period) periods.push(period);
  }
  return periods;
}
