import type { RuleBook } from "../rules/model.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { BusinessDayStart } from "../calendar/due-date.js";
import type { Settings } from "../calendar/settings.js";
import type { Detail } from "../core/types.js";
import type { BulkExtension, ProcessingReading, RegistrationOptions } from "./options-schema.js";

// Registration's options as the policy reads them: checked and with their defaults filled in at
// the boundary (src/api/settings/registration.ts, `readRegistrationSettings`).

export {
  type BulkExtension,
  BulkExtensionSchema,
  type ProcessingReading,
  ProcessingReadingSchema,
  type RegistrationOptions,
  RegistrationOptionsSchema,
} from "./options-schema.js";

/** The settings of `evaluateRegistration`: `{ calendar, options }`. */
export type RegistrationSettings = Settings<RegistrationOptions>;

export interface ResolvedRegistrationOptions {
  readonly processingReading: ProcessingReading;
  readonly bulkExtension: BulkExtension;
  readonly businessDayStart: BusinessDayStart;
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
}
