import { fromDayNumber, type IsoDate, toDayNumber } from "../core/iso-date.js";

/** `date + n` calendar days (kept here so that zod refinements need no calendar import). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Compares two strings for sorting, by code unit (locale-independent, deterministic). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
