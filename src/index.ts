/**
 * hfs-mco-rules: the Illinois Medicaid managed-care compliance rules as pure functions of
 * dates and events. One public entry; each area lives in its own folder.
 */
export * from "./core/index.js";
export * from "./calendar/index.js";
export {
  RULES,
  getRule,
  hasRule,
  parameterInForce,
  parameterOf,
  ruleDocuments,
  ruleVersionAt,
  ruleParameter,
} from "./rules/registry.js";
export type { AnyRule, ParametersOf } from "./rules/rule-id.js";
export { SOURCES, getSource, hasSource } from "./rules/sources.js";
export { FINDING_CODES, findingCodesOf } from "./rules/finding-codes.js";
export * from "./rule-tables/index.js";
export * from "./portal/index.js";
export * from "./sanctions/index.js";
export * from "./registration/index.js";
export * from "./webcm/index.js";
export * from "./spenddown/index.js";
export * from "./ics/index.js";
export * from "./portal-statistics/index.js";
export * from "./impact/index.js";
export * from "./timeline/index.js";
export * from "./queue/index.js";
// The operations, through the boundary (src/api): each reads its input once into plain data
// (own data properties only), runs the area's policy and freezes its result.
export {
  dueDate,
  fixedDueDate,
  calendarDiff,
  calendarQuarter,
  calendarQuarterOf,
  calendarFromDates,
  withChanges,
  resolveCalendar,
  illinoisStateCalendar,
  createIllinoisStateCalendar,
  illinoisStateHolidays,
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
  sanctionNoticeDueDate,
  sanctionCalendar,
  sanctionNotices,
  evaluateSanctionNotices,
  finesOf,
  evaluateContactDeadlines,
  activeContact,
  contactTimeline,
  contactIssues,
  lastTransferDateMeetingDeadline,
  webcmComplianceReport,
  evaluateMemberMonth,
  evaluatePrerequisites,
  performanceReport,
  evaluateProviderQuarter,
  contractAdjustmentCount,
  evaluateStandards,
  quarterlyReportDueDates,
  spenddownReportCalendar,
  spenddownPaymentDueDate,
  evaluateRegistration,
  registrationFindings,
  portalStatistics,
  ticketStatistics,
  statisticsRecord,
  countTickets,
  fineCounts,
  fineQuarter,
  workQueue,
  deadlineImpact,
  projectTicket,
  ticketTimeline,
  ticketTimelineSvg,
  timelinePage,
  toICalendar,
  deadlineEntries,
  explanationEntry,
  eventUid,
  explanationText,
} from "./api/index.js";
