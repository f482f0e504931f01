import { RuleInputError } from "../core/errors.js";
import { calendarQuarter } from "../calendar/quarter.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import type { RuleVersion } from "../core/types.js";
import type { ParametersOf } from "../rules/rule-id.js";
import { getRule } from "../rules/registry.js";

/** A SANCTION-PERIOD reporting period: a calendar quarter. */
export interface ReportingPeriod {
  /** E.g. `2024-Q1`. */
  readonly id: string;
  readonly year: number;
  /** 1 = January-March … 4 = October-December. */
  readonly quarter: number;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** The months in the policy's words, e.g. `January, February and March`. */
  readonly months: string;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

function monthList(first: number, count: number): string {
  const names = Array.from({ length: count }, (_, i) => MONTH_NAMES[first - 1 + i] ?? "");
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

function periodFrom(year: number, quarter: number, monthsPerPeriod: number): ReportingPeriod {
  const { id, firstDay, lastDay, firstMonth } = calendarQuarter(year, quarter, monthsPerPeriod);
  return { id, year, quarter, firstDay, lastDay, months: monthList(firstMonth, monthsPerPeriod) };
}

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
    { field, value, reason: `no reporting period: portal fines and sanctions are in force from ${first?.effectiveFrom ?? "?"} (${first?.basis ?? ""})`, ruleId: "SANCTION-PERIOD" },
  ]);
}

/**
 * The reporting period (calendar quarter) a date falls in (SANCTION-PERIOD).
 *
 * @example
 * reportingPeriodOf("2024-05-15" as IsoDate)
 * // { id: "2024-Q2", year: 2024, quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30", months: "April, May and June" }
 */
export function reportingPeriodOf(date: IsoDate): ReportingPeriod {
  if (!isIsoDate(date)) {
    throw new RuleInputError([{ field: "date", value: date, reason: "expected a calendar date YYYY-MM-DD", ruleId: "SANCTION-PERIOD" }]);
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const period = periodInForce((months) => periodFrom(year, Math.floor((month - 1) / months) + 1, months));
  if (!period) throw notInForce("date", date);
  return period;
}

/**
 * The reporting period `quarter` (1-4) of `year` (SANCTION-PERIOD).
 *
 * @example reportingPeriod(2024, 4).lastDay // "2024-12-31"
 */
export function reportingPeriod(year: number, quarter: number): ReportingPeriod {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RuleInputError([{ field: "year", value: year, reason: "expected a whole year", ruleId: "SANCTION-PERIOD" }]);
  }
  const period = periodInForce((months) => {
    const count = Math.floor(12 / months);
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > count) {
      throw new RuleInputError([{ field: "quarter", value: quarter, reason: `expected a reporting period number 1-${count}`, ruleId: "SANCTION-PERIOD" }]);
    }
    return periodFrom(year, quarter, months);
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
    const period = periodInForce((months) => (quarter * months <= 12 ? periodFrom(year, quarter, months) : undefined));
    if (period) periods.push(period);
  }
  return periods;
}
