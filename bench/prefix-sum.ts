// The floor the calendar figure is measured against: a hand-written business-day lookup over
// the same holidays, as small as it can be. One Int32 prefix sum of business days indexed by day
// number over the whole range, the business days in order, ISO digits parsed without `Date`,
// and each day's string built once. No argument checks, no years, no provenance.
import type { BusinessCalendar } from "../src/index.js";

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), on integers. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `addBusinessDays(date, n)` for n ≥ 1 over `firstYear` … `lastYear`, from `calendar`'s holidays. */
export function prefixSumLookup(
  calendar: BusinessCalendar,
  firstYear: number,
  lastYear: number,
): (date: string, n: number) => string {
  const base = dayNumber(firstYear, 1, 1);
  const length = dayNumber(lastYear + 1, 1, 1) - base;
  const closed = new Set<number>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of calendar.holidays(year))
      closed.add(dayNumber(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10))));
  }
  /** `through[i]` = business days on or before day base + i. */
  const through = new Int32Array(length);
  const business = new Int32Array(length);
  const text: string[] = new Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    const day = base + i;
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) business[count++] = i;
    through[i] = count;
    const date = new Date(day * 86_400_000);
    text[i] = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  }
  return (date, n) => {
    const year =
      date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328;
    const month = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528;
    const i = dayNumber(year, month, date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528) - base;
    return text[business[(through[i] as number) + n - 1] as number] as string;
  };
}
