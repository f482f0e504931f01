import { countArgument, dayNumberArgument, resultInRange } from "../core/arguments.js";
import { fromDayNumber, type IsoDate } from "../core/iso-date.js";

/**
 * `date + n` calendar days: every day counts, the start day is day 0 (docs/calendar.md, "Counting words").
 * A RuleInputError when `date` is not a calendar date of the supported range 1900-01-01 …
 * 2199-12-31, `n` is not a whole number, or the result would leave that range.
 *
 * @example addCalendarDays("2024-06-04" as IsoDate, 30) // "2024-07-04"
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const day = dayNumberArgument(date, "addCalendarDays", "date") + countArgument(n, "addCalendarDays", "n");
  return fromDayNumber(resultInRange(day, "addCalendarDays", "n"));
}
