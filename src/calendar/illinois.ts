import * as z from "zod/mini";
import { parseInput } from "../core/errors.js";
import type { BusinessCalendar, Holiday } from "./business-calendar.js";
import {
  defaultIllinoisCalendar,
  illinoisCalendarOf,
  illinoisHolidaysOfYear,
  type Juneteenth2022,
} from "./illinois-default.js";

// The calendar itself is built in illinois-default.ts (no zod there: the calendar functions'
// default argument); this module checks the options of the public entry points.
export { ILLINOIS_PUBLISHED_YEARS } from "./illinois-default.js";

/**
 * Open point 12, Juneteenth 2022 (June 19 a Sunday): `observed-monday` (default) closes Monday
 * 2022-06-20 as P.A. 102-0334 names it (the Secretary of State's offices closed that day);
 * `none` reads 5 ILCS 490/63 as P.A. 102-0014 wrote it: no substitute day.
 */
export type { Juneteenth2022 };

export interface IllinoisCalendarOptions {
  /** Open point 12; default `observed-monday`. */
  readonly juneteenth2022?: Juneteenth2022;
}

const OptionsSchema = z.strictObject({ juneteenth2022: z.optional(z.enum(["observed-monday", "none"])) });
/** A calendar year as ISO dates write it (four digits). */
const YearSchema = z.object({ year: z.number().check(z.int(), z.gte(1), z.lte(9999)), options: OptionsSchema });

/**
 * The Illinois state-office closures of a year (CAL-STATE-HOLIDAYS): the published list when
 * the year has one (2017-2027), else projected from the statute (5 ILCS 490; 80 Ill. Adm. Code
 * 303.190) and the observance rule. Each holiday says which, with its source and basis.
 *
 * @example illinoisStateHolidays(2031).find((h) => h.name === "Independence Day")?.provenance // "projected"
 */
export function illinoisStateHolidays(year: number, options: IllinoisCalendarOptions = {}): Holiday[] {
  parseInput(YearSchema, { year, options }, "CAL-STATE-HOLIDAYS");
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
  const checked = parseInput(OptionsSchema, options, "CAL-STATE-HOLIDAYS", "names");
  return illinoisCalendarOf(checked.juneteenth2022 ?? "observed-monday");
}

// The calendar of each option, built once when the module loads (a calendar builds its year tables on
// first use, so this costs two small objects): no module-level map is written after load.
const OPTION_CALENDARS: Readonly<Record<Juneteenth2022, BusinessCalendar>> = Object.freeze({
  "observed-monday": defaultIllinoisCalendar(),
  none: illinoisCalendarOf("none"),
});

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
    parseInput(OptionsSchema, options, "CAL-STATE-HOLIDAYS", "names").juneteenth2022 ?? "observed-monday";
  return OPTION_CALENDARS[juneteenth];
}
