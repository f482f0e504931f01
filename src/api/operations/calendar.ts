import {
  calendarFromDateHolidays as calendarFromDateHolidaysRun,
  calendarFromDates as calendarFromDatesRun,
  withChanges as withChangesRun,
} from "../calendar-constructors.js";
import { illinoisStateCalendar as illinoisStateCalendarRun } from "../illinois-calendar.js";
import { calendarDiffRun, calendarQuarterOfRun, calendarQuarterRun, dueDateRun } from "./calendar-runs.js";
import { data, settings, value } from "../arguments.js";
import { createCalendarRun } from "../create-calendar.js";
import { declareOperation, entry } from "../operation.js";

// Business calendars and due dates (docs/calendar.md): each public operation declared once (src/api/operation.ts).

export const DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "dueDate",
  area: "calendar",
  summary: "A due date counted from a trigger day, with its explanation.",
  context: "due date",
  arguments: [/* @__PURE__ */ settings("spec")],
  settings: ["calendar"],
  run: dueDateRun,
});

/**
 * A due date counted from a trigger day, with its explanation: `amount` calendar or business
 * days after `start`, then rolled off weekends and holidays when the rule (or an option) says so.
 *
 * @example
 * dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start: "2024-06-04" as IsoDate, amount: 30,
 *           counting: "calendar-days", roll: "forward" }).result // "2024-07-05"
 * A RuleInputError names the field of `spec` that is wrong (`spec.start`, `spec.amount`, …).
 */
export const dueDate = /* @__PURE__ */ entry(DUE_DATE);

export const CALENDAR_DIFF = /* @__PURE__ */ declareOperation({
  name: "calendarDiff",
  area: "calendar",
  summary: "The days between `from` and `to` (both included) that are closed in one calendar and open in the other.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ value("before"), /* @__PURE__ */ value("after"), /* @__PURE__ */ data("range")],
  settings: [],
  run: calendarDiffRun,
});

/**
 * The days between `from` and `to` (both included) that are closed in one calendar and open in
 * the other: `added` (closed in `after` only) and `removed` (closed in `before` only), each
 * with the name and source the closing calendar gives it. A day closed in both (a holiday
 * renamed, or moved from projected to published) is no difference: it moves no deadline.
 * A bad argument, or `to` before `from`, is a RuleInputError naming it.
 *
 * @example
 * const closure = { date: "2024-07-05", name: "Office closure" };
 * const after = createCalendar({ base: illinoisStateCalendar(), add: [closure] });
 * calendarDiff(illinoisStateCalendar(), after, { from: "2024-01-01", to: "2024-12-31" }).added
 * // [{ date: "2024-07-05", weekday: "Friday", name: "Office closure", kind: "holiday", … }]
 */
export const calendarDiff = /* @__PURE__ */ entry(CALENDAR_DIFF);

export const CALENDAR_QUARTER = /* @__PURE__ */ declareOperation({
  name: "calendarQuarter",
  area: "calendar",
  summary: "Period `quarter` of `year` (calendar quarters unless `shape` says otherwise).",
  context: "quarter",
  arguments: [/* @__PURE__ */ value("year"), /* @__PURE__ */ value("quarter"), /* @__PURE__ */ settings("shape")],
  settings: [],
  run: calendarQuarterRun,
});

/**
 * Period `quarter` of `year` (calendar quarters unless `shape` says otherwise).
 *
 * @example calendarQuarter(2024, 2)
 * // { id: "2024-Q2", months: ["2024-04", "2024-05", "2024-06"], firstDay: "2024-04-01", lastDay: "2024-06-30",
 * //   label: "April, May and June 2024", … }
 * @example calendarQuarter(2025, 1, { yearStartMonth: 7, prefix: "SFY" }).firstDay // "2024-07-01"
 */
export const calendarQuarter = /* @__PURE__ */ entry(CALENDAR_QUARTER);

export const CALENDAR_QUARTER_OF = /* @__PURE__ */ declareOperation({
  name: "calendarQuarterOf",
  area: "calendar",
  summary: "The period (calendar quarter unless `shape` says otherwise) a date falls in.",
  context: "quarter",
  arguments: [/* @__PURE__ */ value("date"), /* @__PURE__ */ settings("shape")],
  settings: [],
  run: calendarQuarterOfRun,
});

/**
 * The period (calendar quarter unless `shape` says otherwise) a date falls in.
 *
 * @example calendarQuarterOf("2024-05-15").id // "2024-Q2"
 * @example calendarQuarterOf("2024-08-15", { yearStartMonth: 7, prefix: "SFY" }).id // "SFY2025-Q1"
 */
export const calendarQuarterOf = /* @__PURE__ */ entry(CALENDAR_QUARTER_OF);

export const CREATE_CALENDAR = /* @__PURE__ */ declareOperation({
  name: "createCalendar",
  area: "calendar",
  summary: "A calendar: holidays from a function of a year, a list, a `date-holidays` instance or another calendar.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ value("settings")],
  settings: [],
  run: createCalendarRun,
});

/**
 * A business calendar, its holidays from one of (the key says which):
 * - `holidaysOfYear`: a function giving the non-working days of a year;
 * - `holidays`: a list of dates (`published`, e.g. a contract's own State Holiday list), or a
 *   `date-holidays` instance the caller configured (`projected`, of `types`, default `public`);
 * - `base`: a calendar of this library with days added (`add`) or removed (`remove`), e.g. an
 *   emergency closure; the days it keeps keep their provenance.
 *
 * A bad field is a RuleInputError naming its path (`createCalendar: holidays[0]: …`), never its value.
 *
 * @example createCalendar({ name: "Contract", version: "2024", provenance: "contract", holidays: ["2024-12-24"] })
 * @example createCalendar({ base: illinoisStateCalendar(), add: [{ date: "2024-07-05", name: "Closure" }] })
 */
export const createCalendar = /* @__PURE__ */ entry(CREATE_CALENDAR);

// The constructors of 0.2, private now (src/internal.ts, for the project's own tests): createCalendar
// takes each one's argument, with `base` for the calendar withChanges took first.

export const CALENDAR_FROM_DATE_HOLIDAYS = /* @__PURE__ */ declareOperation({
  name: "calendarFromDateHolidays",
  area: "calendar",
  summary: "A calendar from a `date-holidays` instance the caller configured, with their rules.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ value("args")],
  settings: [],
  run: calendarFromDateHolidaysRun,
});

/** @internal `createCalendar({ …, holidays: dateHolidaysInstance })` in 0.3. */
export const calendarFromDateHolidays = /* @__PURE__ */ entry(CALENDAR_FROM_DATE_HOLIDAYS);

export const CALENDAR_FROM_DATES = /* @__PURE__ */ declareOperation({
  name: "calendarFromDates",
  area: "calendar",
  summary: "A calendar from an explicit list of holiday dates, e.g. a contract's own State Holiday list.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ data("args")],
  settings: [],
  run: calendarFromDatesRun,
});

/** @internal `createCalendar({ …, holidays: dates })` in 0.3. */
export const calendarFromDates = /* @__PURE__ */ entry(CALENDAR_FROM_DATES);

export const WITH_CHANGES = /* @__PURE__ */ declareOperation({
  name: "withChanges",
  area: "calendar",
  summary: "`calendar` with days added or removed, e.g. an emergency closure.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ value("calendar"), /* @__PURE__ */ data("changes")],
  settings: [],
  run: withChangesRun,
});

/** @internal `createCalendar({ base: calendar, add, remove })` in 0.3. */
export const withChanges = /* @__PURE__ */ entry(WITH_CHANGES);

export const ILLINOIS_STATE_CALENDAR = /* @__PURE__ */ declareOperation({
  name: "illinoisStateCalendar",
  area: "calendar",
  summary: "The default calendar, built once per option and shared.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ settings("options")],
  settings: [],
  run: illinoisStateCalendarRun,
});

/**
 * The default calendar, built once per option and shared: it is immutable apart from its
 * per-year cache, so sharing it changes no result (principle 1).
 *
 * @example illinoisStateCalendar().holidayOn(parseIsoDate("2024-07-04"))?.name // "Independence Day"
 */
export const illinoisStateCalendar = /* @__PURE__ */ entry(ILLINOIS_STATE_CALENDAR);
