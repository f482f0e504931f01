// The boundary (docs/boundary.md): every public operation, declared once, and its exported entry.
import type { OperationDeclaration } from "./operation.js";
import {
  ADD_BUSINESS_DAYS,
  ADD_CALENDAR_DAYS,
  BUSINESS_DAYS_BETWEEN,
  IS_BUSINESS_DAY,
  ROLL_FORWARD,
  ROLL_BACKWARD,
  NEXT_BUSINESS_DAY,
} from "./operations/dates.js";
import {
  DUE_DATE,
  CALENDAR_DIFF,
  CALENDAR_QUARTER,
  CALENDAR_QUARTER_OF,
  CREATE_CALENDAR,
  CALENDAR_FROM_DATE_HOLIDAYS,
  CALENDAR_FROM_DATES,
  WITH_CHANGES,
  ILLINOIS_STATE_CALENDAR,
} from "./operations/calendar.js";
import {
  EVALUATE_TICKET,
  EVALUATE_TICKETS,
  EVALUATE_PARSED_TICKET,
  SUBMISSION_WINDOW,
  PRESENT_TO_MCO_DUE_DATE,
  INFO_REQUEST_DUE_DATE,
  INFO_RESPONSE_DUE_DATE,
  PROPOSAL_DUE_DATE,
  EXTENDED_PROPOSAL_DUE_DATE,
  EXTENSION_REQUEST_LIMIT,
  CONTEST_DUE_DATE,
  HFS_REVIEW_REQUEST_DUE_DATE,
  EVIDENCE_DUE_DATE,
  PORTAL_RULE_VERSION,
  PROPOSAL_FINDINGS,
  FINE_NOTICE,
} from "./operations/portal.js";
import {
  SANCTION_NOTICE_DUE_DATE,
  SANCTION_CALENDAR,
  SANCTION_NOTICES,
  EVALUATE_SANCTION_NOTICES,
  REPORTING_PERIODS_OF_YEAR,
  FINES_OF,
} from "./operations/sanctions.js";
import {
  EVALUATE_CONTACT_DEADLINES,
  WEBCM_DEADLINE_EXPLANATION,
  SORT_WEBCM_EVENTS,
  ACTIVE_CONTACT,
  CONTACT_TIMELINE,
  CONTACT_ISSUES,
  LAST_TRANSFER_DATE_MEETING_DEADLINE,
  WEBCM_COMPLIANCE_REPORT,
} from "./operations/webcm.js";
import {
  EVALUATE_MEMBER_MONTH,
  EVALUATE_PREREQUISITES,
  PERFORMANCE_REPORT,
  EVALUATE_PROVIDER_QUARTER,
  CONTRACT_ADJUSTMENT_COUNT,
  EVALUATE_STANDARDS,
  QUARTERLY_REPORT_DUE_DATES,
  SPENDDOWN_REPORT_CALENDAR,
  DEDUCTIBLE_BUCKET,
  REPORTING_QUARTER,
  REPORTING_QUARTER_OF_MONTH,
  SPENDDOWN_PAYMENT_DUE_DATE,
} from "./operations/spenddown.js";
import { EVALUATE_REGISTRATION, REGISTRATION_FINDINGS } from "./operations/registration.js";
import { PORTAL_STATISTICS, TICKET_STATISTICS, STATISTICS_RECORD, FINE_QUARTER } from "./operations/statistics.js";
import { WORK_QUEUE } from "./operations/queue.js";
import { DEADLINE_IMPACT, PROJECT_TICKET } from "./operations/impact.js";
import { TICKET_TIMELINE, TICKET_TIMELINE_SVG, TIMELINE_PAGE, EXPLANATION_TEXT } from "./operations/outputs.js";
export {
  dueDate,
  calendarDiff,
  calendarQuarter,
  calendarQuarterOf,
  calendarFromDates,
  withChanges,
  illinoisStateCalendar,
} from "./operations/calendar.js";
export {
  evaluateTicket,
  evaluateTickets,
  evaluateParsedTicket,
  submissionWindow,
  presentToMcoDueDate,
  infoRequestDueDate,
  infoResponseDueDate,
  proposalDueDate,
  extendedProposalDueDate,
  extensionRequestLimit,
  contestDueDate,
  hfsReviewRequestDueDate,
  evidenceDueDate,
  proposalFindings,
  fineNotice,
} from "./operations/portal.js";
export {
  sanctionNoticeDueDate,
  sanctionCalendar,
  sanctionNotices,
  evaluateSanctionNotices,
  finesOf,
} from "./operations/sanctions.js";
export {
  evaluateContactDeadlines,
  webcmDeadlineExplanation,
  activeContact,
  contactTimeline,
  contactIssues,
  lastTransferDateMeetingDeadline,
  webcmComplianceReport,
} from "./operations/webcm.js";
export {
  evaluateMemberMonth,
  evaluatePrerequisites,
  performanceReport,
  evaluateProviderQuarter,
  contractAdjustmentCount,
  evaluateStandards,
  quarterlyReportDueDates,
  spenddownReportCalendar,
  spenddownPaymentDueDate,
} from "./operations/spenddown.js";
export { evaluateRegistration, registrationFindings } from "./operations/registration.js";
export { portalStatistics, ticketStatistics, statisticsRecord, fineQuarter } from "./operations/statistics.js";
export { workQueue } from "./operations/queue.js";
export { deadlineImpact, projectTicket } from "./operations/impact.js";
export { ticketTimeline, ticketTimelineSvg, timelinePage, explanationText } from "./operations/outputs.js";

/**
 * Every public operation of the library, in the order the API table lists them: the source of
 * the exported functions that read an input, and of docs/api.md.
 *
 * @example OPERATIONS.find((o) => o.name === "evaluateTicket")?.settings // ["asOf", "calendar", "options", "detail"]
 */
export const OPERATIONS: readonly OperationDeclaration<(...args: never[]) => unknown>[] = Object.freeze([
  ADD_BUSINESS_DAYS,
  ADD_CALENDAR_DAYS,
  BUSINESS_DAYS_BETWEEN,
  IS_BUSINESS_DAY,
  ROLL_FORWARD,
  ROLL_BACKWARD,
  NEXT_BUSINESS_DAY,
  DUE_DATE,
  CALENDAR_DIFF,
  CALENDAR_QUARTER,
  CALENDAR_QUARTER_OF,
  CREATE_CALENDAR,
  CALENDAR_FROM_DATE_HOLIDAYS,
  CALENDAR_FROM_DATES,
  WITH_CHANGES,
  ILLINOIS_STATE_CALENDAR,
  EVALUATE_TICKET,
  EVALUATE_TICKETS,
  EVALUATE_PARSED_TICKET,
  SUBMISSION_WINDOW,
  PRESENT_TO_MCO_DUE_DATE,
  INFO_REQUEST_DUE_DATE,
  INFO_RESPONSE_DUE_DATE,
  PROPOSAL_DUE_DATE,
  EXTENDED_PROPOSAL_DUE_DATE,
  EXTENSION_REQUEST_LIMIT,
  CONTEST_DUE_DATE,
  HFS_REVIEW_REQUEST_DUE_DATE,
  EVIDENCE_DUE_DATE,
  PORTAL_RULE_VERSION,
  PROPOSAL_FINDINGS,
  FINE_NOTICE,
  SANCTION_NOTICE_DUE_DATE,
  SANCTION_CALENDAR,
  SANCTION_NOTICES,
  EVALUATE_SANCTION_NOTICES,
  REPORTING_PERIODS_OF_YEAR,
  FINES_OF,
  EVALUATE_CONTACT_DEADLINES,
  WEBCM_DEADLINE_EXPLANATION,
  SORT_WEBCM_EVENTS,
  ACTIVE_CONTACT,
  CONTACT_TIMELINE,
  CONTACT_ISSUES,
  LAST_TRANSFER_DATE_MEETING_DEADLINE,
  WEBCM_COMPLIANCE_REPORT,
  EVALUATE_MEMBER_MONTH,
  EVALUATE_PREREQUISITES,
  PERFORMANCE_REPORT,
  EVALUATE_PROVIDER_QUARTER,
  CONTRACT_ADJUSTMENT_COUNT,
  EVALUATE_STANDARDS,
  QUARTERLY_REPORT_DUE_DATES,
  SPENDDOWN_REPORT_CALENDAR,
  DEDUCTIBLE_BUCKET,
  REPORTING_QUARTER,
  REPORTING_QUARTER_OF_MONTH,
  SPENDDOWN_PAYMENT_DUE_DATE,
  EVALUATE_REGISTRATION,
  REGISTRATION_FINDINGS,
  PORTAL_STATISTICS,
  TICKET_STATISTICS,
  STATISTICS_RECORD,
  FINE_QUARTER,
  WORK_QUEUE,
  DEADLINE_IMPACT,
  PROJECT_TICKET,
  TICKET_TIMELINE,
  TICKET_TIMELINE_SVG,
  TIMELINE_PAGE,
  EXPLANATION_TEXT,
]);
