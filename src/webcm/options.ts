import type { RuleBook } from "../rules/model.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Detail } from "../core/types.js";
import type { WebcmOptions, WebcmUnstatedRoll } from "./options-schema.js";

// The WEBCM-* settings as the policy reads them: checked and with their defaults filled in at
// the boundary (src/api/settings/webcm.ts, `readWebcmSettings`).

export {
  type WebcmOptions,
  WebcmOptionsSchema,
  type WebcmUnstatedRoll,
  WebcmUnstatedRollSchema,
} from "./options-schema.js";

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
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
}

/** The settings as a WEBCM-* function reads them. */
export interface ReadWebcmSettings {
  readonly asOf: IsoDate | undefined;
  readonly options: ResolvedWebcmOptions;
  readonly onError: OnError;
}
