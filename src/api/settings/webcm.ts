import { type AreaSettingsSpec, readAreaSettings, wrapOptions } from "../area-settings.js";
import type { ReadWebcmSettings } from "../../webcm/options.js";
import { WebcmOptionsSchema } from "../../webcm/options-schema.js";
import { frozen } from "../../core/freeze.js";

// The settings of the WEBCM-* functions, read and checked once at the boundary (principle 3):
// the policy in src/webcm takes them resolved (ResolvedWebcmOptions).

// The 0.1 name of open point 2 in this area.
const RENAMED = frozen({ deadlineRoll: "unstatedRoll" } as const);
const WRAPPED = wrapOptions(WebcmOptionsSchema);

/**
 * Checks the settings of `fn` (a bad or renamed one is a RuleInputError naming it) and fills in
 * the defaults.
 *
 * @example
 * readWebcmSettings({ options: { unstatedRoll: "forward" } }, "lastTransferDateMeetingDeadline").options.unstatedRoll
 * // "forward"
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
    wrapped: WRAPPED,
    renamed: RENAMED,
    ...spec,
  });
  return {
    asOf: read.asOf,
    options: {
      unstatedRoll: read.options.unstatedRoll ?? "none",
      calendar: read.calendar,
      detail: read.detail,
      ruleBook: read.ruleBook,
    },
    onError: read.onError,
  };
}
