export type {
  RegistrationOutcome,
  RegistrationDenied,
  RegistrationWindow,
} from "./registration-processing.js";

export type { RegistrationRequest } from "./request.js";
export type { RegistrationOptions, RegistrationSettings, ProcessingReading, BulkExtension } from "./options.js";
