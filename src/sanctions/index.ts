export type { ReportingPeriod, ReportingPeriodInput } from "./reporting-period.js";

export type {
  SanctionCalendar,
  SanctionCalendarEntry,
} from "./sanction-calendar.js";
export type { FineInput, InvalidFine } from "./fine.js";
export type { FineDate } from "./fine-date.js";

export type {
  SanctionNotice,
  SanctionNoticeLine,
  SanctionNotices,
} from "./sanction-notices.js";
export type {
  IssuedNotice,
  SanctionNoticesInput,
  SanctionNoticesAsOf,
  NoticeStatus,
  NoticeState,
  NoticeRef,
} from "./notices-as-of.js";
export type {
  SanctionOptions,
  SanctionSettings,
  SanctionNoticesSettings,
  EvaluateSanctionNoticesSettings,
  SanctionUnstatedRoll,
  FineDateBasis,
} from "./options.js";
