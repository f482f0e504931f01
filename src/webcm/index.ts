export { WEBCM_RULES } from "./rules.js";
export {
  CareCoordinatorContactSchema,
  CareCoordinatorChangedSchema,
  FileTransferSchema,
  ManualAlternateContactSchema,
  WaiverAssignmentNotifiedSchema,
  WebcmEventSchema,
  WebcmMemberHistorySchema,
  type CareCoordinatorContact,
  type ContactEntry,
  type WebcmEvent,
  type WebcmMemberHistory,
  type WebcmMemberHistoryInput,
} from "./schemas.js";
export {
  CoordinatorEmailSchema,
  CoordinatorNameSchema,
  CoordinatorTelephoneSchema,
  ValidCareCoordinatorContactSchema,
  type ContactField,
  type ContactIssue,
} from "./contact-issues.js";
export {
  WebcmUnstatedRollSchema,
  WebcmOptionsSchema,
  type WebcmUnstatedRoll,
  type WebcmOptions,
  type WebcmSettings,
  type WebcmAsOfSettings,
  type WebcmReportSettings,
} from "./options.js";
export { compareWebcmEvents, sortWebcmEvents } from "./event-order.js";
export type {
  ContactChannel,
  ContactPeriod,
} from "./contact-timeline.js";

export { webcmDeadlineExplanation, type WebcmDeadlineRule } from "./deadline-explanation.js";
export type {
  ContactDeadlines,
  ContactEntryIssue,
  ContactEntryRef,
  WebcmDeadline,
} from "./contact-deadlines.js";
export {
  TransferPlanSchema,
  type TransferPlan,
} from "./last-transfer-date.js";
export { WebcmQuarterSchema } from "./report-quarter.js";
export {
  WebcmComplianceReportInputSchema,
  type WebcmComplianceCounts,
  type WebcmComplianceReport,
  type WebcmComplianceRow,
  type InvalidMemberHistory,
} from "./compliance-report.js";
