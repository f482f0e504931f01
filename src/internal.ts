// Not an entry of the package (package.json "exports" does not name it): every name the root
// exported up to 0.2.0, for the tests and benchmarks that check or measure the private helpers too
// (the privacy tests call every function of this list). Library users import from the entries:
// `hfs-mco-rules`, `hfs-mco-rules/schemas`, `hfs-mco-rules/rule-tables` (docs/migration-0.3.md).
export * from "./index.js";
export * from "./schemas.js";
export * from "./rule-tables/index.js";
// The operations the root exported up to 0.3's small surface (a root of operations and vocabulary only): merged into
// createCalendar and portalDueDate, or redundant with another operation (docs/migration-0.3.md).
export { calendarFromDateHolidays, calendarFromDates, withChanges } from "./api/operations/calendar.js";
export { nextBusinessDay, rollBackward, rollForward } from "./api/operations/dates-runs.js";
export {
  contestDueDate,
  evidenceDueDate,
  extendedProposalDueDate,
  extensionRequestLimit,
  hfsReviewRequestDueDate,
  infoRequestDueDate,
  infoResponseDueDate,
  presentToMcoDueDate,
  proposalDueDate,
} from "./api/operations/portal-due-dates.js";
export { evaluateParsedTicket, fineNotice, proposalFindings } from "./api/operations/portal.js";
export { portalRuleVersion } from "./portal/rule-in-force.js";
export { finesOf, sanctionNoticeDueDate } from "./api/operations/sanctions.js";
export { reportingPeriodsOfYearRun as reportingPeriodsOfYear } from "./api/operations/sanctions-runs.js";
export { activeContact, contactIssues } from "./api/operations/webcm.js";
export { sortWebcmEvents } from "./api/operations/webcm-runs.js";
export { evaluatePrerequisites, evaluateStandards, quarterlyReportDueDates } from "./api/operations/spenddown.js";
export { deductibleBucket } from "./spenddown/deductible-bucket.js";
export { reportingQuarter, reportingQuarterOfMonth } from "./api/operations/spenddown-arguments.js";
export { registrationFindings } from "./api/operations/registration.js";
export { fineQuarter, statisticsRecord, statisticsReport } from "./api/operations/statistics.js";
export { ticketTimelineSvg } from "./api/operations/outputs.js";
export type { CalendarEntry, UidParts } from "./ics/icalendar.js";
export type { ReadSettings } from "./calendar/settings.js";
export { resolveCalendar } from "./api/resolve-calendar.js";
export { fixedDueDateRun as fixedDueDate } from "./api/operations/calendar-runs.js";
export {
  makeExplanationRun as makeExplanation,
  nonBusinessReasonRun as nonBusinessReason,
} from "./api/operations/explain-runs.js";
export { HOLIDAY_SOURCES, holidaySourceShort } from "./calendar/holiday-sources.js";
export { ILLINOIS_PUBLISHED_YEARS } from "./calendar/illinois.js";
export { createIllinoisStateCalendar, illinoisStateHolidays } from "./api/illinois-calendar.js";
export { CALENDAR_RULES } from "./calendar/rules.js";
export { detailSetting, readAsOfSettings, readSettings } from "./api/settings/read-settings.js";
export { PUBLISHED_YEARS } from "./calendar/state-holidays/published.js";
export { STATUTE_HOLIDAYS } from "./calendar/state-holidays/statute.js";
export { daysBetween, daysInMonth, fromDayNumber, toDayNumber, weekday, yearOf } from "./core/checked-dates.js";
export { compareText } from "./core/compare.js";
export { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "./core/dates.js";
export { EXPLANATION_STEP_KINDS } from "./core/explanation-step-kinds.js";
export { explanationOfDeadline, makeDeadline } from "./core/deadline.js";
export { cutText, describeValue } from "./core/describe-value.js";
export { parseInput } from "./core/errors.js";
export { deepFreeze } from "./core/freeze.js";
export { WEEKDAY_NAMES } from "./core/iso-date.js";
export { MAX_EXACT_CENTS, sumCents } from "./core/money.js";
export { deadlineEntries, eventUid, explanationEntry, toICalendar } from "./ics/icalendar.js";
export { countTickets, fineCounts, median } from "./api/operations/statistics-runs.js";
export { resolvePortalOptions } from "./api/settings/portal.js";
export { PORTAL_OPTION_DEFAULTS } from "./portal/options.js";
export { PORTAL_RULES } from "./portal/rules.js";
export { DEFAULT_AT_RISK } from "./queue/options.js";
export { resolveWorkQueueOptions } from "./api/settings/queue.js";
export { REGISTRATION_RULES } from "./registration/rules.js";
export { findingCodesOf } from "./rules/finding-codes.js";
export { hasRule, parameterInForce, ruleParameter } from "./rules/registry.js";
export { hasSource } from "./rules/sources.js";
export { parseFines } from "./api/operations/sanctions-runs.js";
export { SANCTION_RULES } from "./sanctions/rules.js";
export { dollarsToCents } from "./api/operations/spenddown-arguments.js";
export { resolveSpenddownOptions } from "./api/settings/spenddown.js";
export { dollarsTextToCents } from "./spenddown/money.js";
export { SPENDDOWN_DEFAULTS } from "./spenddown/options.js";
export { SPENDDOWN_RULES } from "./spenddown/rules.js";
export { compareWebcmEvents } from "./api/operations/webcm-runs.js";
export { WEBCM_RULES } from "./webcm/rules.js";
