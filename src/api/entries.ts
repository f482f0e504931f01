// The operations the package exports, each an entry() of its declaration (src/api/operations).
// The root re-exports this module whole: the list of operations is written once, here.
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
