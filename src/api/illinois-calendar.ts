import { parseInput } from "../core/errors.js";
import type { BusinessCalendar, Holiday } from "../calendar/business-calendar.js";
import type { IllinoisCalendarOptions } from "../calendar/illinois.js";
import { sharedIllinoisCalendar } from "../calendar/illinois.js";
import { defaultIllinoisCalendar, illinoisCalendarOf, illinoisHolidaysOfYear } from "../calendar/illinois-default.js";
import { IllinoisOptionsSchema, IllinoisYearSchema } from "../calendar/illinois-schemas.js";

// The checked entry points of the Illinois State Holidays (CAL-STATE-HOLIDAYS): the options (and
// the year) checked with zod, then the calendar of src/calendar/illinois.ts.

/**
 * The Illinois state-office closures of a year (CAL-STATE-HOLIDAYS): the published list when
 * the year has one (2017-2027), else projected from the statute (5 ILCS 490; 80 Ill. Adm. Code
 * 303.190) and the observance rule. Each holiday says which, with its source and basis.
 *
 * @example illinoisStateHolidays(2031).find((h) => h.name === "Independence Day")?.provenance // "projected"
 */
export function illinoisStateHolidays(year: number, options: IllinoisCalendarOptions = {}): Holiday[] {
  parseInput(IllinoisYearSchema, { year, options }, "CAL-STATE-HOLIDAYS");
  return illinoisHolidaysOfYear(year, options.juneteenth2022 ?? "observed-monday");
}

/**
 * A new Illinois State Holidays calendar: the closure lists 2017-2027 as published, other years
 * projected from the statute; a Saturday holiday is observed on the Friday before, a Sunday
 * holiday on the Monday after, Juneteenth never (5 ILCS 490/63). Prefer the shared
 * {@link illinoisStateCalendar}.
 *
 * @example createIllinoisStateCalendar({ juneteenth2022: "none" }).holidayOn(parseIsoDate("2022-06-20")) // undefined
 */
export function createIllinoisStateCalendar(options: IllinoisCalendarOptions = {}): BusinessCalendar {
  const checked = parseInput(IllinoisOptionsSchema, options, "CAL-STATE-HOLIDAYS", "names");
  return illinoisCalendarOf(checked.juneteenth2022 ?? "observed-monday");
}

/**
 * The default calendar, built once per option and shared: it is immutable apart from its
 * per-year cache, so sharing it changes no result (principle 1).
 *
 * @example illinoisStateCalendar().holidayOn(parseIsoDate("2024-07-04"))?.name // "Independence Day"
 */
export function illinoisStateCalendar(options?: IllinoisCalendarOptions): BusinessCalendar {
  // Every evaluator's default argument: no option, no parsing, no lookup.
  if (options === undefined) return defaultIllinoisCalendar();
  const juneteenth =
    parseInput(IllinoisOptionsSchema, options, "CAL-STATE-HOLIDAYS", "names").juneteenth2022 ?? "observed-monday";
  return sharedIllinoisCalendar(juneteenth);
}
