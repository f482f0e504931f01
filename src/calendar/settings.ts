import { dateArgument, settingsArgument } from "../core/arguments.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { calendarArgument } from "./calendar-argument.js";
import { illinoisStateCalendar } from "./illinois.js";

/**
 * The second argument of every evaluator, the one call shape of the library:
 * `fn(input, { asOf, calendar, options })`. Nothing positional after the input; `asOf` is never
 * inside the input.
 *
 * - `asOf`: "today", the date the answer is as of (`YYYY-MM-DD`); facts dated later count for
 *   nothing (open point 11). Required by the evaluators that say where things stand.
 * - `calendar`: the business calendar (default: the Illinois State Holidays).
 * - `options`: the open-point options of the area, validated by the area's schema.
 *
 * @example evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "forward" } })
 */
export interface Settings<Options = Record<string, never>> {
  readonly asOf?: IsoDate | string;
  readonly calendar?: BusinessCalendar;
  readonly options?: Options;
}

/** {@link Settings} of an evaluator that says where things stand: `asOf` is required. */
export interface AsOfSettings<Options = Record<string, never>> extends Settings<Options> {
  readonly asOf: IsoDate | string;
}

/** Settings as an evaluator reads them: checked, with the default calendar filled in. */
export interface ReadSettings<Options> {
  readonly asOf: IsoDate | undefined;
  readonly calendar: BusinessCalendar;
  readonly options: Options | undefined;
}

/**
 * `settings` checked for `fn`: an object (or absent), `asOf` a valid date when given,
 * `calendar` a calendar when given (default: the Illinois State Holidays). Each bad argument is a
 * RuleInputError naming it (`settings.asOf`, `settings.calendar`). The options are returned as
 * given, for the area's schema.
 *
 * @example readSettings({ asOf: "2024-07-10" }, "evaluateContactDeadlines").asOf // "2024-07-10"
 */
export function readSettings<O>(settings: Settings<O> | undefined, fn: string): ReadSettings<O> {
  if (settings === undefined) return { asOf: undefined, calendar: illinoisStateCalendar(), options: undefined };
  settingsArgument(settings, fn);
  const asOf = settings.asOf === undefined ? undefined : isIsoDate(settings.asOf) ? settings.asOf : dateArgument(settings.asOf, fn, "settings.asOf");
  const calendar = settings.calendar === undefined ? illinoisStateCalendar() : calendarArgument(settings.calendar, fn, "settings.calendar");
  return { asOf, calendar, options: settings.options };
}

/**
 * {@link readSettings} for an evaluator that needs `asOf`: a missing `asOf` is a RuleInputError
 * naming `settings.asOf`.
 *
 * @example readAsOfSettings({ asOf: "2024-07-10" }, "evaluateTicket").asOf // "2024-07-10"
 */
export function readAsOfSettings<O>(settings: AsOfSettings<O>, fn: string): ReadSettings<O> & { readonly asOf: IsoDate } {
  settingsArgument(settings, fn);
  const asOf = isIsoDate(settings.asOf) ? settings.asOf : dateArgument(settings.asOf, fn, "settings.asOf");
  const read = readSettings(settings, fn);
  return { ...read, asOf };
}
