// The independent oracle of the Illinois State Holiday calendar (CAL-STATE-HOLIDAYS): the
// construction the library used before its holidays became data, date-holidays' US/IL public
// holidays adjusted to the CMS lists. Test and bench code only: the package never loads
// date-holidays (test/calendar/bundle.test.ts checks it).
import Holidays from "date-holidays";
import { type BusinessCalendar, calendarFromDateHolidays } from "../../src/internal.js";

/** How the Illinois state-office holiday list differs from `date-holidays`' US/IL data, and why. */
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
      if (!removed)
        throw new Error(`date-holidays US/IL has no rule "${adjustment.rule}" to remove (CAL-STATE-HOLIDAYS)`);
    } else {
      holidays.setHoliday(adjustment.rule, { name: { en: adjustment.name ?? adjustment.rule }, type: "public" });
    }
  }
  return holidays;
}

/** The oracle as a calendar (its holidays are "projected": computed from date-holidays' rules). */
export function dateHolidaysIllinoisCalendar(): BusinessCalendar {
  return calendarFromDateHolidays({
    name: "Illinois State Holidays (date-holidays oracle)",
    version: "oracle",
    provenance: "date-holidays US/IL, adjusted to the CMS State Holidays list",
    holidays: illinoisStateHolidaysSource(),
  });
}
