// The Illinois State Holidays calendar without its argument checks (CAL-STATE-HOLIDAYS): what
// the calendar functions' default argument needs. The checked entry points (illinoisStateHolidays,
// createIllinoisStateCalendar, illinoisStateCalendar with options) are in
// src/api/illinois-calendar.ts and check with zod; this module does not import zod, so a bundle
// of the calendar functions alone leaves it out.
import { holidayYearError, isHolidayYear } from "../core/calendar-errors.js";
import { type BusinessCalendar, createCalendar, type Holiday } from "./business-calendar.js";
import { projectYear, publishedYear } from "./state-holidays/project.js";
import { JUNETEENTH_2022, PUBLISHED_YEARS } from "./state-holidays/published.js";
import { frozen } from "../core/freeze.js";

/** Open point 12 (see illinois.ts): how Juneteenth 2022, a Sunday, is closed. */
export type Juneteenth2022 = "observed-monday" | "none";

/** The years the state's own closure lists cover (CAL-STATE-HOLIDAYS); the others are projected. */
export const ILLINOIS_PUBLISHED_YEARS = frozen({
  first: Math.min(...PUBLISHED_YEARS.map((y) => y.year)),
  last: Math.max(...PUBLISHED_YEARS.map((y) => y.year)),
} as const);

/** Why a year without a published list is projected: the note each of its holidays carries. */
function projectionNote(year: number): string {
  return year > ILLINOIS_PUBLISHED_YEARS.last
    ? `the state has not published ${year}`
    : `no published list for ${year} is held (published lists: ` +
        `${ILLINOIS_PUBLISHED_YEARS.first}-${ILLINOIS_PUBLISHED_YEARS.last})`;
}

/** @internal The closures of a year (a whole number 1-9999): the published list, else projected from the statute. */
export function illinoisHolidaysOfYear(year: number, juneteenth: Juneteenth2022): Holiday[] {
  if (!isHolidayYear(year)) throw holidayYearError(year);
  const published = PUBLISHED_YEARS.find((y) => y.year === year);
  if (!published) return projectYear(year, projectionNote(year));
  const days = publishedYear(published);
  return juneteenth === "none" ? days.filter((h) => h.date !== JUNETEENTH_2022.date) : days;
}

/** @internal A new Illinois State Holidays calendar for an option already checked. */
export function illinoisCalendarOf(juneteenth: Juneteenth2022): BusinessCalendar {
  return createCalendar({
    name: "Illinois State Holidays",
    version: juneteenth === "none" ? "2026.2+juneteenth2022=none" : "2026.2",
    provenance:
      `CMS State Holidays lists ${ILLINOIS_PUBLISHED_YEARS.first}-${ILLINOIS_PUBLISHED_YEARS.last} as ` +
      "published; other years projected from 5 ILCS 490 and 80 Ill. Adm. Code 303.190; see docs/calendar.md",
    holidaysOfYear: (year) => illinoisHolidaysOfYear(year, juneteenth),
  });
}

/**
 * The default calendar of every function, built when the module loads (its year tables are built
 * on first use of each year) and shared: frozen, its only state a memo of frozen year tables, so
 * sharing it changes no result (principle 1; no module-level binding is written after load).
 */
const DEFAULT_CALENDAR = illinoisCalendarOf("observed-monday");

/** @internal The default calendar of every function (see {@link DEFAULT_CALENDAR}). */
export function defaultIllinoisCalendar(): BusinessCalendar {
  return DEFAULT_CALENDAR;
}
