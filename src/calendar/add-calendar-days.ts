import { fromDayNumber, type IsoDate, toDayNumber } from "../core/iso-date.js";

/**
 * `date + n` calendar days: every day counts, the start day is day 0 (docs/calendar.md, "Counting words").
 *
 * @example addCalendarDays("2024-06-04" as IsoDate, 30) // "2024-07-04"
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}
