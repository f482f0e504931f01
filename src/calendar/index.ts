// The calendar's public operations and types. The unchecked constructors of business-calendar.ts,
// the holiday tables, settings readers and explanation builders stay private.
export type {
  BusinessCalendar,
  CalendarDefinition,
  DateHolidaysLike,
  Holiday,
  HolidayInput,
  HolidayProvenance,
} from "./business-calendar.js";
export {
  createCalendar,
  calendarFromDateHolidays,
} from "./checked-constructors.js";
export type {
  IllinoisCalendarOptions,
  Juneteenth2022,
} from "./illinois.js";
export type { StatuteHoliday, StatuteHolidayKey, HolidayRule } from "./state-holidays/statute.js";
export type { PublishedYear, PublishedDay, PublishedDayEntry } from "./state-holidays/published.js";
export { isBusinessDay } from "./is-business-day.js";
export type {
  CalendarDiff,
  ClosureDifference,
} from "./calendar-diff.js";
export { addCalendarDays } from "./add-calendar-days.js";
export { addBusinessDays } from "./add-business-days.js";
export { rollForward, rollBackward, nextBusinessDay } from "./roll.js";
export { businessDaysBetween } from "./business-days-between.js";
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
