import { argumentError, dateArgument, kindCode, settingsArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { daysInMonth, type IsoDate, isoDate } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

/**
 * A quarter (or another run of months) of a year: the one reporting period every area builds on
 * (SANCTION-PERIOD, WEBCM-COMPLIANCE-REPORT, SPENDDOWN-QUARTERLY-REPORTS, PORTAL-STATISTICS).
 */
export interface CalendarQuarter {
  /** E.g. `2024-Q2`; `SFY2025-Q1` for a year that does not start in January (`prefix`). */
  readonly id: string;
  /** The year the period belongs to; a year starting after January is named by the calendar year it ends in. */
  readonly year: number;
  /** 1 = the first period of the year. */
  readonly quarter: number;
  /** The months of the period, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** The months in words, e.g. `April, May and June 2024`, `November 2024, December 2024 and January 2025`. */
  readonly label: string;
}

/** How the periods of a year are cut. */
export interface QuarterShape {
  /** Months per period: 1, 2, 3 (default: calendar quarters), 4, 6 or 12. */
  readonly monthsPerPeriod?: number;
  /** The month the year starts in (default 1, January; 7 for the Illinois state fiscal year). */
  readonly yearStartMonth?: number;
  /** Written before the year in `id` (e.g. `SFY`; default none). */
  readonly prefix?: string;
}

const MONTH_NAMES = frozen([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const);

// the fallback is never used (a month number 1-12, a weekday 0-6, a period of at least one month): TypeScript asks for
// it
// Stryker disable next-line StringLiteral
const monthName = (monthId: string) => MONTH_NAMES[Number(monthId.slice(5, 7)) - 1] ?? "";
// the fallback is never used (a month number 1-12, a weekday 0-6, a period of at least one month): TypeScript asks for
// it
// Stryker disable next-line StringLiteral
const list = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");

function labelOf(months: readonly string[]): string {
  const years = new Set(months.map((m) => m.slice(0, 4)));
  if (years.size === 1) return `${list(months.map(monthName))} ${[...years][0]}`;
  return list(months.map((m) => `${monthName(m)} ${m.slice(0, 4)}`));
}

function shapeOf(shape: QuarterShape | undefined, fn: string): Required<QuarterShape> {
  const {
    monthsPerPeriod = 3,
    yearStartMonth = 1,
    prefix = "",
  } = shape === undefined ? {} : settingsArgument(shape, fn, "shape");
  if (!(Number.isInteger(monthsPerPeriod) && monthsPerPeriod >= 1 && 12 % monthsPerPeriod === 0)) {
    throw argumentError(
      fn,
      "shape.monthsPerPeriod",
      `expected 1, 2, 3, 4, 6 or 12, got ${describeValue(monthsPerPeriod)}`,
      kindCode(monthsPerPeriod, "number"),
    );
  }
  if (!(Number.isInteger(yearStartMonth) && yearStartMonth >= 1 && yearStartMonth <= 12))
    throw argumentError(
      fn,
      "shape.yearStartMonth",
      `expected a month 1-12, got ${describeValue(yearStartMonth)}`,
      kindCode(yearStartMonth, "number"),
    );
  if (typeof prefix !== "string" || !/^[A-Z]{0,8}$/.test(prefix))
    throw argumentError(
      fn,
      "shape.prefix",
      `expected up to 8 capital letters, got ${describeValue(prefix)}`,
      typeof prefix === "string" ? "invalid_format" : "invalid_type",
    );
  return { monthsPerPeriod, yearStartMonth, prefix };
}

function build(year: number, quarter: number, shape: Required<QuarterShape>): CalendarQuarter {
  // A year starting after January starts in the calendar year before the one it is named by.
  const start =
    (year - (shape.yearStartMonth > 1 ? 1 : 0)) * 12 +
    (shape.yearStartMonth - 1) +
    (quarter - 1) * shape.monthsPerPeriod;
  const months = Array.from({ length: shape.monthsPerPeriod }, (_, i) => {
    const n = start + i;
    return `${String(Math.floor(n / 12)).padStart(4, "0")}-${String((n % 12) + 1).padStart(2, "0")}`;
  });
  // the fallback is never used (a month number 1-12, a weekday 0-6, a period of at least one month): TypeScript asks
  // for it
  // Stryker disable next-line StringLiteral
  const first = months[0] ?? "";
  // the fallback is never used (a month number 1-12, a weekday 0-6, a period of at least one month): TypeScript asks
  // for it
  // Stryker disable next-line StringLiteral
  const last = months[months.length - 1] ?? "";
  const [ly, lm] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  return {
    id: `${shape.prefix}${year}-Q${quarter}`,
    year,
    quarter,
    months,
    firstDay: isoDate(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 1),
    lastDay: isoDate(ly, lm, daysInMonth(ly, lm)),
    label: labelOf(months),
  };
}

/**
 * Period `quarter` of `year` (calendar quarters unless `shape` says otherwise).
 *
 * @example calendarQuarter(2024, 2)
 * // { id: "2024-Q2", months: ["2024-04", "2024-05", "2024-06"], firstDay: "2024-04-01", lastDay: "2024-06-30",
 * //   label: "April, May and June 2024", … }
 * @example calendarQuarter(2025, 1, { yearStartMonth: 7, prefix: "SFY" }).firstDay // "2024-07-01"
 */
export function calendarQuarter(year: number, quarter: number, shape?: QuarterShape): CalendarQuarter {
  const s = shapeOf(shape, "calendarQuarter");
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2199))
    throw argumentError(
      "calendarQuarter",
      "year",
      `expected a whole year 1900-2199, got ${describeValue(year)}`,
      kindCode(year, "number"),
    );
  if (!(Number.isInteger(quarter) && quarter >= 1 && quarter <= 12 / s.monthsPerPeriod)) {
    throw argumentError(
      "calendarQuarter",
      "quarter",
      `expected a period number 1-${12 / s.monthsPerPeriod}, got ${describeValue(quarter)}`,
      kindCode(quarter, "number"),
    );
  }
  return build(year, quarter, s);
}

/**
 * The period (calendar quarter unless `shape` says otherwise) a date falls in.
 *
 * @example calendarQuarterOf("2024-05-15").id // "2024-Q2"
 * @example calendarQuarterOf("2024-08-15", { yearStartMonth: 7, prefix: "SFY" }).id // "SFY2025-Q1"
 */
export function calendarQuarterOf(date: IsoDate | string, shape?: QuarterShape): CalendarQuarter {
  const day = dateArgument(date, "calendarQuarterOf", "date");
  const s = shapeOf(shape, "calendarQuarterOf");
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const year = s.yearStartMonth > 1 && m >= s.yearStartMonth ? y + 1 : y;
  const quarter = Math.floor(((((m - s.yearStartMonth) % 12) + 12) % 12) / s.monthsPerPeriod) + 1;
  return build(year, quarter, s);
}
