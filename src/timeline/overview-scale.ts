import {
  daysInMonth,
  FIRST_DAY,
  fromDayNumber,
  type IsoDate,
  isoDate,
  LAST_DAY,
  toDayNumber,
} from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";
import { textWidth } from "./label-placement.js";
import type { TicketTimeline } from "./ticket-timeline.js";

// The one time scale of the overview: every ticket's lane on the same days, so that
// tickets can be compared by eye. The geometry is in pixels of the page's SVG, whose width fits
// a 1280 px window (the page's margins included) without scaling.

/** The overview's columns: ticket number, next due date, then the plot. */
export const OVERVIEW = Object.freeze({
  width: 1176,
  ticketX: 8,
  dueX: 168,
  plotLeft: 276,
  plotRight: 1160,
  /** The font size of the gutter's and the labels' text (monospace, page-style.ts). */
  fontPx: 12,
  labelPx: 11,
});

/** The shared scale: the first and last day shown and the x of each day. */
export interface OverviewScale {
  readonly first: number;
  readonly last: number;
  /** Pixels per day. */
  readonly day: number;
  /** The x of the middle of a date's day. */
  readonly x: (date: IsoDate) => number;
}

/** Days shown before the first and after the last date of any ticket. */
const MARGIN_DAYS = 3;

/** The scale that shows every date of every timeline, and `asOf`, with a margin each side. */
export function overviewScaleOf(timelines: readonly TicketTimeline[], asOf: IsoDate): OverviewScale {
  let low = toDayNumber(asOf);
  let high = low;
  const see = (date: IsoDate) => {
    const n = toDayNumber(date);
    if (n < low) low = n;
    if (n > high) high = n;
  };
  for (const t of timelines) {
    see(t.asOf);
    for (const e of t.events) see(e.date);
    for (const d of t.deadlines) {
      see(d.start);
      see(d.dueDate);
      if (d.metOn) see(d.metOn);
    }
  }
  // The margin stops at the ends of the supported range.
  const first = Math.max(FIRST_DAY, low - MARGIN_DAYS);
  const last = Math.min(LAST_DAY, high + MARGIN_DAYS);
  const day = (OVERVIEW.plotRight - OVERVIEW.plotLeft) / (last - first + 1);
  return { first, last, day, x: (date) => OVERVIEW.plotLeft + (toDayNumber(date) - first + 0.5) * day };
}

const MONTHS = frozen(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
/** The months between two labels, the fewest that keep the labels apart. */
const STEPS = frozen([1, 2, 3, 6, 12, 24, 60, 120, 300]);
const LABEL_GAP = 8;

/** A month on the axis: the x of its first day, and its label when it has one. */
export interface MonthTick {
  readonly x: number;
  readonly date: IsoDate;
  readonly label: { readonly x: number; readonly text: string } | null;
}

/**
 * The month ticks of the scale, and their labels ("Jul 2024"): every `step` months when months
 * are too narrow for one label each; a label at its month's first day, moved left to end inside
 * the plot (the last month's label is never cut off), and left out where it would touch the one
 * before. When the plot starts mid-month, that month is labelled at the plot's left edge if its
 * days leave room for the label.
 */
export function monthTicks(s: OverviewScale): MonthTick[] {
  const width = textWidth("Sep 2024", OVERVIEW.labelPx);
  const step = STEPS.find((n) => n * 28 * s.day >= width + LABEL_GAP) ?? 300;
  const start = fromDayNumber(s.first);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const ticks: MonthTick[] = [];
  let end = Number.NEGATIVE_INFINITY;
  const label = (x: number, date: IsoDate) => {
    const text = `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
    const at = Math.min(Math.max(x + 2, OVERVIEW.plotLeft), OVERVIEW.plotRight - width);
    if (at < end + LABEL_GAP) return null;
    end = at + width;
    return { x: at, text };
  };
  // A month the plot starts in is labelled at the left edge only when its days leave room for the
  // label: else the next month's label would be the one left out.
  const room = (daysInMonth(year, month) - Number(start.slice(8)) + 1) * s.day;
  if (step === 1 && !start.endsWith("-01") && room >= width + LABEL_GAP + 2)
    ticks.push({ x: OVERVIEW.plotLeft, date: start, label: label(OVERVIEW.plotLeft - 2, start) });
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    if (year > 2199) break;
    const date = isoDate(year, month, 1);
    const n = toDayNumber(date);
    if (n > s.last) break;
    const index = year * 12 + month - 1;
    if (index % step !== 0 && 28 * s.day < 4) continue;
    const x = OVERVIEW.plotLeft + (n - s.first) * s.day;
    ticks.push({ x, date, label: index % step === 0 ? label(x, date) : null });
  }
  return ticks;
}

/** Day numbers of the scale, when days are wide enough to shade one by one (else none). */
export function shadedDays(s: OverviewScale, minPixels: number): number[] {
  if (s.day < minPixels) return [];
  return Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i);
}
