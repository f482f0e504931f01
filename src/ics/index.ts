export type {
  CalendarEntry,
  UidParts,
} from "./icalendar.js";
