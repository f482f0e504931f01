export {
  type CalendarEntry,
  deadlineEntries,
  eventUid,
  explanationEntry,
  toICalendar,
  type UidParts,
} from "./icalendar.js";
