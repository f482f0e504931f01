import type { RuleBook } from "../rules/model.js";
import type { Detail } from "../core/types.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import type { FineDateBasis, PaymentDueDate, SanctionOptions, SanctionUnstatedRoll } from "./options-schema.js";

// The options' schemas are the boundary's (./options-schema.ts, read by
// src/api/settings/sanctions.ts); FineDateBasisSchema is re-exported for the statistics' options.
export {
  type FineDateBasis,
  FineDateBasisSchema,
  type PaymentDueDate,
  type SanctionOptions,
  type SanctionUnstatedRoll,
} from "./options-schema.js";

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
  /** Open point 14: read only by the notice document (src/sanction-notice). */
  readonly paymentDueDate: PaymentDueDate;
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
}

/** The settings as a SANCTION-* function reads them. */
export interface ReadSanctionSettings {
  readonly asOf: IsoDate | undefined;
  readonly options: ResolvedSanctionOptions;
  readonly onError: OnError;
}
