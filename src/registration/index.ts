export { REGISTRATION_RULES } from "./rules.js";
export type {
  RegistrationOutcome,
  RegistrationDenied,
  RegistrationWindow,
} from "./registration-processing.js";

export { RegistrationRequestSchema, type RegistrationRequest } from "./request.js";
export {
  RegistrationOptionsSchema,
  ProcessingReadingSchema,
  BulkExtensionSchema,
  type RegistrationOptions,
  type RegistrationSettings,
  type ProcessingReading,
  type BulkExtension,
} from "./options.js";
