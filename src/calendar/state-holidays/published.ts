import type { IsoDate } from "../../core/iso-date.js";
import type { StatuteHolidayKey } from "./statute.js";
import { frozen } from "../../core/freeze.js";

/**
 * One day of a published closure list: its date and which statute holiday it is (name and
 * basis come from STATUTE_HOLIDAYS). A day that is no statute holiday's usual date, or that
 * has its own document, says so: `name`, `basis` and `source` override.
 */
export type PublishedDay = readonly [date: string, holiday: StatuteHolidayKey] | PublishedDayEntry;

/** A published day written out, for one that needs its own name, basis or source. */
export interface PublishedDayEntry {
  readonly date: IsoDate;
  readonly holiday: StatuteHolidayKey;
  readonly name?: string;
  readonly basis?: string;
  readonly source?: string;
}

/** A year's published closure list and the document it is published in. */
export interface PublishedYear {
  readonly year: number;
  /** The source ID of the year's list (src/calendar/holiday-sources.ts). */
  readonly source: string;
  readonly days: readonly PublishedDay[];
}

/**
 * One-off: Friday 2021-06-18, closed by the Governor's announcement of 2021-06-17 after the
 * federal Juneteenth holiday was signed (80 Ill. Adm. Code 303.190: "any additional days
 * proclaimed as holidays or non-working days by the Governor"). A dated entry, not a rule.
 */
const JUNETEENTH_2021: PublishedDayEntry = frozen({
  date: "2021-06-18" as IsoDate,
  holiday: "juneteenth",
  name: "Juneteenth (observed)",
  source: "governor-2021-06-17",
  basis:
    "Governor's announcement of 2021-06-17: state government offices closed Friday, June 18 for the new federal " +
    "Juneteenth holiday (80 Ill. Adm. Code 303.190: days proclaimed by the Governor)",
});

/**
 * Monday 2022-06-20 (June 19 a Sunday), open point 12: P.A. 102-0334 names the Monday; the
 * text of 5 ILCS 490/63 from P.A. 102-0014 says no substitute day. Closed by default (the
 * Secretary of State closed its offices that day; P.A. 102-0334 is the later act); the option
 * `juneteenth2022: "none"` of illinoisStateCalendar() removes it. See docs/calendar.md.
 */
export const JUNETEENTH_2022: PublishedDayEntry = frozen({
  date: "2022-06-20" as IsoDate,
  holiday: "juneteenth",
  basis:
    '5 ILCS 490/63 as amended by P.A. 102-0334: "When June nineteenth shall fall on a Sunday, the following Monday ' +
    'shall be held and considered the holiday"',
});

/**
 * The Illinois state-office closure lists as published, year by year (CAL-STATE-HOLIDAYS):
 * the model is OpenFisca's parameter files, values keyed by date, each with its reference.
 * Each day cites its year's list unless it carries its own source. Years outside this table
 * are projected from STATUTE_HOLIDAYS.
 */
export const PUBLISHED_YEARS: readonly PublishedYear[] = frozen([
  {
    year: 2017,
    source: "cms-state-holidays-2017",
    days: [
      ["2017-01-02", "new-years-day"],
      ["2017-01-16", "mlk-day"],
      ["2017-02-13", "lincolns-birthday"],
      ["2017-02-20", "washingtons-birthday"],
      ["2017-05-29", "memorial-day"],
      ["2017-07-04", "independence-day"],
      ["2017-09-04", "labor-day"],
      ["2017-10-09", "columbus-day"],
      ["2017-11-10", "veterans-day"],
      ["2017-11-23", "thanksgiving"],
      ["2017-11-24", "day-after-thanksgiving"],
      ["2017-12-25", "christmas"],
    ],
  },
  {
    year: 2018,
    source: "cms-state-holidays-2018",
    days: [
      ["2018-01-01", "new-years-day"],
      ["2018-01-15", "mlk-day"],
      ["2018-02-12", "lincolns-birthday"],
      ["2018-02-19", "washingtons-birthday"],
      ["2018-05-28", "memorial-day"],
      ["2018-07-04", "independence-day"],
      ["2018-09-03", "labor-day"],
      ["2018-10-08", "columbus-day"],
      ["2018-11-06", "general-election-day"],
      ["2018-11-12", "veterans-day"],
      ["2018-11-22", "thanksgiving"],
      ["2018-11-23", "day-after-thanksgiving"],
      ["2018-12-25", "christmas"],
    ],
  },
  {
    year: 2019,
    source: "cms-state-holidays-2019",
    days: [
      ["2019-01-01", "new-years-day"],
      ["2019-01-21", "mlk-day"],
      ["2019-02-12", "lincolns-birthday"],
      ["2019-02-18", "washingtons-birthday"],
      ["2019-05-27", "memorial-day"],
      ["2019-07-04", "independence-day"],
      ["2019-09-02", "labor-day"],
      ["2019-10-14", "columbus-day"],
      ["2019-11-11", "veterans-day"],
      ["2019-11-28", "thanksgiving"],
      ["2019-11-29", "day-after-thanksgiving"],
      ["2019-12-25", "christmas"],
    ],
  },
  {
    year: 2020,
    source: "cms-state-holidays-2020",
    days: [
      ["2020-01-01", "new-years-day"],
      ["2020-01-20", "mlk-day"],
      ["2020-02-12", "lincolns-birthday"],
      ["2020-02-17", "washingtons-birthday"],
      ["2020-05-25", "memorial-day"],
      ["2020-07-03", "independence-day"],
      ["2020-09-07", "labor-day"],
      ["2020-10-12", "columbus-day"],
      ["2020-11-03", "general-election-day"],
      ["2020-11-11", "veterans-day"],
      ["2020-11-26", "thanksgiving"],
      ["2020-11-27", "day-after-thanksgiving"],
      ["2020-12-25", "christmas"],
    ],
  },
  {
    year: 2021,
    source: "cms-state-holidays-2021",
    days: [
      ["2021-01-01", "new-years-day"],
      ["2021-01-18", "mlk-day"],
      ["2021-02-12", "lincolns-birthday"],
      ["2021-02-15", "washingtons-birthday"],
      ["2021-05-31", "memorial-day"],
      JUNETEENTH_2021,
      ["2021-07-05", "independence-day"],
      ["2021-09-06", "labor-day"],
      ["2021-10-11", "columbus-day"],
      ["2021-11-11", "veterans-day"],
      ["2021-11-25", "thanksgiving"],
      ["2021-11-26", "day-after-thanksgiving"],
      ["2021-12-24", "christmas"],
      ["2021-12-31", "new-years-day"],
    ],
  },
  {
    year: 2022,
    source: "cms-state-holidays-2022",
    days: [
      ["2022-01-17", "mlk-day"],
      ["2022-02-11", "lincolns-birthday"],
      ["2022-02-21", "washingtons-birthday"],
      ["2022-05-30", "memorial-day"],
      JUNETEENTH_2022,
      ["2022-07-04", "independence-day"],
      ["2022-09-05", "labor-day"],
      ["2022-10-10", "columbus-day"],
      ["2022-11-08", "general-election-day"],
      ["2022-11-11", "veterans-day"],
      ["2022-11-24", "thanksgiving"],
      ["2022-11-25", "day-after-thanksgiving"],
      ["2022-12-26", "christmas"],
    ],
  },
  {
    year: 2023,
    source: "cms-state-holidays-2023",
    days: [
      ["2023-01-02", "new-years-day"],
      ["2023-01-16", "mlk-day"],
      ["2023-02-13", "lincolns-birthday"],
      ["2023-02-20", "washingtons-birthday"],
      ["2023-05-29", "memorial-day"],
      ["2023-06-19", "juneteenth"],
      ["2023-07-04", "independence-day"],
      ["2023-09-04", "labor-day"],
      ["2023-10-09", "columbus-day"],
      ["2023-11-10", "veterans-day"],
      ["2023-11-23", "thanksgiving"],
      ["2023-11-24", "day-after-thanksgiving"],
      ["2023-12-25", "christmas"],
    ],
  },
  {
    year: 2024,
    source: "cms-state-holidays-2024",
    days: [
      ["2024-01-01", "new-years-day"],
      ["2024-01-15", "mlk-day"],
      ["2024-02-12", "lincolns-birthday"],
      ["2024-02-19", "washingtons-birthday"],
      ["2024-05-27", "memorial-day"],
      ["2024-06-19", "juneteenth"],
      ["2024-07-04", "independence-day"],
      ["2024-09-02", "labor-day"],
      ["2024-10-14", "columbus-day"],
      ["2024-11-05", "general-election-day"],
      ["2024-11-11", "veterans-day"],
      ["2024-11-28", "thanksgiving"],
      ["2024-11-29", "day-after-thanksgiving"],
      ["2024-12-25", "christmas"],
    ],
  },
  {
    year: 2025,
    source: "cms-state-holidays-2025",
    days: [
      ["2025-01-01", "new-years-day"],
      ["2025-01-20", "mlk-day"],
      ["2025-02-12", "lincolns-birthday"],
      ["2025-02-17", "washingtons-birthday"],
      ["2025-05-26", "memorial-day"],
      ["2025-06-19", "juneteenth"],
      ["2025-07-04", "independence-day"],
      ["2025-09-01", "labor-day"],
      ["2025-10-13", "columbus-day"],
      ["2025-11-11", "veterans-day"],
      ["2025-11-27", "thanksgiving"],
      ["2025-11-28", "day-after-thanksgiving"],
      ["2025-12-25", "christmas"],
    ],
  },
  {
    year: 2026,
    source: "cms-state-holidays-2026",
    days: [
      ["2026-01-01", "new-years-day"],
      ["2026-01-19", "mlk-day"],
      ["2026-02-12", "lincolns-birthday"],
      ["2026-02-16", "washingtons-birthday"],
      ["2026-05-25", "memorial-day"],
      ["2026-06-19", "juneteenth"],
      ["2026-07-03", "independence-day"],
      ["2026-09-07", "labor-day"],
      ["2026-10-12", "columbus-day"],
      ["2026-11-03", "general-election-day"],
      ["2026-11-11", "veterans-day"],
      ["2026-11-26", "thanksgiving"],
      ["2026-11-27", "day-after-thanksgiving"],
      ["2026-12-25", "christmas"],
    ],
  },
  {
    year: 2027,
    source: "cms-state-holidays-2027",
    days: [
      ["2027-01-01", "new-years-day"],
      ["2027-01-18", "mlk-day"],
      ["2027-02-12", "lincolns-birthday"],
      ["2027-02-15", "washingtons-birthday"],
      ["2027-05-31", "memorial-day"],
      ["2027-07-05", "independence-day"],
      ["2027-09-06", "labor-day"],
      ["2027-10-11", "columbus-day"],
      ["2027-11-11", "veterans-day"],
      ["2027-11-25", "thanksgiving"],
      ["2027-11-26", "day-after-thanksgiving"],
      ["2027-12-24", "christmas"],
      ["2027-12-31", "new-years-day"],
    ],
  },
]);
