import * as z from "zod/mini";
import {
  contractAdjustmentCount,
  evaluateMemberMonth,
  evaluatePrerequisites,
  evaluateProviderQuarter,
  evaluateStandards,
  performanceReport,
  quarterlyReportDueDates,
  spenddownPaymentDueDate,
  spenddownReportCalendar,
} from "../../api/operations/spenddown.js";
import { monthArgument, reportingQuarter, reportingQuarterOfMonth } from "../../api/operations/spenddown-arguments.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import { IsoDateSchema, isoDate } from "../../core/iso-date.js";
import { formatCents } from "../../core/money.js";
import { deductibleBucket } from "../../spenddown/deductible-bucket.js";
import { DollarsSchema } from "../../spenddown/money-schema.js";
import { SpenddownMonthSchema } from "../../spenddown/month-schema.js";
import type { SpenddownSettings } from "../../spenddown/options.js";
import { PrerequisitesSchema } from "../../spenddown/schemas.js";

// The rule-table evaluators of the SPENDDOWN-* rules (test/rule-tables/spenddown-*.yaml): an
// adapter from a table's row to the checked operations (src/api/operations/spenddown.ts), as a
// caller would call them.

// Rule-table rows may give the open-point options as `options`, a calendar as `calendar` and
// the date as `asOf`; the rest of the row is the function's input, validated by the function's
// own schema. The options are checked by the function itself, so rows see its errors.
const Extras = z.looseObject({
  options: z.optional(z.record(z.string(), z.unknown())),
  calendar: z.optional(CalendarInputSchema),
  asOf: z.optional(z.string()),
});

// A row may also give its facts under `facts`, so that a table can reuse them with a YAML alias.
function split(input: unknown, ruleId: string) {
  const { options, calendar, asOf, ...rest } = parseInput(Extras, input, ruleId);
  const given = ("facts" in rest && Object.keys(rest).length === 1 ? rest.facts : rest) as Record<string, unknown>;
  // The date may sit among the facts too (a row reusing facts with a YAML alias).
  const { asOf: factsAsOf, ...facts } = given;
  const settings: SpenddownSettings = { options: (options ?? {}) as never, calendar: resolveCalendar(calendar) };
  return { rest: facts, options: settings, asOf: asOf ?? (typeof factsAsOf === "string" ? factsAsOf : "") };
}

function strict<S extends z.core.$ZodShape>(shape: S, input: unknown, ruleId: string) {
  const { rest, options, asOf } = split(input, ruleId);
  return { row: parseInput(z.strictObject(shape), rest, ruleId), options, asOf };
}

/** Rule-table evaluators of the SPENDDOWN-* rules, by kind. */
export const SPENDDOWN_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  dollarsToCents: (input) => {
    const { row } = strict({ amount: DollarsSchema }, input, "SPENDDOWN-THRESHOLD");
    return { cents: row.amount, display: formatCents(row.amount) };
  },
  evaluateMemberMonth: (input) => {
    const { rest, options, asOf } = split(input, "SPENDDOWN-MEASURES");
    return evaluateMemberMonth(rest as never, { ...options, asOf });
  },
  deductibleBucket: (input) => {
    const { row } = strict(
      { spenddownAmount: DollarsSchema, month: SpenddownMonthSchema },
      input,
      "SPENDDOWN-MEASURES",
    );
    // The month checked as the first day of a member-month is (1900-2199).
    const { year, month } = monthArgument(row.month);
    return deductibleBucket(row.spenddownAmount, isoDate(year, month, 1));
  },
  spenddownPaymentDueDate: (input) => {
    const { row, options } = strict({ month: SpenddownMonthSchema }, input, "SPENDDOWN-PAYMENT-DUE");
    return spenddownPaymentDueDate(row.month, options);
  },
  evaluatePrerequisites: (input) => {
    const { row, asOf } = strict(
      { prerequisites: PrerequisitesSchema, leftFacilityOn: z.nullable(IsoDateSchema) },
      input,
      "SPENDDOWN-PREREQUISITES",
    );
    return evaluatePrerequisites(row, { asOf });
  },
  contractAdjustmentCount: (input) => {
    const { row, options } = strict({ members: z.unknown() }, input, "SPENDDOWN-THRESHOLD");
    // The members stay in dollars: contractAdjustmentCount validates and converts them itself.
    return contractAdjustmentCount(row.members as never, options);
  },
  reportingQuarterOfMonth: (input) =>
    reportingQuarterOfMonth(strict({ month: SpenddownMonthSchema }, input, "SPENDDOWN-QUARTERLY-REPORTS").row.month),
  quarterlyReportDueDates: (input) => {
    const { row, options } = strict(
      { fiscalYear: z.number().check(z.int()), quarter: z.number().check(z.int()) },
      input,
      "SPENDDOWN-QUARTERLY-REPORTS",
    );
    return quarterlyReportDueDates(reportingQuarter(row.fiscalYear, row.quarter), options);
  },
  spenddownReportCalendar: (input) => {
    const { row, options } = strict({ fiscalYear: z.number().check(z.int()) }, input, "SPENDDOWN-QUARTERLY-REPORTS");
    return spenddownReportCalendar(row.fiscalYear, options);
  },
  performanceReport: (input) => {
    const { rest, options } = split(input, "SPENDDOWN-MEASURES");
    return performanceReport(rest as never, options);
  },
  evaluateStandards: (input) => {
    const { rest, options } = split(input, "SPENDDOWN-STANDARDS");
    return evaluateStandards(performanceReport(rest as never, options), options);
  },
  evaluateProviderQuarter: (input) => {
    const { rest, options, asOf } = split(input, "SPENDDOWN-MEASURES");
    return evaluateProviderQuarter(rest as never, { ...options, asOf });
  },
});
