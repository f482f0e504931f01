import { RuleInputError } from "../core/errors.js";
import type { HolidayInput, HolidaysReader } from "../calendar/business-calendar.js";

/**
 * The holidays a caller's `holidaysOfYear` (or `date-holidays` instance) gives for `year`: caller
 * code, run when a year is first used, so what it throws or returns that is not a list of holiday
 * records is a RuleInputError naming the calendar (CAL-STATE-HOLIDAYS), never the caller's own
 * error reaching out of a due-date computation (principle 6). The boundary's constructors
 * (src/api/create-calendar.ts) hand it to the calendar they build.
 */
export const callerHolidays: HolidaysReader = (definition, year): readonly HolidayInput[] => {
  let list: unknown;
  try {
    list = definition.holidaysOfYear(year);
    if (Array.isArray(list) && list.every((h) => typeof h === "object" && h !== null)) return list;
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
  }
  const reason =
    `its holidaysOfYear(${year}) did not give a list of holidays ({ date, name }): ` + "it threw or gave another value";
  throw new RuleInputError([{ field: "calendar", reason, ruleId: "CAL-STATE-HOLIDAYS" }], definition.name);
};
