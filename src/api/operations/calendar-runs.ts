import { ownFields } from "../../core/plain-object.js";
import {
  argumentError,
  countArgument,
  dateArgument,
  dayNumberArgument,
  listArgument,
  optionalSettingsArgument,
  settingsArgument,
} from "../../core/arguments.js";
import { describeValue } from "../../core/describe-value.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Explanation } from "../../core/types.js";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import { type CalendarDiff, calendarDiffOf } from "../../calendar/calendar-diff.js";
import { type DueDateSpec, dueDate, type FixedDueDateSpec, fixedDueDate } from "../../calendar/due-date.js";
import { type CalendarQuarter, build, type QuarterShape, quarterOfDate } from "../../calendar/quarter.js";
import { calendarArgument } from "../calendar-argument.js";

// The checked runs of the calendar's operations (declared in ./calendar.ts): each checks its
// arguments (a bad one is a RuleInputError naming it, never its value), then calls the policy of
// src/calendar, which computes only.

/** `value` when it is one of `allowed` (or undefined: the default); else a RuleInputError naming `field`. */
function oneOf(fn: string, field: string, value: unknown, allowed: readonly string[]): undefined {
  if (value === undefined || allowed.includes(value as string)) return;
  const got = typeof value === "string" ? "another text" : describeValue(value);
  throw argumentError(fn, field, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${got}`);
}

/** The checks common to both specs: the object, its rule ID, start, roll, calendar and options. */
function checkCommon(fn: string, given: DueDateSpec | FixedDueDateSpec): BusinessCalendar | undefined {
  settingsArgument(given, fn, "spec");
  const spec = ownFields(given);
  if (typeof spec.ruleId !== "string" || (spec.ruleId as string) === "")
    throw argumentError(fn, "spec.ruleId", `expected a rule ID, got ${describeValue(spec.ruleId)}`);
  dayNumberArgument(spec.start, fn, "spec.start");
  oneOf(fn, "spec.roll", spec.roll, ["none", "forward", "backward"]);
  optionalSettingsArgument(spec.options, fn, "spec.options");
  if (spec.applied !== undefined) listArgument(spec.applied, fn, "spec.applied");
  return spec.calendar === undefined ? undefined : calendarArgument(spec.calendar, fn, "spec.calendar");
}

/**
 * @internal The checked run of `dueDate`: a RuleInputError names the field of `spec` that is
 * wrong (`spec.start`, `spec.amount`, …), then the policy counts.
 */
export function dueDateRun(given: DueDateSpec): Explanation {
  checkCommon("dueDate", given);
  const spec = ownFields(given);
  countArgument(spec.amount, "dueDate", "spec.amount");
  oneOf("dueDate", "spec.counting", spec.counting, ["calendar-days", "business-days"]);
  oneOf("dueDate", "spec.businessDayStart", spec.businessDayStart, ["count-from-start", "roll-start-forward"]);
  oneOf("dueDate", "spec.detail", spec.detail, ["lean", "full"]);
  return dueDate(given);
}

/**
 * A fixed due date (e.g. "no later than April 30", "the 20th of the month"), with its
 * explanation, optionally rolled when it is not a business day; a RuleInputError names the field
 * of `spec` that is wrong.
 *
 * @example
 * fixedDueDate({ ruleId: "SANCTION-NOTICE-DUE", start: parseIsoDate("2024-03-31"),
 *   date: parseIsoDate("2024-04-30"), reason: "no later than April 30" }).result // "2024-04-30"
 */
export function fixedDueDateRun(given: FixedDueDateSpec): Explanation {
  checkCommon("fixedDueDate", given);
  const spec = ownFields(given);
  dayNumberArgument(spec.date, "fixedDueDate", "spec.date");
  oneOf("fixedDueDate", "spec.detail", spec.detail, ["lean", "full"]);
  if (typeof spec.reason !== "string")
    throw argumentError("fixedDueDate", "spec.reason", `expected text, got ${describeValue(spec.reason)}`);
  return fixedDueDate(given);
}

/**
 * @internal The checked run of `calendarDiff`: both calendars, the range an object of two dates,
 * `to` not before `from` (each a RuleInputError naming it), then the policy compares.
 */
export function calendarDiffRun(
  before: BusinessCalendar,
  after: BusinessCalendar,
  range: { readonly from: IsoDate | string; readonly to: IsoDate | string },
): CalendarDiff {
  const fn = "calendarDiff";
  calendarArgument(before, fn, "before");
  calendarArgument(after, fn, "after");
  settingsArgument(range, fn, "range");
  const first = dayNumberArgument(range.from, fn, "range.from");
  const last = dayNumberArgument(range.to, fn, "range.to");
  if (last < first) throw argumentError(fn, "range.to", "expected a date on or after range.from");
  return calendarDiffOf(before, after, first, last);
}

/** A caller's shape checked, with its defaults filled in (each bad field a RuleInputError naming it). */
function shapeOf(shape: QuarterShape | undefined, fn: string): Required<QuarterShape> {
  const {
    monthsPerPeriod = 3,
    yearStartMonth = 1,
    prefix = "",
  } = shape === undefined ? {} : settingsArgument(shape, fn, "shape");
  if (!(Number.isInteger(monthsPerPeriod) && monthsPerPeriod >= 1 && 12 % monthsPerPeriod === 0)) {
    throw argumentError(
      fn,
      "shape.monthsPerPeriod",
      `expected 1, 2, 3, 4, 6 or 12, got ${describeValue(monthsPerPeriod)}`,
    );
  }
  if (!(Number.isInteger(yearStartMonth) && yearStartMonth >= 1 && yearStartMonth <= 12))
    throw argumentError(fn, "shape.yearStartMonth", `expected a month 1-12, got ${describeValue(yearStartMonth)}`);
  if (typeof prefix !== "string" || !/^[A-Z]{0,8}$/.test(prefix))
    throw argumentError(fn, "shape.prefix", `expected up to 8 capital letters, got ${describeValue(prefix)}`);
  return { monthsPerPeriod, yearStartMonth, prefix };
}

/** @internal The checked run of `calendarQuarter`: the shape, the year, the period number, then the period. */
export function calendarQuarterRun(year: number, quarter: number, shape?: QuarterShape): CalendarQuarter {
  const s = shapeOf(shape, "calendarQuarter");
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2199))
    throw argumentError("calendarQuarter", "year", `expected a whole year 1900-2199, got ${describeValue(year)}`);
  if (!(Number.isInteger(quarter) && quarter >= 1 && quarter <= 12 / s.monthsPerPeriod)) {
    throw argumentError(
      "calendarQuarter",
      "quarter",
      `expected a period number 1-${12 / s.monthsPerPeriod}, got ${describeValue(quarter)}`,
    );
  }
  return build(year, quarter, s);
}

/** @internal The checked run of `calendarQuarterOf`: the date, the shape, then the period. */
export function calendarQuarterOfRun(date: IsoDate | string, shape?: QuarterShape): CalendarQuarter {
  const day = dateArgument(date, "calendarQuarterOf", "date");
  return quarterOfDate(day, shapeOf(shape, "calendarQuarterOf"));
}
