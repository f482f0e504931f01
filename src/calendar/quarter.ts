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

/**
 * @internal A shape with its defaults filled in (calendar quarters of a year starting in
 * January, no prefix). The boundary checks a caller's shape first (src/api/operations/calendar-runs.ts).
 */
export function shapeWithDefaults(shape: QuarterShape | undefined): Required<QuarterShape> {
  const { monthsPerPeriod = 3, yearStartMonth = 1, prefix = "" } = shape ?? {};
  return { monthsPerPeriod, yearStartMonth, prefix };
}

/** @internal The period of `year` numbered `quarter`, for a shape with its defaults. */
export function build(year: number, quarter: number, shape: Required<QuarterShape>): CalendarQuarter {
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
 * Period `quarter` of `year` (calendar quarters unless `shape` says otherwise); `year` is a year
 * 1900-2199, `quarter` a period of the shape (the boundary checks).
 *
 * @example calendarQuarter(2024, 2)
 * // { id: "2024-Q2", months: ["2024-04", "2024-05", "2024-06"], firstDay: "2024-04-01", lastDay: "2024-06-30",
 * //   label: "April, May and June 2024", … }
 * @example calendarQuarter(2025, 1, { yearStartMonth: 7, prefix: "SFY" }).firstDay // "2024-07-01"
 */
export function calendarQuarter(year: number, quarter: number, shape?: QuarterShape): CalendarQuarter {
  return build(year, quarter, shapeWithDefaults(shape));
}

/** @internal The period a checked date falls in, for a shape with its defaults. */
export function quarterOfDate(day: IsoDate | string, s: Required<QuarterShape>): CalendarQuarter {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const year = s.yearStartMonth > 1 && m >= s.yearStartMonth ? y + 1 : y;
  const quarter = Math.floor(((((m - s.yearStartMonth) % 12) + 12) % 12) / s.monthsPerPeriod) + 1;
  return build(year, quarter, s);
}

/**
 * The period (calendar quarter unless `shape` says otherwise) a date of the supported range falls in.
 *
 * @example calendarQuarterOf("2024-05-15").id // "2024-Q2"
 * @example calendarQuarterOf("2024-08-15", { yearStartMonth: 7, prefix: "SFY" }).id // "SFY2025-Q1"
 */
export function calendarQuarterOf(date: IsoDate | string, shape?: QuarterShape): CalendarQuarter {
  return quarterOfDate(date, shapeWithDefaults(shape));
}
