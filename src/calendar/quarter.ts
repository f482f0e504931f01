import { argumentError, dateArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { daysInMonth, type IsoDate, isoDate } from "../core/iso-date.js";

/** A calendar quarter (or another run of months starting in January): the shape every area's reporting period builds on. */
export interface CalendarQuarter {
  /** E.g. `2024-Q2`. */
  readonly id: string;
  readonly year: number;
  /** 1 = the first period of the year. */
  readonly quarter: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
}

/**
 * Period `quarter` of `year` when periods are `monthsPerPeriod` months long (3: calendar quarters).
 *
 * @example calendarQuarter(2024, 2) // { id: "2024-Q2", firstDay: "2024-04-01", lastDay: "2024-06-30", … }
 */
export function calendarQuarter(year: number, quarter: number, monthsPerPeriod = 3): CalendarQuarter {
  if (!(Number.isInteger(monthsPerPeriod) && monthsPerPeriod >= 1 && 12 % monthsPerPeriod === 0)) {
    throw argumentError("calendarQuarter", "monthsPerPeriod", `expected 1, 2, 3, 4, 6 or 12, got ${describeValue(monthsPerPeriod)}`);
  }
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2199)) throw argumentError("calendarQuarter", "year", `expected a whole year 1900-2199, got ${describeValue(year)}`);
  if (!(Number.isInteger(quarter) && quarter >= 1 && quarter <= 12 / monthsPerPeriod)) {
    throw argumentError("calendarQuarter", "quarter", `expected a period number 1-${12 / monthsPerPeriod}, got ${describeValue(quarter)}`);
  }
  const firstMonth = (quarter - 1) * monthsPerPeriod + 1;
  const lastMonth = firstMonth + monthsPerPeriod - 1;
  return {
    id: `${year}-Q${quarter}`,
    year,
    quarter,
    firstMonth,
    lastMonth,
    firstDay: isoDate(year, firstMonth, 1),
    lastDay: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/**
 * The id of the calendar quarter a date falls in.
 *
 * @example calendarQuarterOf(parseIsoDate("2024-05-15")) // "2024-Q2"
 */
export function calendarQuarterOf(date: IsoDate, monthsPerPeriod = 3): string {
  dateArgument(date, "calendarQuarterOf", "date");
  if (!(Number.isInteger(monthsPerPeriod) && monthsPerPeriod >= 1 && 12 % monthsPerPeriod === 0)) {
    throw argumentError("calendarQuarterOf", "monthsPerPeriod", `expected 1, 2, 3, 4, 6 or 12, got ${describeValue(monthsPerPeriod)}`);
  }
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / monthsPerPeriod) + 1}`;
}
