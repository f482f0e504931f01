import * as z from "zod/mini";
import type { Detail } from "../core/types.js";
import { type AreaSettingsSpec, readAreaSettings, UnstatedRollSchema } from "../calendar/area-settings.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

/**
 * Open interpretation 2 (docs/interpretations.md) for WEBCM-INITIAL-DUE and WEBCM-CHANGE-DUE: is a 15-day
 * deadline on a weekend or State Holiday moved? The HSP contact policy states no roll.
 * - `none` (default): the 15th calendar day, as the text says;
 * - `forward`: rolled forward to the next business day (as CAL-ROLL-FORWARD does for the portal).
 */
export const WebcmUnstatedRollSchema = UnstatedRollSchema;
export type WebcmUnstatedRoll = z.infer<typeof WebcmUnstatedRollSchema>;

/** The open-point options of the WEBCM-* functions, as JSON (`settings.options`). */
export const WebcmOptionsSchema = frozen(z.strictObject({ unstatedRoll: z.optional(WebcmUnstatedRollSchema) }));

/** The open-point options of the WEBCM-* functions, as callers give them. */
export type WebcmOptions = z.input<typeof WebcmOptionsSchema>;

/** The settings of a WEBCM-* function: `{ calendar, options }`. */
export type WebcmSettings = Settings<WebcmOptions>;
/** The settings of a WEBCM-* function that says where things stand: `asOf` is required. */
export type WebcmAsOfSettings = AsOfSettings<WebcmOptions>;
/** The settings of the batch entry (`webcmComplianceReport`): also `onError`. */
export type WebcmReportSettings = WebcmAsOfSettings & { readonly onError?: OnError };

/** Options with their defaults filled in, and the calendar of the settings. */
export interface ResolvedWebcmOptions {
  readonly unstatedRoll: WebcmUnstatedRoll;
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
}

/** The settings as a WEBCM-* function reads them. */
export interface ReadWebcmSettings {
  readonly asOf: IsoDate | undefined;
  readonly options: ResolvedWebcmOptions;
  readonly onError: OnError;
}

// The 0.1 name of open point 2 in this area.
const RENAMED = { deadlineRoll: "unstatedRoll" } as const;

/**
 * Checks the settings of `fn` (a bad or renamed one is a RuleInputError naming it) and fills in
 * the defaults.
 *
 * @example readWebcmSettings({ options: { unstatedRoll: "forward" } }, "lastTransferDateMeetingDeadline").options.unstatedRoll // "forward"
 */
export function readWebcmSettings(
  settings: unknown,
  fn: string,
  spec: Partial<AreaSettingsSpec<typeof WebcmOptionsSchema>> = {},
): ReadWebcmSettings {
  const read = readAreaSettings(settings, {
    fn,
    ruleId: "WEBCM-INITIAL-DUE",
    schema: WebcmOptionsSchema,
    renamed: RENAMED,
    ...spec,
  });
  return {
    asOf: read.asOf,
    options: { unstatedRoll: read.options.unstatedRoll ?? "none", calendar: read.calendar, detail: read.detail },
    onError: read.onError,
  };
}
