export type {
  CareCoordinatorContact,
  ContactEntry,
  WebcmEvent,
  WebcmMemberHistory,
  WebcmMemberHistoryInput,
} from "./schemas.js";
export { contactIssues, type ContactField, type ContactIssue } from "./contact-issues.js";
export type {
  WebcmUnstatedRoll,
  WebcmOptions,
  WebcmSettings,
  WebcmAsOfSettings,
  WebcmReportSettings,
} from "./options.js";
export { sortWebcmEvents } from "./event-order.js";
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
export { lastTransferDateMeetingDeadline, type TransferPlan } from "./last-transfer-date.js";
export {
  webcmComplianceReport,
  type WebcmComplianceCounts,
  type WebcmComplianceReport,
  type WebcmComplianceRow,
  type InvalidMemberHistory,
} from "./compliance-report.js";
