import type { IsoDate } from "../core/iso-date.js";
import type { Detail } from "../core/types.js";
import type { RuleBook, RuleVersionInput } from "../rules/model.js";
import type { BusinessCalendar } from "./business-calendar.js";

// The one call shape of the library, as types: the boundary reads and checks the settings
// (src/api/settings/read-settings.ts); the policy takes what it read.

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
 * - `rules`: rule versions of the caller's (a proposed revision), applied by effective date as
 *   the built-in ones (docs/rule-changes.md).
 *
 * @example evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "forward" } })
 * @example evaluateTicket(ticket, { asOf: "2024-07-10", detail: "full" }).deadlines[0].explanation.text
 */
export interface Settings<Options = Record<string, never>> {
  readonly asOf?: IsoDate | string;
  readonly calendar?: BusinessCalendar;
  readonly detail?: Detail;
  readonly options?: Options;
  readonly rules?: readonly RuleVersionInput[];
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
  /** The caller's rule versions laid over the built-in ones; undefined: the built-in versions. */
  readonly ruleBook: RuleBook | undefined;
}
