import { daysBetween, FIRST_DAY, fromDayNumber, type IsoDate, LAST_DAY, toDayNumber } from "../core/iso-date.js";
import type { TicketTimeline } from "./ticket-timeline.js";

/** The geometry of one timeline: the days it shows and where each lands, in pixels. */
export interface Scale {
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly days: number;
  /** Pixels per day. */
  readonly day: number;
  /** The x of the left edge of a date's day column. */
  readonly x: (date: IsoDate) => number;
}

export const LABEL_WIDTH = 230;
export const PLOT_WIDTH = 860;
/** Days shown before the first and after the last date of the ticket. */
const MARGIN_DAYS = 3;

/** The scale that shows every date of the timeline, `asOf` included, with a margin each side. */
export function scaleOf(timeline: TicketTimeline): Scale {
  const dates = [
    timeline.asOf,
    ...timeline.events.map((e) => e.date),
    ...timeline.deadlines.flatMap((d) => [d.start, d.dueDate, ...(d.metOn ? [d.metOn] : [])]),
  ];
  const sorted = [...dates].sort();
  // The margin stops at the ends of the supported range: a ticket dated 1900-01-01 still has a timeline.
  const first = fromDayNumber(Math.max(FIRST_DAY, toDayNumber(sorted[0] ?? timeline.asOf) - MARGIN_DAYS));
  const last = fromDayNumber(Math.min(LAST_DAY, toDayNumber(sorted[sorted.length - 1] ?? timeline.asOf) + MARGIN_DAYS));
  const days = daysBetween(first, last) + 1;
  const day = PLOT_WIDTH / days;
  return { first, last, days, day, x: (date) => LABEL_WIDTH + daysBetween(first, date) * day };
}
