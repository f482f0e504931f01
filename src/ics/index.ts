export { type CalendarEntry, deadlineEntries, explanationEntry, toICalendar } from "./icalendar.js";
