import { type CalendarQuarter, calendarQuarter, calendarQuarterOf } from "../calendar/quarter.js";
import type { IsoDate } from "../core/iso-date.js";
import type { RuleVersion } from "../core/types.js";
import type { ParametersOf } from "../rules/rule-id.js";
import { getRule } from "../rules/registry.js";

/** A SANCTION-PERIOD reporting period: a calendar quarter, built by the one quarter helper. */
export type ReportingPeriod = CalendarQuarter;

// The schema of a period as callers name it is the boundary's (./reporting-period-schema.ts).
export type { ReportingPeriodInput } from "./reporting-period-schema.js";

type PeriodVersion = RuleVersion<ParametersOf<"SANCTION-PERIOD">>;

function monthsOf(version: PeriodVersion): number {
  return version.parameters.monthsPerPeriod.value;
}

/** Whether `version` governs `period`: it is in force on some day of the period. */
function governs(version: PeriodVersion, period: ReportingPeriod): boolean {
  const startsBeforeEnd = version.effectiveTo === null || period.firstDay <= version.effectiveTo;
  return startsBeforeEnd && version.effectiveFrom <= period.lastDay;
}

/**
 * The period `pick` builds under the SANCTION-PERIOD version that governs it: the one in force on
 * any day of the period (so April-June 2020 counts, although fines start in May 2020).
 */
function periodInForce(pick: (months: number) => ReportingPeriod | undefined): ReportingPeriod | undefined {
  for (const version of getRule("SANCTION-PERIOD").versions) {
    const period = pick(monthsOf(version));
    if (period !== undefined && governs(version, period)) return period;
  }
  return undefined;
}

/**
 * The reporting period (calendar quarter) a date falls in (SANCTION-PERIOD), or undefined before
 * the rule was in force: `calendarQuarterOf` with the rule's months per period. Policy: a checked
 * date in; the boundary refuses a date before the rule (reportingPeriodOfRun,
 * src/api/operations/sanctions-runs.ts).
 *
 * @example reportingPeriodAt("2020-03-31" as IsoDate) // undefined
 */
export function reportingPeriodAt(date: IsoDate): ReportingPeriod | undefined {
  return periodInForce((months) => calendarQuarterOf(date, { monthsPerPeriod: months }));
}

/**
 * The reporting period (calendar quarter) of a date the sanction rules are in force on
 * (SANCTION-PERIOD): the notices and the statistics call it only for fines in force
 * (`inForce`), so a date before the rule is a programming error, not an input error.
 *
 * @example
 * reportingPeriodOf("2024-05-15" as IsoDate)
 * // { id: "2024-Q2", year: 2024, quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30", label: "April, May and
 * //   June 2024", … }
 */
export function reportingPeriodOf(date: IsoDate): ReportingPeriod {
  const period = reportingPeriodAt(date);
  if (!period) throw new Error("reportingPeriodOf: a date before SANCTION-PERIOD was in force");
  return period;
}

/**
 * The reporting period `quarter` of `year` (SANCTION-PERIOD) under the version that governs it,
 * or why there is none: `periodsPerYear` when the first version tried counts fewer periods in a
 * year than `quarter`, `notInForce` when no version governs it. Policy: a year and quarter
 * already read by `ReportingPeriodInputSchema`; the boundary turns a refusal into its error.
 *
 * @example reportingPeriodOfQuarter(2024, 4) // { period: { id: "2024-Q4", lastDay: "2024-12-31", … } }
 */
export function reportingPeriodOfQuarter(
  year: number,
  quarter: number,
): { readonly period: ReportingPeriod } | { readonly periodsPerYear: number } | { readonly notInForce: true } {
  for (const version of getRule("SANCTION-PERIOD").versions) {
    const months = monthsOf(version);
    const count = Math.floor(12 / months);
    if (quarter > count) return { periodsPerYear: count };
    const period = calendarQuarter(year, quarter, { monthsPerPeriod: months });
    if (governs(version, period)) return { period };
  }
  return { notInForce: true };
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
