import Holidays from "date-holidays";
import { type BusinessCalendar, calendarFromDateHolidays } from "./business-calendar.js";

/**
 * How the Illinois state-office holiday list differs from `date-holidays`' US/IL data, and why.
 * Each change is data with its source (CAL-STATE-HOLIDAYS); docs/calendar.md explains them.
 */
export const ILLINOIS_ADJUSTMENTS: readonly {
  readonly rule: string;
  readonly change: "remove" | "add";
  readonly name?: string;
  readonly why: string;
}[] = [
  {
    rule: "1st monday in March",
    change: "remove",
    why: "Casimir Pulaski Day is a school/commemorative holiday; it is not on the CMS State Holidays list and state offices are open (80 Ill. Adm. Code 303.190).",
  },
  {
    rule: "05-19",
    change: "remove",
    why: "Malcolm X Day is commemorative; state offices are open (not on the CMS list).",
  },
  {
    rule: "02-12",
    change: "remove",
    why: "Replaced below: date-holidays gives Lincoln's Birthday no weekend observance.",
  },
  {
    rule: "02-12 and if sunday then next monday if saturday then previous friday",
    change: "add",
    name: "Lincoln's Birthday",
    why: "CMS observes Lincoln's Birthday on the Friday before / Monday after when it falls on a weekend (e.g. Friday 2022-02-11).",
  },
  {
    rule: "11-11",
    change: "remove",
    why: "Replaced below: date-holidays gives Veterans Day no weekend observance.",
  },
  {
    rule: "11-11 and if sunday then next monday if saturday then previous friday",
    change: "add",
    name: "Veterans' Day",
    why: "CMS observes Veterans' Day on the Friday before / Monday after when it falls on a weekend (e.g. Monday 2018-11-12, Friday 2023-11-10).",
  },
  {
    rule: "friday after 4th thursday in November",
    change: "add",
    name: "Day after Thanksgiving",
    why: "CMS lists Thanksgiving as 'Thursday and Friday'; date-holidays has the Friday only as an observance.",
  },
  {
    rule: "06-19 and if sunday then next monday if saturday then previous friday since 2021",
    change: "remove",
    why: "Replaced below: Juneteenth became an Illinois state holiday from 2022 (Public Act 102-0334), not 2021.",
  },
  {
    rule: "06-19 and if sunday then next monday if saturday then previous friday since 2022",
    change: "add",
    name: "Juneteenth",
    why: "First observed by state offices on Monday 2022-06-20.",
  },
  {
    rule: "tuesday after 1st monday in November in even years",
    change: "remove",
    why: "Replaced below, to carry the state's own name.",
  },
  {
    rule: "tuesday after 1st monday in November in even years",
    change: "add",
    name: "General Election Day",
    why: "80 Ill. Adm. Code 303.190: 'General Election Day (on which Members of the House of Representatives are elected)', i.e. even years; CMS: 'No General Election' in odd years.",
  },
];

/**
 * The `date-holidays` instance for Illinois state offices: US/IL public holidays, adjusted.
 *
 * @example illinoisStateHolidaysSource().isHoliday(new Date(2024, 10, 29)) // Day after Thanksgiving
 */
export function illinoisStateHolidaysSource(): Holidays {
  const holidays = new Holidays("US", "IL", { types: ["public"] });
  for (const adjustment of ILLINOIS_ADJUSTMENTS) {
    if (adjustment.change === "remove") {
      // date-holidays-parser removes a rule when its options are `false`; its .d.ts omits that.
      const removed = holidays.setHoliday(adjustment.rule, false as unknown as string);
      if (!removed) throw new Error(`date-holidays US/IL has no rule "${adjustment.rule}" to remove (CAL-STATE-HOLIDAYS)`);
    } else {
      holidays.setHoliday(adjustment.rule, { name: { en: adjustment.name ?? adjustment.rule }, type: "public" });
    }
  }
  return holidays;
}

/**
 * The days State of Illinois offices are closed (CAL-STATE-HOLIDAYS): New Year's Day, Martin
 * Luther King Day, Lincoln's Birthday, Washington's Birthday, Memorial Day, Juneteenth (2022 on),
 * Independence Day, Labor Day, Columbus Day, General Election Day (even years), Veterans' Day,
 * Thanksgiving and the day after, Christmas; a Saturday holiday is observed on the Friday
 * before, a Sunday holiday on the Monday after. Pinned year by year for 2017–2027.
 *
 * @example createIllinoisStateCalendar().holidays(2024).length // 14
 */
export function createIllinoisStateCalendar(): BusinessCalendar {
  return calendarFromDateHolidays({
    name: "Illinois State Holidays",
    version: "2026.1",
    provenance:
      "date-holidays US/IL, adjusted to the CMS State Holidays list (5 ILCS 490; 80 Ill. Adm. Code 303.190); see docs/calendar.md",
    holidays: illinoisStateHolidaysSource(),
  });
}

let defaultCalendar: BusinessCalendar | undefined;

/**
 * The default calendar, built once and shared: it is immutable apart from its per-year cache,
 * so sharing it changes no result (principle 1).
 *
 * @example illinoisStateCalendar().holidayOn(parseIsoDate("2024-07-04"))?.name // "Independence Day"
 */
export function illinoisStateCalendar(): BusinessCalendar {
  defaultCalendar ??= createIllinoisStateCalendar();
  return defaultCalendar;
}
