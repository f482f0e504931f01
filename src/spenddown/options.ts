import type { RuleBook } from "../rules/model.js";
import type { Detail } from "../core/types.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";
import type { SpenddownChoices as Choices, SpenddownOptions } from "./options-schema.js";

// The options' schemas are the boundary's (./options-schema.ts, read by
// src/api/settings/spenddown.ts): the policy takes them resolved (ResolvedSpenddownOptions).
export type { SpenddownOptions } from "./options-schema.js";

/** The settings of a SPENDDOWN-* function: `{ calendar, options }`. */
export type SpenddownSettings = Settings<SpenddownOptions>;
/** The settings of a SPENDDOWN-* function that says where things stand: `asOf` is required. */
export type SpenddownAsOfSettings = AsOfSettings<SpenddownOptions>;
/** The settings of the batch entry `evaluateProviderQuarter`: also `onError`. */
export type ProviderQuarterSettings = SpenddownAsOfSettings & { readonly onError?: OnError };

/** Options with their defaults filled in, and the calendar of the settings. */
export type ResolvedSpenddownOptions = Choices & {
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
};

/** The defaults of every open-point option (docs/spenddown.md). */
export const SPENDDOWN_DEFAULTS: Readonly<Choices> = frozen({
  unstatedRoll: "none",
  bucketReading: "cumulative",
  standard3Basis: "spenddown",
  standard3Direction: "at-most",
  memberCounting: "any-month",
  standard2Reading: "widest-bucket",
  standard6Evaluation: "each-month",
  contractAdjustmentBasis: "spenddown",
  contractAdjustmentUnit: "member-months",
});

/** The settings as a SPENDDOWN-* function reads them. */
export interface ReadSpenddownSettings {
  readonly asOf: IsoDate | undefined;
  readonly options: ResolvedSpenddownOptions;
  readonly onError: OnError;
}

/** The chosen options as the `options` record of an explanation or result. */
export function optionRecord<K extends keyof Choices>(
  options: ResolvedSpenddownOptions,
  keys: readonly K[],
): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, options[k]]));
}

/**
 * Resolved options as settings again, for a function that calls another public one.
 *
 * @example settingsOf(resolveSpenddownOptions()).options.unstatedRoll // "none"
 */
export function settingsOf(resolved: ResolvedSpenddownOptions): {
  readonly calendar: BusinessCalendar;
  readonly detail: Detail;
  readonly options: Choices;
} {
  // The rule book is not an option: it stays with the resolved options (a caller passes settings.rules).
  const { calendar, detail, ruleBook: _ruleBook, ...options } = resolved;
  return { calendar, detail, options };
}
