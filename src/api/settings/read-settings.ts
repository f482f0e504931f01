import { ownFields } from "../../core/plain-object.js";
import { argumentError, dateArgument, settingsArgument } from "../../core/arguments.js";
import { type IsoDate, isIsoDate } from "../../core/iso-date.js";
import { describeValue } from "../../core/describe-value.js";
import type { Detail } from "../../core/types.js";
import { defaultIllinoisCalendar } from "../../calendar/illinois-default.js";
import type { AsOfSettings, ReadSettings, Settings } from "../../calendar/settings.js";
import { calendarArgument } from "../calendar-argument.js";
import { readRulesSetting } from "./rules.js";

/**
 * `settings` checked for `fn`: an object (or absent), `asOf` a valid date when given,
 * `calendar` a calendar when given (default: the Illinois State Holidays), `detail` `lean`
 * (default) or `full`. Each bad argument is a RuleInputError naming it (`settings.asOf`,
 * `settings.calendar`, `settings.detail`), `rules` the caller's rule versions when given
 * (`settings.rules[0].parameters.days`: docs/rule-changes.md), laid over the built-in ones. The
 * options are returned as given, for the area's schema.
 *
 * @example readSettings({ asOf: "2024-07-10" }, "evaluateContactDeadlines").asOf // "2024-07-10"
 */
export function readSettings<O>(given: Settings<O> | undefined, fn: string): ReadSettings<O> {
  if (given === undefined)
    return {
      asOf: undefined,
      calendar: defaultIllinoisCalendar(),
      options: undefined,
      detail: "lean",
      ruleBook: undefined,
    };
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
      ? defaultIllinoisCalendar()
      : calendarArgument(settings.calendar, fn, "settings.calendar");
  const detail = detailSetting(settings.detail, fn);
  return { asOf, calendar, options: settings.options, detail, ruleBook: readRulesSetting(settings.rules, fn) };
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
