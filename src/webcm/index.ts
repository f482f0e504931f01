export type {
  CareCoordinatorContact,
  ContactEntry,
  WebcmEvent,
  WebcmMemberHistory,
  WebcmMemberHistoryInput,
} from "./schemas.js";
export type {
  ContactField,
  ContactIssue,
} from "./contact-issues.js";
export type {
  WebcmUnstatedRoll,
  WebcmOptions,
  WebcmSettings,
  WebcmAsOfSettings,
  WebcmReportSettings,
} from "./options.js";
export type {
  ContactChannel,
  ContactPeriod,
} from "./contact-timeline.js";

export type { WebcmDeadlineRule } from "./deadline-explanation.js";
export type {
  ContactDeadlines,
  ContactEntryIssue,
  ContactEntryRef,
  WebcmDeadline,
} from "./contact-deadlines.js";
export type { TransferPlan } from "./last-transfer-date.js";
export type {
  WebcmComplianceCounts,
  WebcmComplianceReport,
  WebcmComplianceRow,
  InvalidMemberHistory,
} from "./compliance-report.js";
