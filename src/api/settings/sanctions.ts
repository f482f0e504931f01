import { readAreaSettings, wrapOptions } from "../area-settings.js";
import { DEFAULT_PAYMENT_DUE_DATE, SanctionOptionsSchema } from "../../sanctions/options-schema.js";
import type { ReadSanctionSettings } from "../../sanctions/options.js";
import { frozen } from "../../core/freeze.js";

// The settings of the SANCTION-* functions, read and checked once at the boundary (principle 3):
// the policy in src/sanctions takes the options resolved (ResolvedSanctionOptions).

// The 0.1 name of open point 2 in this area.
const RENAMED = frozen({ noticeDeadlineRoll: "unstatedRoll" } as const);
const WRAPPED = wrapOptions(SanctionOptionsSchema);

/**
 * Checks the settings of `fn` (a bad or renamed one is a RuleInputError naming it) and fills in
 * the defaults.
 *
 * @example
 * readSanctionSettings({ options: { unstatedRoll: "backward" } }, "sanctionCalendar",
 *   "SANCTION-NOTICE-DUE").options.unstatedRoll
 * // "backward"
 */
export function readSanctionSettings(
  settings: unknown,
  fn: string,
  ruleId: string,
  spec: { readonly batch?: boolean; readonly asOf?: boolean } = {},
): ReadSanctionSettings {
  const read = readAreaSettings(settings, {
    fn,
    ruleId,
    schema: SanctionOptionsSchema,
    wrapped: WRAPPED,
    renamed: RENAMED,
    ...spec,
  });
  const options = {
    unstatedRoll: read.options.unstatedRoll ?? "none",
    fineDateBasis: read.options.fineDateBasis ?? "issued",
    paymentDueDate: read.options.paymentDueDate ?? DEFAULT_PAYMENT_DUE_DATE,
    calendar: read.calendar,
    detail: read.detail,
    ruleBook: read.ruleBook,
  };
  return { asOf: read.asOf, options, onError: read.onError };
}
