export type {
  RegistrationOutcome,
  RegistrationDenied,
  RegistrationWindow,
} from "./registration-processing.js";

export type { RegistrationRequest } from "./request-schema.js";
export type { RegistrationOptions, RegistrationSettings, ProcessingReading, BulkExtension } from "./options.js";
