import { readAreaSettings, wrapOptions } from "../area-settings.js";
import type { ResolvedRegistrationOptions } from "../../registration/options.js";
import { RegistrationOptionsSchema } from "../../registration/options-schema.js";

// The settings of registration, read and checked once at the boundary (principle 3): the policy
// in src/registration takes them resolved (ResolvedRegistrationOptions).

const WRAPPED = wrapOptions(RegistrationOptionsSchema);

/**
 * Checks the settings (a bad one is a RuleInputError naming it) and fills in the defaults.
 *
 * @example readRegistrationSettings({ options: { processingReading: "target" } }, "evaluateRegistration").bulkExtension
 * // "21-calendar-days"
 */
export function readRegistrationSettings(settings: unknown, fn: string): ResolvedRegistrationOptions {
  const {
    calendar,
    detail,
    options: parsed,
    ruleBook,
  } = readAreaSettings(settings, {
    fn,
    ruleId: "REGISTRATION-PROCESSING",
    schema: RegistrationOptionsSchema,
    wrapped: WRAPPED,
  });
  return {
    processingReading: parsed.processingReading ?? "floor",
    bulkExtension: parsed.bulkExtension ?? "21-calendar-days",
    businessDayStart: parsed.businessDayStart ?? "count-from-start",
    calendar,
    detail,
    ruleBook,
  };
}
