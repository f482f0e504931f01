export { reportingPeriodsOfYear, type ReportingPeriod, type ReportingPeriodInput } from "./reporting-period.js";
export { sanctionNoticeDueDate } from "./notice-due-date.js";
export { sanctionCalendar, type SanctionCalendar, type SanctionCalendarEntry } from "./sanction-calendar.js";
export type { FineInput, InvalidFine } from "./fine.js";
export type { FineDate } from "./fine-date.js";
export { finesOf } from "./fines-of.js";
export {
  sanctionNotices,
  type SanctionNotice,
  type SanctionNoticeLine,
  type SanctionNotices,
} from "./sanction-notices.js";
export {
  evaluateSanctionNotices,
  type IssuedNotice,
  type SanctionNoticesInput,
  type SanctionNoticesAsOf,
  type NoticeStatus,
  type NoticeState,
  type NoticeRef,
} from "./notices-as-of.js";
export type {
  SanctionOptions,
  SanctionSettings,
  SanctionNoticesSettings,
  EvaluateSanctionNoticesSettings,
  SanctionUnstatedRoll,
  FineDateBasis,
} from "./options.js";
