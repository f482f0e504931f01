// A date cell of an export: tried against each date-fns `parse` pattern in order, then (when
// the column allows it) as a spreadsheet serial date. A wall-clock timestamp (`2024-03-04
// 10:15`) is the calendar date it names; an instant (a pattern with an offset, `XXX`, or a Unix
// timestamp, `t`/`T`) becomes the date it falls on in the map's time zone, never the process's
// (guide rule 2). docs/cli.md, "Column maps".
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { UtcDate } from "./utc-date.js";

/** How a column's dates are read. */
export interface DateReading {
  /** date-fns `parse` patterns, tried in order. */
  readonly patterns: readonly string[];
  /** Whether a number is a spreadsheet serial date (1900 date system). */
  readonly serial: boolean;
  /** The calendar date of an instant in the map's time zone. */
  readonly dayOf: (instant: number) => string;
}

const DAY_MS = 86_400_000;
// Any fixed day does: `parse` takes the parts a pattern lacks from it (a new Date each time:
// no module-level object that a caller could change).
const REFERENCE_DAY = Date.UTC(2000, 0, 1);
const SERIAL = /^\d{1,7}(\.\d+)?$/;

/** The ISO date of a time zone's calendar for an instant, with `Intl` (no process zone involved). */
export function dayInZone(timeZone: string): (instant: number) => string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return (instant) => {
    const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
    return `${String(parts.year).padStart(4, "0")}-${parts.month}-${parts.day}`;
  };
}

/** Whether a pattern reads an instant (an offset or a Unix timestamp) rather than wall-clock fields. */
export function readsInstant(pattern: string): boolean {
  return /[XxtT]/.test(pattern.replace(/'[^']*'/g, ""));
}

const isoOf = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(
    date.getUTCDate(),
  ).padStart(2, "0")}`;

/**
 * The date of a spreadsheet serial number (1900 date system: 1 is 1900-01-01). Spreadsheets
 * count a 1900-02-29 that never was (serial 60, kept from Lotus 1-2-3), so serials from 61 on
 * are one day ahead of a plain count: 61 is 1900-03-01. A fraction is the time of day.
 *
 * @example serialDate("45355.427") // "2024-03-04"
 */
export function serialDate(cell: string): { value: string } | { error: string } {
  const serial = Math.floor(Number(cell));
  if (serial < 1) return { error: "a serial date before 1 (1900-01-01)" };
  if (serial === 60) return { error: "serial date 60 is 1900-02-29, a day that does not exist" };
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return { value: isoOf(new Date(base + serial * DAY_MS)) };
}

function withinYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2199;
}

function describe(reading: DateReading): string {
  const patterns = reading.patterns.join(" or ");
  return reading.serial ? `${patterns} or a spreadsheet serial date` : patterns;
}

/** A date cell (trimmed, not empty) as an ISO date, or why not (never the cell). */
export function readDate(cell: string, reading: DateReading): { value: string } | { error: string } {
  for (const pattern of reading.patterns) {
    const date = parse(cell, pattern, new UtcDate(REFERENCE_DAY), {
      in: (value) => new UtcDate(value as number | Date),
    });
    if (!isValid(date)) continue;
    const iso = readsInstant(pattern) ? reading.dayOf(date.getTime()) : isoOf(date);
    if (!withinYears(iso)) return { error: `a date outside 1900-2199 (read as ${pattern})` };
    return { value: iso };
  }
  if (reading.serial && SERIAL.test(cell)) {
    const read = serialDate(cell);
    if ("value" in read && !withinYears(read.value)) return { error: "a serial date outside 1900-2199" };
    return read;
  }
  return { error: `not a date in the format ${describe(reading)}` };
}
