import { z } from "zod";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { contractAdjustmentCount } from "./contract-adjustment.js";
import { deductibleBucket } from "./deductible-bucket.js";
import { evaluateMemberMonth } from "./evaluate-member-month.js";
import { DollarsSchema, formatDollars } from "./money.js";
import { firstDayOfMonth, SpenddownMonthSchema } from "./month.js";
import { SpenddownOptionsSchema } from "./options.js";
import { spenddownPaymentDueDate } from "./payment-due.js";
import { performanceReport } from "./performance-report.js";
import { prerequisiteCheck } from "./prerequisites.js";
import { providerQuarter } from "./provider-quarter.js";
import { spenddownReportCalendar } from "./report-calendar.js";
import { quarterlyReportDueDates } from "./report-due-dates.js";
import { reportingQuarter, reportingQuarterOfMonth } from "./reporting-quarter.js";
import { PrerequisitesSchema } from "./schemas.js";
import { evaluateStandards } from "./standards.js";

// Rule-table rows may give the open-point options as `options` and a calendar as `calendar`;
// the rest of the row is the function's input, validated by the function's own schema.
const Extras = z.object({ options: SpenddownOptionsSchema.optional(), calendar: CalendarInputSchema.optional() }).loose();

// A row may also give its facts under `facts`, so that a table can reuse them with a YAML alias.
function split(input: unknown, ruleId: string) {
  const { options, calendar, ...rest } = parseInput(Extras, input, ruleId);
  const facts = "facts" in rest && Object.keys(rest).length === 1 ? rest.facts : rest;
  return { rest: facts as Record<string, unknown>, options: { ...(options ?? {}), calendar: resolveCalendar(calendar) } };
}

function strict<S extends z.ZodRawShape>(shape: S, input: unknown, ruleId: string) {
  const { rest, options } = split(input, ruleId);
  return { row: parseInput(z.object(shape).strict(), rest, ruleId), options };
}

/** Rule-table evaluators of the SPENDDOWN-* rules, by kind. */
export const SPENDDOWN_CASES: Readonly<Record<string, CaseEvaluator>> = {
  dollarsToCents: (input) => {
    const { row } = strict({ amount: DollarsSchema }, input, "SPENDDOWN-THRESHOLD");
    return { cents: row.amount, display: formatDollars(row.amount) };
  },
  evaluateMemberMonth: (input) => {
    const { rest, options } = split(input, "SPENDDOWN-MEASURES");
    return evaluateMemberMonth(rest as never, options);
  },
  deductibleBucket: (input) => {
    const { row } = strict({ spenddownAmount: DollarsSchema, month: SpenddownMonthSchema }, input, "SPENDDOWN-MEASURES");
    return deductibleBucket(row.spenddownAmount, firstDayOfMonth(row.month));
  },
  spenddownPaymentDueDate: (input) => {
    const { row, options } = strict({ month: SpenddownMonthSchema }, input, "SPENDDOWN-PAYMENT-DUE");
    return spenddownPaymentDueDate(row.month, options);
  },
  prerequisiteCheck: (input) => {
    const { row } = strict({ prerequisites: PrerequisitesSchema, leftFacilityOn: IsoDateSchema.nullable(), asOf: IsoDateSchema }, input, "SPENDDOWN-PREREQUISITES");
    return prerequisiteCheck(row.prerequisites, row.leftFacilityOn, row.asOf);
  },
  contractAdjustmentCount: (input) => {
    const { row, options } = strict({ members: z.unknown() }, input, "SPENDDOWN-THRESHOLD");
    // The members stay in dollars: contractAdjustmentCount validates and converts them itself.
    return contractAdjustmentCount(row.members as never, options);
  },
  reportingQuarterOfMonth: (input) => reportingQuarterOfMonth(strict({ month: SpenddownMonthSchema }, input, "SPENDDOWN-QUARTERLY-REPORTS").row.month),
  quarterlyReportDueDates: (input) => {
    const { row, options } = strict({ fiscalYear: z.number().int(), quarter: z.number().int() }, input, "SPENDDOWN-QUARTERLY-REPORTS");
    return quarterlyReportDueDates(reportingQuarter(row.fiscalYear, row.quarter), options);
  },
  spenddownReportCalendar: (input) => {
    const { row, options } = strict({ fiscalYear: z.number().int() }, input, "SPENDDOWN-QUARTERLY-REPORTS");
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
  providerQuarter: (input) => {
    const { rest, options } = split(input, "SPENDDOWN-MEASURES");
    return providerQuarter(rest as never, options);
  },
};
