// The calendar's public types (its operations are in src/api/entries.ts). The unchecked
// constructors of business-calendar.ts, the holiday tables, settings readers and explanation
// builders stay private.
export type {
  BusinessCalendar,
  CalendarDefinition,
  DateHolidaysLike,
  Holiday,
  HolidayInput,
  HolidayProvenance,
} from "./business-calendar.js";
export type {
  IllinoisCalendarOptions,
  Juneteenth2022,
} from "./illinois.js";
export type { StatuteHoliday, StatuteHolidayKey, HolidayRule } from "./state-holidays/statute.js";
export type { PublishedYear, PublishedDay, PublishedDayEntry } from "./state-holidays/published.js";
export type {
  CalendarDiff,
  ClosureDifference,
} from "./calendar-diff.js";
export type {
  DueDateSpec,
  BusinessDayStart,
} from "./due-date.js";

export type { CalendarInput } from "./calendar-input.js";
export type {
  CalendarQuarter,
  QuarterShape,
} from "./quarter.js";
export type { Settings, AsOfSettings } from "./settings.js";
