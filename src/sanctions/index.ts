export { SANCTION_RULES } from "./rules.js";
export { reportingPeriodOf, reportingPeriod, reportingPeriodsOfYear, type ReportingPeriod } from "./reporting-period.js";
export { sanctionNoticeDueDate } from "./notice-due-date.js";
export { sanctionCalendar, type SanctionCalendar, type SanctionCalendarEntry } from "./sanction-calendar.js";
export { FineSchema, FinesSchema, parseFines, type InvalidFine } from "./fine.js";
export { fineDateOf, type FineDate } from "./fine-date.js";
export { finesOf } from "./fines-of.js";
export { sanctionNotices, type SanctionNotice, type SanctionNoticeLine, type SanctionNotices } from "./sanction-notices.js";
export {
  noticesDueAsOf,
  IssuedNoticeSchema,
  NoticesAsOfInputSchema,
  type IssuedNotice,
  type NoticesAsOfInput,
  type NoticesAsOf,
  type NoticeStatus,
  type NoticeState,
  type NoticeRef,
} from "./notices-as-of.js";
export {
  SanctionOptionsSchema,
  NoticeDeadlineRollSchema,
  FineDateBasisSchema,
  type SanctionOptions,
  type NoticeDeadlineRoll,
  type FineDateBasis,
} from "./options.js";
