// The operations the package exports, written once, here: the root re-exports this module whole,
// and src/api/index.ts lists as OPERATIONS (docs/api.md) the declarations of these names only.
// Each is an entry() of its declaration (src/api/operations), but the date functions, exported
// as written (their checks are a few comparisons on the hot path, operations/dates-runs.ts).
// Operations that are not here are private (src/internal.ts), and so not in docs/api.md.
export { addBusinessDays, addCalendarDays, businessDaysBetween, isBusinessDay } from "./operations/dates-runs.js";
export {
  dueDate,
  calendarDiff,
  calendarQuarter,
  calendarQuarterOf,
  createCalendar,
  illinoisStateCalendar,
} from "./operations/calendar.js";
export { createTicketEvaluator, evaluateTicket, evaluateTickets, submissionWindow } from "./operations/portal.js";
export { portalDueDate } from "./operations/portal-due-dates.js";
export { sanctionCalendar, sanctionNotices, evaluateSanctionNotices } from "./operations/sanctions.js";
export {
  evaluateContactDeadlines,
  webcmDeadlineExplanation,
  contactTimeline,
  lastTransferDateMeetingDeadline,
  webcmComplianceReport,
} from "./operations/webcm.js";
export {
  evaluateMemberMonth,
  performanceReport,
  evaluateProviderQuarter,
  contractAdjustmentCount,
  spenddownReportCalendar,
  spenddownPaymentDueDate,
} from "./operations/spenddown.js";
export { evaluateRegistration } from "./operations/registration.js";
export { portalStatistics, statisticsReport, ticketStatistics } from "./operations/statistics.js";
export { workQueue } from "./operations/queue.js";
export { deadlineImpact, projectTicket } from "./operations/impact.js";
export { compareEvaluations, interpretationsReport } from "./operations/compare.js";
export { ticketTimeline, timelinePage, explanationText } from "./operations/outputs.js";
