import { fromDayNumber, type IsoDate, WEEKDAY_NAMES, weekdayOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar, HolidayProvenance } from "./business-calendar.js";
import { isBusinessDayNumber } from "./is-business-day.js";

/**
 * One day that is closed in one calendar and open in the other (CAL-BUSINESS-DAY), described as
 * the calendar that closes it says: the holiday's name, provenance and source, or the weekend.
 */
export interface ClosureDifference {
  readonly date: IsoDate;
  /** The weekday, e.g. `Friday`. */
  readonly weekday: string;
  /** Why the closing calendar closes the day: the holiday's name, or `weekend`. */
  readonly name: string;
  /** `holiday` when the closing calendar lists it; `weekend` when its weekend rule closes it. */
  readonly kind: "holiday" | "weekend";
  /** The holiday's provenance (`published`, `projected`); null for a weekend day. */
  readonly provenance: HolidayProvenance | null;
  /** The document the holiday cites (a `HOLIDAY_SOURCES` ID or the caller's citation); null for a weekend day. */
  readonly source: string | null;
  /** The holiday's legal basis; null for a weekend day. */
  readonly basis: string | null;
}

/** What changes from the `before` calendar to the `after` calendar between `from` and `to`. */
export interface CalendarDiff {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly before: { readonly name: string; readonly version: string };
  readonly after: { readonly name: string; readonly version: string };
  /** Days open in `before` and closed in `after`, ascending, described by `after`. */
  readonly added: readonly ClosureDifference[];
  /** Days closed in `before` and open in `after`, ascending, described by `before`. */
  readonly removed: readonly ClosureDifference[];
}

function describeClosure(day: number, calendar: BusinessCalendar): ClosureDifference {
  const date = fromDayNumber(day);
  // the fallback is never used (a month number 1-12, a weekday 0-6, a period of at least one month): TypeScript asks
  // for it
  // Stryker disable next-line StringLiteral
  const weekday = WEEKDAY_NAMES[weekdayOfDayNumber(day)] ?? "";
  const holiday = calendar.holidayOn(date);
  if (holiday) {
    return Object.freeze({
      date,
      weekday,
      name: holiday.name,
      kind: "holiday",
      provenance: holiday.provenance,
      source: holiday.source,
      basis: holiday.basis,
    });
  }
  return Object.freeze({
    date,
    weekday,
    name: "weekend",
    kind: "weekend",
    provenance: null,
    source: null,
    basis: null,
  });
}

/**
 * The days from `first` to `last` (day numbers of the supported range, `first` ≤ `last`: the
 * boundary's `calendarDiff` checks) that are closed in one calendar and open in the other:
 * `added` (closed in `after` only) and `removed` (closed in `before` only), each with the name
 * and source the closing calendar gives it (CAL-STATE-HOLIDAYS). A day closed in both (a holiday
 * renamed, or moved from projected to published) is no difference: it moves no deadline.
 *
 * @example calendarDiffOf(illinoisStateCalendar(), after, 19723, 20088).added
 */
export function calendarDiffOf(
  before: BusinessCalendar,
  after: BusinessCalendar,
  first: number,
  last: number,
): CalendarDiff {
  const added: ClosureDifference[] = [];
  const removed: ClosureDifference[] = [];
  for (let day = first; day <= last; day++) {
    const openBefore = isBusinessDayNumber(day, before);
    const openAfter = isBusinessDayNumber(day, after);
    if (openBefore && !openAfter) added.push(describeClosure(day, after));
    else if (!openBefore && openAfter) removed.push(describeClosure(day, before));
  }
  return Object.freeze({
    from: fromDayNumber(first),
    to: fromDayNumber(last),
    before: Object.freeze({ name: before.name, version: before.version }),
    after: Object.freeze({ name: after.name, version: after.version }),
    added: Object.freeze(added),
    removed: Object.freeze(removed),
  });
}
