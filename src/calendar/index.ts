export * from "./business-calendar.js";
// The checked constructors: these names take precedence over the unchecked ones above.
export {
  createCalendar,
  calendarFromDateHolidays,
} from "./checked-constructors.js";
export * from "./illinois.js";
export { HOLIDAY_SOURCES, holidaySourceShort } from "./holiday-sources.js";
export {
  STATUTE_HOLIDAYS,
  type StatuteHoliday,
  type StatuteHolidayKey,
  type HolidayRule,
} from "./state-holidays/statute.js";
export {
  PUBLISHED_YEARS,
  type PublishedYear,
  type PublishedDay,
  type PublishedDayEntry,
} from "./state-holidays/published.js";
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
export {
  makeExplanation,
  nonBusinessReason,
} from "./explain.js";
export { CALENDAR_RULES } from "./rules.js";
export {
  CalendarInputSchema,
  type CalendarInput,
} from "./calendar-input.js";
export type {
  CalendarQuarter,
  QuarterShape,
} from "./quarter.js";
export {
  readSettings,
  readAsOfSettings,
  detailSetting,
  type Settings,
  type AsOfSettings,
  type ReadSettings,
} from "./settings.js";
