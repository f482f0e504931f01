import * as z from "zod/mini";
import { parseInput } from "../../core/errors.js";
import { IsoDateSchema } from "../../core/iso-date.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { dueDateRun as dueDate } from "../../api/operations/calendar-runs.js";
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  rollBackward,
  rollForward,
} from "../../api/operations/dates-runs.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import type { RuleId } from "../../rules/rule-id.js";
import { frozen } from "../../core/freeze.js";

// The rule-table evaluators of the CAL-* rules (test/rule-tables/cal-*.yaml): an adapter from a
// table's row to the checked date functions (src/api/operations/dates-runs.ts, calendar-runs.ts),
// as a caller would call them. A row gives a calendar as `calendar` (omitted: the Illinois State
// Holidays).

const WithCalendar = frozen({ calendar: z.optional(CalendarInputSchema) });
const DateInput = z.strictObject({ date: IsoDateSchema, ...WithCalendar });
const ShiftInput = z.strictObject({ date: IsoDateSchema, n: z.number().check(z.int()), ...WithCalendar });
const RangeInput = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema, ...WithCalendar });
const YearInput = z.strictObject({ year: z.number().check(z.int(), z.gte(2017), z.lte(2100)), ...WithCalendar });
const DueDateInput = z.strictObject({
  rule: z.string(),
  start: IsoDateSchema,
  amount: z.number().check(z.int()),
  counting: z.enum(["calendar-days", "business-days"]),
  roll: z.optional(z.enum(["none", "forward", "backward"])),
  businessDayStart: z.optional(z.enum(["count-from-start", "roll-start-forward"])),
  ...WithCalendar,
});

/** Rule-table evaluators for the CAL-* rules. */
export const CALENDAR_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  isIsoDate: (input) => parseInput(z.object({ value: IsoDateSchema }), input, "CAL-BUSINESS-DAY").value,
  isBusinessDay: (input) => {
    const { date, calendar } = parseInput(DateInput, input);
    return isBusinessDay(date, resolveCalendar(calendar));
  },
  holidayOn: (input) => {
    const { date, calendar } = parseInput(DateInput, input);
    return resolveCalendar(calendar).holidayOn(date)?.name ?? null;
  },
  holidays: (input) => {
    const { year, calendar } = parseInput(YearInput, input);
    return resolveCalendar(calendar).holidays(year);
  },
  addCalendarDays: (input) => {
    const { date, n } = parseInput(ShiftInput, input);
    return addCalendarDays(date, n);
  },
  addBusinessDays: (input) => {
    const { date, n, calendar } = parseInput(ShiftInput, input);
    return addBusinessDays(date, n, resolveCalendar(calendar));
  },
  rollForward: (input) => {
    const { date, calendar } = parseInput(DateInput, input);
    return rollForward(date, resolveCalendar(calendar));
  },
  rollBackward: (input) => {
    const { date, calendar } = parseInput(DateInput, input);
    return rollBackward(date, resolveCalendar(calendar));
  },
  nextBusinessDay: (input) => {
    const { date, calendar } = parseInput(DateInput, input);
    return nextBusinessDay(date, resolveCalendar(calendar));
  },
  businessDaysBetween: (input) => {
    const { from, to, calendar } = parseInput(RangeInput, input);
    return businessDaysBetween(from, to, resolveCalendar(calendar));
  },
  dueDate: (input) => {
    const spec = parseInput(DueDateInput, input);
    return dueDate({
      // A rule table names the rule as text; dueDate checks it against the registry at run time.
      ruleId: spec.rule as RuleId,
      start: spec.start,
      amount: spec.amount,
      counting: spec.counting,
      calendar: resolveCalendar(spec.calendar),
      ...(spec.roll ? { roll: spec.roll } : {}),
      ...(spec.businessDayStart ? { businessDayStart: spec.businessDayStart } : {}),
    });
  },
});
