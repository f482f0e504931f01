import { type IsoDate, toDayNumber, yearOfDayNumber } from "../core/iso-date.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";

/** Business days on or before `day` within its year. */
function countThrough(day: number, calendar: BusinessCalendar): { year: number; count: number } {
  const year = yearOfDayNumber(day);
  const index = calendar.yearIndex(year);
  return { year, count: index.cumulative[day - index.start + 1] ?? 0 };
}

/** Business days in the half-open range (a, b], a <= b. */
function countAfterThrough(a: number, b: number, calendar: BusinessCalendar): number {
  const start = countThrough(a, calendar);
  const end = countThrough(b, calendar);
  let total = end.count - start.count;
  for (let year = start.year; year < end.year; year++) {
    total += calendar.yearIndex(year).businessDays.length;
  }
  return total;
}

/**
 * @internal {@link businessDaysBetween} on day numbers: forward (a <= b), the business days in
 * (a, b]; backward, minus those in [b, a).
 */
export function businessDaysBetweenDayNumbers(a: number, b: number, calendar: BusinessCalendar): number {
  return a <= b ? countAfterThrough(a, b, calendar) : -countAfterThrough(b - 1, a - 1, calendar);
}

/**
 * Business days from `from` to `to`, so that `addBusinessDays(from, businessDaysBetween(from, to))`
 * is `to` whenever `to` is a business day. Forward, the days after `from` up to and including
 * `to`; backward (negative), the days from `to` up to but excluding `from` (CAL-BUSINESS-DAY).
 * The dates are dates of the supported range (the boundary checks).
 *
 * @example businessDaysBetween("2024-07-03" as IsoDate, "2024-07-08" as IsoDate) // 2
 */
export function businessDaysBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: BusinessCalendar = defaultIllinoisCalendar(),
): number {
  return businessDaysBetweenDayNumbers(toDayNumber(from), toDayNumber(to), calendar);
}
