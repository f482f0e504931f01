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
  contactIssues,
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
export { contactTimeline, type ContactChannel, type ContactPeriod } from "./contact-timeline.js";
export { activeContact } from "./active-contact.js";
export { webcmDeadlineExplanation, type WebcmDeadlineRule } from "./deadline-explanation.js";
export {
  evaluateContactDeadlines,
  type ContactDeadlines,
  type ContactEntryIssue,
  type ContactEntryRef,
  type WebcmDeadline,
} from "./contact-deadlines.js";
export { lastTransferDateMeetingDeadline, TransferPlanSchema, type TransferPlan } from "./last-transfer-date.js";
export { WebcmQuarterSchema } from "./report-quarter.js";
export {
  webcmComplianceReport,
  WebcmComplianceReportInputSchema,
  type WebcmComplianceCounts,
  type WebcmComplianceReport,
  type WebcmComplianceRow,
  type InvalidMemberHistory,
} from "./compliance-report.js";
