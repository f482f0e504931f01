import * as z from "zod/mini";
import type { Detail } from "../core/types.js";
import { readAreaSettings, UnstatedRollOrBackwardSchema } from "../calendar/area-settings.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

/**
 * Open point 2 for SANCTION-NOTICE-DUE: whether a notice deadline that falls on a weekend or State
 * Holiday moves. The policy gives "no later than" dates and states a roll only for the MCO
 * proposal due date:
 * - `none` (default): Apr 30, Jul 31, Oct 31, Jan 31 as written;
 * - `backward`: moved to the preceding business day, so that a "no later than" date is met on a
 *   working day;
 * - `forward`: moved to the next business day, as CAL-ROLL-FORWARD does for the portal.
 */
export const SanctionUnstatedRollSchema = UnstatedRollOrBackwardSchema;
export type SanctionUnstatedRoll = z.infer<typeof SanctionUnstatedRollSchema>;

/**
 * Open interpretation 6: which date puts a fine in a reporting period.
 * - `issued` (default): the date the fine was issued (HFS Provider Resolution Portal
 *   Requirements: "MCOs that receive fines during a reporting period", "the portal fines issued
 *   to the MCO during the reporting period"); a fine
 *   whose issue date is unknown (`issuedOn: null`) falls back to the day the ticket went overdue,
 *   and its notice line says so (`fineDateBasis: "overdue (issue date unknown)"`);
 * - `overdue`: the day the ticket went overdue (the day after the missed due date).
 */
export const FineDateBasisSchema = frozen(z.enum(["issued", "overdue"]));
export type FineDateBasis = z.infer<typeof FineDateBasisSchema>;

/** The open-point options of the SANCTION-* functions, as JSON (`settings.options`). */
export const SanctionOptionsSchema = frozen(
  z.strictObject({
    unstatedRoll: z.optional(SanctionUnstatedRollSchema),
    fineDateBasis: z.optional(FineDateBasisSchema),
  }),
);

/** The open-point options of the SANCTION-* functions, as callers give them. */
export type SanctionOptions = z.input<typeof SanctionOptionsSchema>;
/** The settings of a SANCTION-* function: `{ calendar, options }`. */
export type SanctionSettings = Settings<SanctionOptions>;
/** The settings of the batch entry `sanctionNotices`: also `onError`. */
export type SanctionNoticesSettings = SanctionSettings & { readonly onError?: OnError };
/** The settings of `evaluateSanctionNotices`: `asOf` is required; `onError` as for the batch. */
export type EvaluateSanctionNoticesSettings = AsOfSettings<SanctionOptions> & { readonly onError?: OnError };

/** Options with their defaults filled in, validated, and the calendar of the settings. */
export interface ResolvedSanctionOptions {
  readonly unstatedRoll: SanctionUnstatedRoll;
  readonly fineDateBasis: FineDateBasis;
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
}

/** The settings as a SANCTION-* function reads them. */
export interface ReadSanctionSettings {
  readonly asOf: IsoDate | undefined;
  readonly options: ResolvedSanctionOptions;
  readonly onError: OnError;
}

// The 0.1 name of open point 2 in this area.
const RENAMED = { noticeDeadlineRoll: "unstatedRoll" } as const;

/**
 * Checks the settings of `fn` (a bad or renamed one is a RuleInputError naming it) and fills in
 * the defaults.
 *
 * @example readSanctionSettings({ options: { unstatedRoll: "backward" } }, "sanctionCalendar", "SANCTION-NOTICE-DUE").options.unstatedRoll // "backward"
 */
export function readSanctionSettings(
  settings: unknown,
  fn: string,
  ruleId: string,
  spec: { readonly batch?: boolean; readonly asOf?: boolean } = {},
): ReadSanctionSettings {
  const read = readAreaSettings(settings, { fn, ruleId, schema: SanctionOptionsSchema, renamed: RENAMED, ...spec });
  const options = {
    unstatedRoll: read.options.unstatedRoll ?? "none",
    fineDateBasis: read.options.fineDateBasis ?? "issued",
    calendar: read.calendar,
    detail: read.detail,
  };
  return { asOf: read.asOf, options, onError: read.onError };
}
