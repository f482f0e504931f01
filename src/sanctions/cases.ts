import * as z from "zod/mini";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { FinesSchema } from "./fine.js";
import { formatCents } from "../core/money.js";
// The rule tables run the operations as a caller does: through the boundary (src/api).
import {
  evaluateSanctionNotices,
  sanctionCalendar,
  sanctionNoticeDueDate,
  sanctionNotices,
} from "../api/operations/sanctions.js";
import { SanctionNoticesInputSchema } from "./notices-as-of.js";
import { reportingPeriodOf } from "./reporting-period.js";
import { frozen } from "../core/freeze.js";

// Rule-table rows give the open-point options as `options`, a calendar as `calendar` and the
// date as `asOf` beside the function's input; the evaluators pass them as settings.
const WithOptions = {
  options: z.optional(z.record(z.string(), z.unknown())),
  calendar: z.optional(CalendarInputSchema),
};
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

/** Rule-table evaluators of the SANCTION-* rules (and PORTAL-STATISTICS, see src/portal-statistics). */
export const SANCTION_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  reportingPeriodOf: (input) =>
    reportingPeriodOf(parseInput(z.strictObject({ date: IsoDateSchema }), input, "SANCTION-PERIOD").date),
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
