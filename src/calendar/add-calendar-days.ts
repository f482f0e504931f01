import { resultInRange } from "../core/computed-range.js";
import { fromDayNumber, type IsoDate, toDayNumber } from "../core/iso-date.js";

/**
 * @internal `date + n` calendar days on a day number checked already; a result beyond the
 * supported range is a RuleInputError naming `n` of addCalendarDays.
 */
export function addCalendarDaysToDayNumber(day: number, n: number): IsoDate {
  return fromDayNumber(resultInRange(day + n, "addCalendarDays", "n"));
}

/**
 * `date + n` calendar days: every day counts, the start day is day 0 (docs/calendar.md, "Counting
 * words"). `date` is a date of the supported range and `n` a whole number (the boundary checks);
 * a result beyond the range is a RuleInputError naming `n`.
 *
 * @example addCalendarDays("2024-06-04" as IsoDate, 30) // "2024-07-04"
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return addCalendarDaysToDayNumber(toDayNumber(date), n);
}
