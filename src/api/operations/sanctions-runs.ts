import * as z from "zod/mini";
import { argumentError, iterableArgument, kindCode } from "../../core/arguments.js";
import { describeValue } from "../../core/describe-value.js";
import { type OnError, runBatch } from "../../core/batch.js";
import { parseInput, RuleInputError } from "../../core/errors.js";
import { type IsoDate, isIsoDate } from "../../core/iso-date.js";
import type { Explanation, Fine } from "../../core/types.js";
import { getRule } from "../../rules/registry.js";
import type { InvalidFine } from "../../sanctions/fine.js";
import { type FineInput, FineSchema, FinesSchema } from "../../sanctions/fine-schema.js";
import { type FineOfEvaluation, finesOfEvaluations } from "../../sanctions/fines-of.js";
import { noticeDueDateOf } from "../../sanctions/notice-due-date.js";
import { noticesAsOf, type SanctionNoticesAsOf } from "../../sanctions/notices-as-of.js";
import { NoticesAsOfFieldsSchema, type SanctionNoticesInput } from "../../sanctions/notices-schema.js";
import type {
  EvaluateSanctionNoticesSettings,
  SanctionNoticesSettings,
  SanctionSettings,
} from "../../sanctions/options.js";
import {
  type ReportingPeriod,
  reportingPeriodAt,
  reportingPeriodOfQuarter,
  reportingPeriodsOfYear,
} from "../../sanctions/reporting-period.js";
import { type ReportingPeriodInput, ReportingPeriodInputSchema } from "../../sanctions/reporting-period-schema.js";
import { type SanctionCalendar, sanctionCalendarOf } from "../../sanctions/sanction-calendar.js";
import { type SanctionNotices, sanctionNoticesOf } from "../../sanctions/sanction-notices.js";
import { readSanctionSettings } from "../settings/sanctions.js";
import { frozen } from "../../core/freeze.js";

// The checked runs of the SANCTION-* operations (declared in ./sanctions.ts): the arguments are
// checked here, at the boundary, and nowhere in src/sanctions; the policy functions
// (noticeDueDateOf, sanctionCalendarOf, sanctionNoticesOf, noticesAsOf, finesOfEvaluations) take
// parsed data and resolved options.

/**
 * Validates fines given as JSON; a bad field is a RuleInputError naming it.
 *
 * @example
 * parseFines([{ ticketNumber: "T-1", mco: "Acme", dueDate: "2024-03-04", overdueOn: "2024-03-05", issuedOn: null,
 *   amountCents: 500000 }])
 */
export function parseFines(input: unknown, ruleId = "SANCTION-NOTICE-ONLY-IF-FINED"): Fine[] {
  return parseInput(FinesSchema, input, ruleId);
}

const FINE_ITEMS = frozen({ label: "fine", idKey: "ticketNumber", idInMessage: true } as const);

/**
 * @internal Validates fines one by one: under `collect` a bad fine is set apart (with its 0-based
 * index and ticket number when readable) and the others go on; under `throw` the first bad fine
 * is a RuleInputError naming it.
 */
export function parseFinesEach(
  input: unknown,
  onError: OnError,
  ruleId = "SANCTION-NOTICE-ONLY-IF-FINED",
): { fines: Fine[]; invalidFines: InvalidFine[] } {
  const list = parseInput(z.array(z.unknown()), input, ruleId);
  const fines: Fine[] = [];
  const invalidFines: InvalidFine[] = [];
  for (const item of runBatch(list, onError, FINE_ITEMS, (fine) => parseInput(FineSchema, fine, ruleId))) {
    if ("status" in item) invalidFines.push(item);
    else fines.push(item);
  }
  return { fines, invalidFines };
}

/** SANCTION-PERIOD: no period before portal fines and sanctions were in force, naming the caller's field. */
function notInForce(field: string, value: unknown): RuleInputError {
  const first = getRule("SANCTION-PERIOD").versions[0];
  return new RuleInputError([
    {
      field,
      value,
      reason:
        `no reporting period: portal fines and sanctions are in force from ${first?.effectiveFrom ?? "?"} ` +
        `(${first?.basis ?? ""})`,
      code: "out_of_range",
      ruleId: "SANCTION-PERIOD",
    },
  ]);
}

/**
 * The reporting period (calendar quarter) a date falls in (SANCTION-PERIOD), checked: a date that
 * is not a calendar date, or one before the rule was in force, is a RuleInputError naming `date`.
 *
 * @example reportingPeriodOfRun("2024-05-15" as IsoDate).id // "2024-Q2"
 */
export function reportingPeriodOfRun(date: IsoDate): ReportingPeriod {
  if (!isIsoDate(date)) {
    throw new RuleInputError([
      { field: "date", value: date, reason: "expected a calendar date YYYY-MM-DD", ruleId: "SANCTION-PERIOD" },
    ]);
  }
  const period = reportingPeriodAt(date);
  if (!period) throw notInForce("date", date);
  return period;
}

/** The reporting period `quarter` of `year`, checked: one the rule does not have is a RuleInputError. */
function periodOfQuarter(year: number, quarter: number): ReportingPeriod {
  const found = reportingPeriodOfQuarter(year, quarter);
  if ("period" in found) return found.period;
  if ("periodsPerYear" in found) {
    const reason = `expected a reporting period number 1-${found.periodsPerYear}`;
    const code = "invalid_value";
    throw new RuleInputError([{ field: "quarter", value: quarter, reason, code, ruleId: "SANCTION-PERIOD" }]);
  }
  throw notInForce("year", year);
}

export function sanctionNoticeDueDateRun(period: ReportingPeriodInput, settings?: SanctionSettings): Explanation {
  const { options } = readSanctionSettings(settings, "sanctionNoticeDueDate", "SANCTION-NOTICE-DUE");
  const { year, quarter } = parseInput(ReportingPeriodInputSchema, period, "SANCTION-PERIOD");
  return noticeDueDateOf(periodOfQuarter(year, quarter), options);
}

export function sanctionCalendarRun(year: number, settings?: SanctionSettings): SanctionCalendar {
  const { options } = readSanctionSettings(settings, "sanctionCalendar", "SANCTION-NOTICE-DUE");
  if (!Number.isInteger(year)) {
    throw new RuleInputError([
      {
        field: "year",
        value: year,
        reason: "expected a whole year",
        code: kindCode(year, "number"),
        ruleId: "SANCTION-PERIOD",
      },
    ]);
  }
  const calendar = sanctionCalendarOf(year, options);
  if (calendar.periods.length === 0) {
    // SANCTION-PERIOD: a year before portal fines has no sanction calendar.
    const first = getRule("SANCTION-PERIOD").versions[0]?.effectiveFrom ?? "?";
    throw new RuleInputError([
      {
        field: "year",
        value: year,
        reason: `no sanction calendar: portal fines and sanctions are in force from ${first}`,
        code: "out_of_range",
        ruleId: "SANCTION-PERIOD",
      },
    ]);
  }
  return calendar;
}

export function sanctionNoticesRun(input: readonly FineInput[], settings?: SanctionNoticesSettings): SanctionNotices {
  const { options, onError } = readSanctionSettings(settings, "sanctionNotices", "SANCTION-NOTICE-ONLY-IF-FINED", {
    batch: true,
  });
  // Each fine read and checked in turn: a bad one is its own error (onError).
  const { fines, invalidFines } = parseFinesEach(input, onError);
  return sanctionNoticesOf(fines, invalidFines, options);
}

export function evaluateSanctionNoticesRun(
  input: SanctionNoticesInput,
  settings: EvaluateSanctionNoticesSettings,
): SanctionNoticesAsOf {
  const read = readSanctionSettings(settings, "evaluateSanctionNotices", "SANCTION-NOTICE-DUE", {
    batch: true,
    asOf: true,
  });
  const { fines: raw, issued = [] } = parseInput(NoticesAsOfFieldsSchema, input, "SANCTION-NOTICE-DUE");
  const { fines, invalidFines } = parseFinesEach(raw, read.onError, "SANCTION-NOTICE-DUE");
  return noticesAsOf(fines, issued, invalidFines, read.asOf as IsoDate, read.options);
}

export function finesOfRun(evaluations: Iterable<unknown>): Fine[] {
  iterableArgument(evaluations, "finesOf", "evaluations");
  const read: FineOfEvaluation[] = [];
  let index = 0;
  for (const e of evaluations) {
    const field = `evaluations[${index++}]`;
    if (typeof e !== "object" || e === null || !("fine" in e)) {
      // A batch entry that could not be evaluated was reported by its batch: it adds nothing.
      if (typeof e === "object" && e !== null && (e as { status?: unknown }).status === "invalid input") continue;
      throw new RuleInputError([{ field, reason: "is not a ticket evaluation (no `fine` field)" }]);
    }
    const fine = (e as { fine: unknown }).fine;
    if (fine !== null && typeof fine !== "object")
      throw new RuleInputError([{ field: `${field}.fine`, reason: "is neither a fine nor null" }]);
    read.push({ fine: fine as Fine | null });
  }
  return finesOfEvaluations(read);
}

/**
 * The reporting periods of a year (SANCTION-PERIOD), checked: a year that is not a whole year
 * 1900-2199 is a RuleInputError naming `year` (of `calendarQuarter`, which checked it before the
 * calendar computed only).
 *
 * @example reportingPeriodsOfYear(2020).map((p) => p.id) // ["2020-Q2", "2020-Q3", "2020-Q4"]
 */
export function reportingPeriodsOfYearRun(year: number): ReportingPeriod[] {
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2199))
    throw argumentError("calendarQuarter", "year", `expected a whole year 1900-2199, got ${describeValue(year)}`);
  return reportingPeriodsOfYear(year);
}
