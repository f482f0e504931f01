import { readAreaSettings, wrapOptions } from "../area-settings.js";
import { type SpenddownOptions, SpenddownOptionsSchema } from "../../spenddown/options-schema.js";
import {
  type ReadSpenddownSettings,
  type ResolvedSpenddownOptions,
  SPENDDOWN_DEFAULTS,
} from "../../spenddown/options.js";
import { frozen } from "../../core/freeze.js";

// The settings of the SPENDDOWN-* functions, read and checked once at the boundary (principle 3):
// the policy in src/spenddown takes the options resolved (ResolvedSpenddownOptions).

// The 0.1 names of open point 2 in this area (one option now for both dates).
const RENAMED = frozen({ paymentDueRoll: "unstatedRoll", reportDueRoll: "unstatedRoll" } as const);
const WRAPPED = wrapOptions(SpenddownOptionsSchema);

/**
 * Checks the settings of `fn` (a bad or renamed one is a RuleInputError naming it) and fills in
 * the defaults.
 *
 * @example
 * readSpenddownSettings({ options: { unstatedRoll: "forward" } }, "spenddownPaymentDueDate",
 *   "SPENDDOWN-PAYMENT-DUE").options.bucketReading
 * // "cumulative"
 */
export function readSpenddownSettings(
  settings: unknown,
  fn: string,
  ruleId: string,
  spec: { readonly batch?: boolean; readonly asOf?: boolean } = {},
): ReadSpenddownSettings {
  const read = readAreaSettings(settings, {
    fn,
    ruleId,
    schema: SpenddownOptionsSchema,
    wrapped: WRAPPED,
    renamed: RENAMED,
    ...spec,
  });
  const chosen = Object.fromEntries(Object.entries(read.options).filter(([, v]) => v !== undefined));
  return {
    asOf: read.asOf,
    options: {
      ...SPENDDOWN_DEFAULTS,
      ...chosen,
      calendar: read.calendar,
      detail: read.detail,
      ruleBook: read.ruleBook,
    },
    onError: read.onError,
  };
}

/**
 * Options with their defaults filled in, from the options alone (default calendar).
 *
 * @example resolveSpenddownOptions({ unstatedRoll: "forward" }).bucketReading // "cumulative"
 */
export function resolveSpenddownOptions(
  options: SpenddownOptions = {},
  ruleId = "SPENDDOWN-MEASURES",
): ResolvedSpenddownOptions {
  return readSpenddownSettings({ options }, "resolveSpenddownOptions", ruleId).options;
}
