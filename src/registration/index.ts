export { REGISTRATION_RULES } from "./rules.js";
export {
  evaluateRegistration,
  type RegistrationOutcome,
  type RegistrationDenied,
  type RegistrationWindow,
} from "./registration-processing.js";
export { registrationFindings } from "./registration-findings.js";
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
