import { frozen } from "../../core/freeze.js";
/**
 * When a statutory holiday falls, as data (CAL-STATE-HOLIDAYS). A fixed date may have a weekend
 * substitute (`observance`); the other kinds always fall on a weekday.
 */
export type HolidayRule =
  | {
      readonly kind: "fixed";
      readonly month: number;
      readonly day: number;
      readonly observance: "friday-before-monday-after" | "none";
    }
  /** The n-th given weekday of the month; n = -1 is the last one. */
  | { readonly kind: "nth-weekday"; readonly month: number; readonly weekday: number; readonly n: number }
  /** The Tuesday after the first Monday in November, in even years only. */
  | { readonly kind: "general-election" }
  /** The day after another holiday of the table (by key). */
  | { readonly kind: "day-after"; readonly of: StatuteHolidayKey };

export type StatuteHolidayKey =
  | "new-years-day"
  | "mlk-day"
  | "lincolns-birthday"
  | "washingtons-birthday"
  | "memorial-day"
  | "juneteenth"
  | "independence-day"
  | "labor-day"
  | "columbus-day"
  | "general-election-day"
  | "veterans-day"
  | "thanksgiving"
  | "day-after-thanksgiving"
  | "christmas";

export interface StatuteHoliday {
  readonly key: StatuteHolidayKey;
  readonly name: string;
  readonly rule: HolidayRule;
  /** The first year it is a state holiday (absent: every year the calendar covers). */
  readonly from?: number;
  /** The source ID the day comes from (src/calendar/holiday-sources.ts). */
  readonly source: string;
  /** The legal basis, as a reader cites it. */
  readonly basis: string;
}

const WEEKEND = "friday-before-monday-after";
const AUTHORIZED = "80 Ill. Adm. Code 303.190 (Authorized Holidays)";
/** How a Saturday or Sunday holiday is observed: on every CMS State Holidays list 2017-2027. */
const OBSERVED = "; on a Saturday observed the Friday before, on a Sunday the Monday after (every CMS list 2017-2027)";

/**
 * The Illinois state-office holidays as the statute and the personnel rule give them, in
 * calendar order: the table the projected years (those without a published list) come from.
 * 5 ILCS 490 and 80 Ill. Adm. Code 303.190; Juneteenth from 2022 with no weekend substitute
 * (5 ILCS 490/63 as amended by P.A. 102-0014); the Day after Thanksgiving as on every CMS list.
 */
export const STATUTE_HOLIDAYS: readonly StatuteHoliday[] = frozen([
  {
    key: "new-years-day",
    name: "New Year's Day",
    rule: { kind: "fixed", month: 1, day: 1, observance: WEEKEND },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}${OBSERVED}`,
  },
  {
    key: "mlk-day",
    name: "Martin Luther King Jr. Day",
    rule: { kind: "nth-weekday", month: 1, weekday: 1, n: 3 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: third Monday in January`,
  },
  {
    key: "lincolns-birthday",
    name: "Lincoln's Birthday",
    rule: { kind: "fixed", month: 2, day: 12, observance: WEEKEND },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}${OBSERVED}`,
  },
  {
    key: "washingtons-birthday",
    name: "Washington's Birthday",
    rule: { kind: "nth-weekday", month: 2, weekday: 1, n: 3 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: third Monday in February`,
  },
  {
    key: "memorial-day",
    name: "Memorial Day",
    rule: { kind: "nth-weekday", month: 5, weekday: 1, n: -1 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: last Monday in May`,
  },
  {
    key: "juneteenth",
    name: "Juneteenth",
    rule: { kind: "fixed", month: 6, day: 19, observance: "none" },
    from: 2022,
    source: "5-ilcs-490",
    basis:
      "5 ILCS 490/63 as amended by P.A. 102-0014: when June 19 falls on a Saturday or Sunday, neither the preceding " +
      "Friday nor the following Monday is a paid holiday",
  },
  {
    key: "independence-day",
    name: "Independence Day",
    rule: { kind: "fixed", month: 7, day: 4, observance: WEEKEND },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}${OBSERVED}`,
  },
  {
    key: "labor-day",
    name: "Labor Day",
    rule: { kind: "nth-weekday", month: 9, weekday: 1, n: 1 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: first Monday in September`,
  },
  {
    key: "columbus-day",
    name: "Columbus Day",
    rule: { kind: "nth-weekday", month: 10, weekday: 1, n: 2 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: second Monday in October`,
  },
  {
    key: "general-election-day",
    name: "General Election Day",
    rule: { kind: "general-election" },
    source: "80-iac-303.190",
    basis:
      `${AUTHORIZED}: "General Election Day (on which Members of the House of Representatives are elected)", ` +
      `even years; CMS: "No General Election" in odd years`,
  },
  {
    key: "veterans-day",
    name: "Veterans' Day",
    rule: { kind: "fixed", month: 11, day: 11, observance: WEEKEND },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}${OBSERVED}`,
  },
  {
    key: "thanksgiving",
    name: "Thanksgiving Day",
    rule: { kind: "nth-weekday", month: 11, weekday: 4, n: 4 },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}: fourth Thursday in November`,
  },
  {
    key: "day-after-thanksgiving",
    name: "Day after Thanksgiving",
    rule: { kind: "day-after", of: "thanksgiving" },
    source: "80-iac-303.190",
    basis: `Every CMS State Holidays list 2017-2027: "Thanksgiving: Thursday and Friday"`,
  },
  {
    key: "christmas",
    name: "Christmas Day",
    rule: { kind: "fixed", month: 12, day: 25, observance: WEEKEND },
    source: "80-iac-303.190",
    basis: `${AUTHORIZED}${OBSERVED}`,
  },
]);

/** The table's row for a key. */
export function statuteHoliday(key: StatuteHolidayKey): StatuteHoliday {
  const row = STATUTE_HOLIDAYS.find((h) => h.key === key);
  if (!row) throw new Error(`no statute holiday "${key}" (CAL-STATE-HOLIDAYS)`);
  return row;
}
