import { dayNumberArgument } from "../core/arguments.js";
import { fromDayNumber, type IsoDate } from "../core/iso-date.js";
import { addBusinessDaysToDayNumber } from "./add-business-days.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { calendarArgument } from "./calendar-argument.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";
import { isBusinessDayNumber } from "./is-business-day.js";

/**
 * The date itself when it is a business day, else the next business day (CAL-ROLL-FORWARD).
 *
 * @example rollForward("2024-07-04" as IsoDate) // "2024-07-05"
 */
export function rollForward(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  const day = dayNumberArgument(date, "rollForward", "date");
  return isBusinessDayNumber(day, calendarArgument(calendar, "rollForward"))
    ? date
    : fromDayNumber(addBusinessDaysToDayNumber(day, 1, calendar));
}

/**
 * The date itself when it is a business day, else the business day before it.
 *
 * @example rollBackward("2024-07-04" as IsoDate) // "2024-07-03"
 */
export function rollBackward(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  const day = dayNumberArgument(date, "rollBackward", "date");
  return isBusinessDayNumber(day, calendarArgument(calendar, "rollBackward"))
    ? date
    : fromDayNumber(addBusinessDaysToDayNumber(day, -1, calendar));
}

/**
 * The first business day strictly after `date`, whether or not `date` is one.
 *
 * @example nextBusinessDay("2024-07-03" as IsoDate) // "2024-07-05"
 */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar = defaultIllinoisCalendar()): IsoDate {
  return fromDayNumber(
    addBusinessDaysToDayNumber(
      dayNumberArgument(date, "nextBusinessDay", "date"),
      1,
      calendarArgument(calendar, "nextBusinessDay"),
    ),
  );
}
