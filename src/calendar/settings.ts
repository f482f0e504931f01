import { ownFields } from "../core/plain-object.js";
import { argumentError, dateArgument, settingsArgument } from "../core/arguments.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import { describeValue } from "../core/describe-value.js";
import type { Detail } from "../core/types.js";
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
 * - `detail`: how much of each explanation a result carries, `lean` (default) or `full` (the
 *   full record: rule ID, source, documents, every option and the text; {@link Detail}).
 *
 * @example evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "forward" } })
 * @example evaluateTicket(ticket, { asOf: "2024-07-10", detail: "full" }).deadlines[0].explanation.text
 */
export interface Settings<Options = Record<string, never>> {
  readonly asOf?: IsoDate | string;
  readonly calendar?: BusinessCalendar;
  readonly detail?: Detail;
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
  readonly detail: Detail;
}

/**
 * `settings` checked for `fn`: an object (or absent), `asOf` a valid date when given,
 * `calendar` a calendar when given (default: the Illinois State Holidays), `detail` `lean`
 * (default) or `full`. Each bad argument is a RuleInputError naming it (`settings.asOf`,
 * `settings.calendar`, `settings.detail`). The options are returned as given, for the area's
 * schema.
 *
 * @example readSettings({ asOf: "2024-07-10" }, "evaluateContactDeadlines").asOf // "2024-07-10"
 */
export function readSettings<O>(given: Settings<O> | undefined, fn: string): ReadSettings<O> {
  if (given === undefined)
    return { asOf: undefined, calendar: illinoisStateCalendar(), options: undefined, detail: "lean" };
  settingsArgument(given, fn);
  const settings = ownFields(given);
  const asOf =
    settings.asOf === undefined
      ? undefined
      : isIsoDate(settings.asOf)
        ? settings.asOf
        : dateArgument(settings.asOf, fn, "settings.asOf");
  const calendar =
    settings.calendar === undefined
      ? illinoisStateCalendar()
      : calendarArgument(settings.calendar, fn, "settings.calendar");
  return { asOf, calendar, options: settings.options, detail: detailSetting(settings.detail, fn) };
}

/**
 * The `detail` setting checked: `lean` (also when absent) or `full`; anything else is a
 * RuleInputError naming `settings.detail`.
 *
 * @example detailSetting("full", "evaluateTicket") // "full"
 */
export function detailSetting(detail: unknown, fn: string): Detail {
  if (detail === undefined || detail === "lean") return "lean";
  if (detail === "full") return "full";
  const got = typeof detail === "string" ? "another text" : describeValue(detail);
  throw argumentError(fn, "settings.detail", `expected "lean" or "full", got ${got}`);
}

/**
 * {@link readSettings} for an evaluator that needs `asOf`: a missing `asOf` is a RuleInputError
 * naming `settings.asOf`.
 *
 * @example readAsOfSettings({ asOf: "2024-07-10" }, "evaluateTicket").asOf // "2024-07-10"
 */
export function readAsOfSettings<O>(
  settings: AsOfSettings<O>,
  fn: string,
): ReadSettings<O> & { readonly asOf: IsoDate } {
  settingsArgument(settings, fn);
  // readSettings checks each setting once; only a missing asOf is left to refuse here (no copy of
  // the settings read: this runs once per evaluation).
  const read = readSettings(settings, fn);
  if (read.asOf === undefined) dateArgument(undefined, fn, "settings.asOf");
  return read as ReadSettings<O> & { readonly asOf: IsoDate };
}
