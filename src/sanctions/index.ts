export { SANCTION_RULES } from "./rules.js";
export {
  reportingPeriodsOfYear,
  ReportingPeriodInputSchema,
  type ReportingPeriod,
  type ReportingPeriodInput,
} from "./reporting-period.js";

export type {
  SanctionCalendar,
  SanctionCalendarEntry,
} from "./sanction-calendar.js";
export { FineSchema, FinesSchema, parseFines, type FineInput, type InvalidFine } from "./fine.js";
export type { FineDate } from "./fine-date.js";

export type {
  SanctionNotice,
  SanctionNoticeLine,
  SanctionNotices,
} from "./sanction-notices.js";
export {
  IssuedNoticeSchema,
  SanctionNoticesInputSchema,
  type IssuedNotice,
  type SanctionNoticesInput,
  type SanctionNoticesAsOf,
  type NoticeStatus,
  type NoticeState,
  type NoticeRef,
} from "./notices-as-of.js";
export {
  SanctionOptionsSchema,
  SanctionUnstatedRollSchema,
  FineDateBasisSchema,
  type SanctionOptions,
  type SanctionSettings,
  type SanctionNoticesSettings,
  type EvaluateSanctionNoticesSettings,
  type SanctionUnstatedRoll,
  type FineDateBasis,
} from "./options.js";
