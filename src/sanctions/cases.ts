import { z } from "zod";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { FinesSchema } from "./fine.js";
import { formatCents } from "../core/money.js";
import { sanctionNoticeDueDate } from "./notice-due-date.js";
import { NoticesAsOfInputSchema, noticesDueAsOf } from "./notices-as-of.js";
import { SanctionOptionsSchema } from "./options.js";
import { reportingPeriod, reportingPeriodOf } from "./reporting-period.js";
import { sanctionCalendar } from "./sanction-calendar.js";
import { sanctionNotices } from "./sanction-notices.js";

// Rule-table rows give the open-point options as `options` and a calendar as `calendar`.
const WithOptions = { options: SanctionOptionsSchema.optional(), calendar: CalendarInputSchema.optional() };
const PeriodInput = z.object({ year: z.number().int(), quarter: z.number().int(), ...WithOptions }).strict();
const YearInput = z.object({ year: z.number().int(), ...WithOptions }).strict();
const FinesInput = z.object({ fines: FinesSchema, ...WithOptions }).strict();
const AsOfInput = NoticesAsOfInputSchema.extend(WithOptions).strict();

function optionsOf(input: { options?: z.infer<typeof SanctionOptionsSchema> | undefined; calendar?: z.infer<typeof CalendarInputSchema> | undefined }) {
  return { ...(input.options ?? {}), calendar: resolveCalendar(input.calendar) };
}

/** Rule-table evaluators of the SANCTION-* rules (and PORTAL-STATISTICS, see src/portal-statistics). */
export const SANCTION_CASES: Readonly<Record<string, CaseEvaluator>> = {
  reportingPeriodOf: (input) => reportingPeriodOf(parseInput(z.object({ date: IsoDateSchema }).strict(), input, "SANCTION-PERIOD").date),
  sanctionNoticeDueDate: (input) => {
    const row = parseInput(PeriodInput, input, "SANCTION-NOTICE-DUE");
    return sanctionNoticeDueDate(reportingPeriod(row.year, row.quarter), optionsOf(row));
  },
  sanctionCalendar: (input) => {
    const row = parseInput(YearInput, input, "SANCTION-NOTICE-DUE");
    return sanctionCalendar(row.year, optionsOf(row));
  },
  sanctionNotices: (input) => {
    const row = parseInput(FinesInput, input, "SANCTION-NOTICE-ONLY-IF-FINED");
    return sanctionNotices(row.fines, optionsOf(row));
  },
  noticesDueAsOf: (input) => {
    const { options, calendar, ...facts } = parseInput(AsOfInput, input, "SANCTION-NOTICE-DUE");
    return noticesDueAsOf(facts, optionsOf({ options, calendar }));
  },
  formatCents: (input) => formatCents(parseInput(z.object({ cents: z.number().int() }).strict(), input, "PORTAL-FINE").cents),
};
