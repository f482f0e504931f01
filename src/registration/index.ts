export {
  evaluateRegistration,
  type RegistrationOutcome,
  type RegistrationDenied,
  type RegistrationWindow,
} from "./registration-processing.js";
export { registrationFindings } from "./registration-findings.js";
export type { RegistrationRequest } from "./request.js";
export type { RegistrationOptions, RegistrationSettings, ProcessingReading, BulkExtension } from "./options.js";
