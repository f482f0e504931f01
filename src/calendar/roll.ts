import { fromDayNumber, type IsoDate, toDayNumber } from "../core/iso-date.js";
import { addBusinessDaysToDayNumber } from "./add-business-days.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";
import { isBusinessDayNumber } from "./is-business-day.js";

// The dates are dates of the supported range (the boundary checks: src/api/operations/dates-runs.ts).

/** @internal {@link rollForward} of a date and its day number. */
export function rollForwardDay(date: IsoDate, day: number, calendar: BusinessCalendar): IsoDate {
  return isBusinessDayNumber(day, calendar) ? date : fromDayNumber(addBusinessDaysToDayNumber(day, 1, calendar));
}

/** @internal {@link rollBackward} of a date and its day number. */
export function rollBackwardDay(date: IsoDate, day: number, calendar: BusinessCalendar): IsoDate {
  return isBusinessDayNumber(day, calendar) ? date : fromDayNumber(addBusinessDaysToDayNumber(day, -1, calendar));
}

/**
 * The date itself when it is a business day, else the next business day (CAL-ROLL-FORWARD).
 *
 * @example rollForward("2024-07-04" as IsoDate) // "2024-07-05"
 */
export function rollForward(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  return rollForwardDay(date, toDayNumber(date), calendar);
}

/**
 * The date itself when it is a business day, else the business day before it.
 *
 * @example rollBackward("2024-07-04" as IsoDate) // "2024-07-03"
 */
export function rollBackward(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  return rollBackwardDay(date, toDayNumber(date), calendar);
}

/**
 * The first business day strictly after `date`, whether or not `date` is one.
 *
 * @example nextBusinessDay("2024-07-03" as IsoDate) // "2024-07-05"
 */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  return fromDayNumber(addBusinessDaysToDayNumber(toDayNumber(date), 1, calendar));
}
