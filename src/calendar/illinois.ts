import type { BusinessCalendar } from "./business-calendar.js";
import { defaultIllinoisCalendar, illinoisCalendarOf, type Juneteenth2022 } from "./illinois-default.js";

// The Illinois State Holidays calendars (CAL-STATE-HOLIDAYS), built in illinois-default.ts (no
// zod there: the calendar functions' default argument); the boundary checks the options of the
// public entry points (src/api/illinois-calendar.ts).
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

// The calendar of each option, built once when the module loads (a calendar builds its year tables on
// first use, so this costs two small objects): no module-level map is written after load.
const OPTION_CALENDARS: Readonly<Record<Juneteenth2022, BusinessCalendar>> = Object.freeze({
  "observed-monday": defaultIllinoisCalendar(),
  none: illinoisCalendarOf("none"),
});

/**
 * The shared calendar of an option (checked): immutable apart from its per-year cache, so sharing
 * it changes no result (principle 1).
 *
 * @example sharedIllinoisCalendar("none").version // "2026.2+juneteenth2022=none"
 */
export function sharedIllinoisCalendar(juneteenth: Juneteenth2022): BusinessCalendar {
  return OPTION_CALENDARS[juneteenth];
}
