import { daysFromCivil, fromDayNumber, type IsoDate, weekdayOfDayNumber } from "../../core/iso-date.js";
import type { Holiday } from "../business-calendar.js";
import type { PublishedDay, PublishedDayEntry, PublishedYear } from "./published.js";
import { type HolidayRule, STATUTE_HOLIDAYS, type StatuteHoliday, statuteHoliday } from "./statute.js";

/** The n-th `weekday` of a month (n = -1: the last), as a day number. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
    return last - ((weekdayOfDayNumber(last) - weekday + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((weekday - weekdayOfDayNumber(first) + 7) % 7) + 7 * (n - 1);
}

/** The day a rule names in `year`, before any weekend observance; undefined when none that year. */
function nominalDay(rule: HolidayRule, year: number): number | undefined {
  switch (rule.kind) {
    case "fixed":
      return daysFromCivil(year, rule.month, rule.day);
    case "nth-weekday":
      return nthWeekday(year, rule.month, rule.weekday, rule.n);
    case "general-election":
      // The Tuesday after the first Monday in November, even years (80 Ill. Adm. Code 303.190).
      return year % 2 === 0 ? nthWeekday(year, 11, 1, 1) + 1 : undefined;
    case "day-after": {
      const of = nominalDay(statuteHoliday(rule.of).rule, year);
      return of === undefined ? undefined : of + 1;
    }
  }
}

/**
 * The day offices close for a holiday of `year`: a fixed date on a Saturday moves to the Friday
 * before and on a Sunday to the Monday after, unless the rule has no weekend substitute
 * (Juneteenth, 5 ILCS 490/63), then there is no closure that year.
 */
function closedDay(holiday: StatuteHoliday, year: number): number | undefined {
  // Own properties only: a key put on Object.prototype (`from`, `name`) must not change a closure.
  if (Object.hasOwn(holiday, "from") && holiday.from !== undefined && year < holiday.from) return undefined;
  const day = nominalDay(holiday.rule, year);
  if (day === undefined || holiday.rule.kind !== "fixed") return day;
  const weekday = weekdayOfDayNumber(day);
  if (weekday !== 0 && weekday !== 6) return day;
  if (holiday.rule.observance === "none") return undefined;
  return weekday === 6 ? day - 1 : day + 1;
}

/** "(observed)" when the closure is not on the holiday's own fixed date. */
function nameOn(holiday: StatuteHoliday, date: IsoDate): string {
  const rule = holiday.rule;
  const own =
    rule.kind === "fixed" &&
    date.slice(5) === `${String(rule.month).padStart(2, "0")}-${String(rule.day).padStart(2, "0")}`;
  return rule.kind === "fixed" && !own ? `${holiday.name} (observed)` : holiday.name;
}

/**
 * The closures of `year` projected from the statute table (CAL-STATE-HOLIDAYS), in date order,
 * each `projected` with the statute's source and basis and the given note. The observed New
 * Year's Day of year + 1 (Friday 31 December) belongs to `year`.
 *
 * @example projectYear(2031, "the state has not published 2031")[0].date // "2031-01-01"
 */
export function projectYear(year: number, note: string): Holiday[] {
  const days: Holiday[] = [];
  for (const y of [year, year + 1]) {
    for (const holiday of STATUTE_HOLIDAYS) {
      const day = closedDay(holiday, y);
      if (day === undefined) continue;
      const date = fromDayNumber(day);
      if (!date.startsWith(`${year}-`)) continue;
      days.push({
        date,
        name: nameOn(holiday, date),
        provenance: "projected",
        source: holiday.source,
        basis: holiday.basis,
        note,
      });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function isTuple(day: PublishedDay): day is Extract<PublishedDay, readonly unknown[]> {
  return Array.isArray(day);
}

/** A published day as a {@link Holiday}: the statute row gives name and basis unless the day overrides them. */
function publishedDay(day: PublishedDay, year: PublishedYear): Holiday {
  const entry: PublishedDayEntry = isTuple(day) ? { date: day[0] as IsoDate, holiday: day[1] } : day;
  const row = statuteHoliday(entry.holiday);
  return {
    date: entry.date,
    name: (Object.hasOwn(entry, "name") ? entry.name : undefined) ?? nameOn(row, entry.date),
    provenance: "published",
    source: (Object.hasOwn(entry, "source") ? entry.source : undefined) ?? year.source,
    basis: (Object.hasOwn(entry, "basis") ? entry.basis : undefined) ?? row.basis,
  };
}

/** A published year's days as {@link Holiday}s, in date order. */
export function publishedYear(year: PublishedYear): Holiday[] {
  return year.days.map((day) => publishedDay(day, year)).sort((a, b) => a.date.localeCompare(b.date));
}
