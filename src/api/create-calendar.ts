import { argumentError } from "../core/arguments.js";
import { parseInput } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import * as unchecked from "../calendar/business-calendar.js";
import {
  type BusinessCalendar,
  type DateHolidaysLike,
  type HolidayInput,
  isBusinessCalendar,
} from "../calendar/business-calendar.js";
import {
  CalendarChangesSchema,
  CalendarDefinitionSchema,
  CalendarFromDateHolidaysSchema,
  CalendarFromDatesSchema,
} from "../calendar/calendar-definition-schemas.js";
import { callerHolidays } from "./calendar-holidays.js";

// One public constructor of calendars (CAL-STATE-HOLIDAYS), in place of the four of 0.2
// (createCalendar, calendarFromDates, calendarFromDateHolidays, withChanges): its settings say
// where the holidays come from, by which key they have. Each form is checked with the schema its
// constructor used (a bad field is a RuleInputError naming its path, never its value), then
// built with business-calendar.ts, so every calendar answers as before.

const FN = "createCalendar";

interface CalendarIdentity {
  readonly name: string;
  readonly version: string;
  readonly provenance: string;
  /** The source a holiday without its own `source` cites (default: `provenance`). */
  readonly source?: string;
  /** Weekend days, 0 = Sunday … 6 = Saturday (default: Saturday and Sunday). */
  readonly weekend?: readonly number[];
}

/** Holidays from an explicit list, e.g. a contract's own State Holiday list (`published`). */
export interface CalendarFromDatesSettings extends CalendarIdentity {
  readonly holidays: readonly (HolidayInput | IsoDate)[];
}

/** Holidays from a `date-holidays` instance the caller configured (`projected`), of `types` (default `public`). */
export interface CalendarFromDateHolidaysSettings extends CalendarIdentity {
  readonly holidays: DateHolidaysLike;
  readonly types?: readonly string[];
}

/** Another calendar with days added (as holidays) or removed (made working days again). */
export interface CalendarChangesSettings {
  readonly base: BusinessCalendar;
  readonly add?: readonly HolidayInput[];
  readonly remove?: readonly IsoDate[];
  /** The new calendar's name (default: the base's, "(amended)"). */
  readonly name?: string;
  /** The source an added day cites (default: "amended by the caller"). */
  readonly source?: string;
}

/**
 * What `createCalendar` takes, one of: `holidaysOfYear` (a function of the year), `holidays` (a
 * list of dates, or a `date-holidays` instance) or `base` (a calendar of this library, changed).
 */
export type CreateCalendarSettings =
  | unchecked.CalendarDefinition
  | CalendarFromDatesSettings
  | CalendarFromDateHolidaysSettings
  | CalendarChangesSettings;

// "holiday-rules", not the package's name: the built root never names date-holidays (test/calendar/bundle.test.ts).
type Form = "definition" | "dates" | "holiday-rules" | "changes";

/** The form of `settings`, by its own keys (`holidaysOfYear` first, as createCalendar read it in 0.2). */
function formOf(settings: unknown): Form {
  if (typeof settings !== "object" || settings === null) return "definition";
  try {
    if (Object.hasOwn(settings, "holidaysOfYear")) return "definition";
    if (Object.hasOwn(settings, "base")) return "changes";
    if (!Object.hasOwn(settings, "holidays")) return "definition";
    return Array.isArray((settings as { holidays: unknown }).holidays) ? "dates" : "holiday-rules";
  } catch {
    // A Proxy trap or a getter that throws: the caller's own error never leaves the library.
    throw argumentError(FN, "settings", "could not be read");
  }
}

function changed(settings: CalendarChangesSettings): BusinessCalendar {
  let base: unknown;
  let changes: Omit<CalendarChangesSettings, "base">;
  try {
    ({ base, ...changes } = settings);
  } catch {
    throw argumentError(FN, "settings", "could not be read");
  }
  // The brand test reads no property: a Proxy is never taken for a calendar.
  if (!isBusinessCalendar(base))
    throw argumentError(FN, "base", "expected a business calendar (createCalendar, illinoisStateCalendar)");
  parseInput(CalendarChangesSchema, changes, FN);
  return unchecked.withChanges(base, changes);
}

/**
 * @internal The checked run of `createCalendar`: the form its settings have, checked with that
 * form's schema, then built.
 */
export function createCalendarRun(settings: CreateCalendarSettings): BusinessCalendar {
  switch (formOf(settings)) {
    case "changes":
      return changed(settings as CalendarChangesSettings);
    case "dates":
      parseInput(CalendarFromDatesSchema, settings, FN);
      return unchecked.calendarFromDates(settings as CalendarFromDatesSettings);
    case "holiday-rules":
      parseInput(CalendarFromDateHolidaysSchema, settings, FN);
      return unchecked.calendarFromDateHolidays(settings as CalendarFromDateHolidaysSettings, callerHolidays);
    default:
      parseInput(CalendarDefinitionSchema, settings, FN);
      return unchecked.createCalendar(settings as unchecked.CalendarDefinition, callerHolidays);
  }
}
