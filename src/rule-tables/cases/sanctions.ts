import * as z from "zod/mini";
import {
  evaluateSanctionNotices,
  sanctionCalendar,
  sanctionNoticeDueDate,
  sanctionNotices,
} from "../../api/operations/sanctions.js";
import { reportingPeriodOfRun } from "../../api/operations/sanctions-runs.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import { IsoDateSchema } from "../../core/iso-date.js";
import { formatCents } from "../../core/money.js";
import { FinesSchema } from "../../sanctions/fine-schema.js";
import { SanctionNoticesInputSchema } from "../../sanctions/notices-schema.js";

// The rule-table evaluators of the SANCTION-* rules (test/rule-tables/sanction-*.yaml): an
// adapter from a table's row to the checked operations (src/api/operations/sanctions.ts), as a
// caller would call them.

// Rule-table rows give the open-point options as `options`, a calendar as `calendar` and the
// date as `asOf` beside the function's input; the evaluators pass them as settings.
const WithOptions = frozen({
  options: z.optional(z.record(z.string(), z.unknown())),
  calendar: z.optional(CalendarInputSchema),
});
const PeriodInput = z.strictObject({
  year: z.number().check(z.int()),
  quarter: z.number().check(z.int()),
  ...WithOptions,
});
const YearInput = z.strictObject({ year: z.number().check(z.int()), ...WithOptions });
const FinesInput = z.strictObject({ fines: FinesSchema, ...WithOptions });
const AsOfInput = z.strictObject({ ...SanctionNoticesInputSchema.shape, asOf: IsoDateSchema, ...WithOptions });

function settingsOf(input: {
  options?: Record<string, unknown> | undefined;
  calendar?: z.infer<typeof CalendarInputSchema> | undefined;
}) {
  // The options are checked by the function itself, so rows see its errors.
  return { options: (input.options ?? {}) as never, calendar: resolveCalendar(input.calendar) };
}

/** Rule-table evaluators of the SANCTION-* rules (PORTAL-STATISTICS: ./statistics.ts). */
export const SANCTION_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  reportingPeriodOf: (input) =>
    reportingPeriodOfRun(parseInput(z.strictObject({ date: IsoDateSchema }), input, "SANCTION-PERIOD").date),
  sanctionNoticeDueDate: (input) => {
    const row = parseInput(PeriodInput, input, "SANCTION-NOTICE-DUE");
    return sanctionNoticeDueDate({ year: row.year, quarter: row.quarter }, settingsOf(row));
  },
  sanctionCalendar: (input) => {
    const row = parseInput(YearInput, input, "SANCTION-NOTICE-DUE");
    return sanctionCalendar(row.year, settingsOf(row));
  },
  sanctionNotices: (input) => {
    const row = parseInput(FinesInput, input, "SANCTION-NOTICE-ONLY-IF-FINED");
    return sanctionNotices(row.fines, settingsOf(row));
  },
  evaluateSanctionNotices: (input) => {
    const { options, calendar, asOf, ...facts } = parseInput(AsOfInput, input, "SANCTION-NOTICE-DUE");
    return evaluateSanctionNotices(facts, { asOf, ...settingsOf({ options, calendar }) });
  },
  formatCents: (input) =>
    formatCents(parseInput(z.strictObject({ cents: z.number().check(z.int()) }), input, "PORTAL-FINE").cents),
});
