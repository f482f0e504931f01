import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { frozen } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import { el, escapeText } from "./markup.js";
import type { WorkQueueItem } from "../queue/types.js";
import { PAGE_STYLE } from "./page-style.js";
import type { QueueRowItem } from "./queue-item-schema.js";
import { type Lane, overviewAxisSvg, overviewLanesSvg } from "./overview-svg.js";
import { monthTicks, overviewScaleOf } from "./overview-scale.js";
import { STATUS_LOOKS, TIMELINE_STATUSES } from "./status-look.js";
import { queueSection } from "./queue-section.js";
import { ticketDetail } from "./ticket-detail.js";
import type { TicketTimeline } from "./ticket-timeline.js";

/** The settings of `timelinePage`. */
export interface TimelinePageSettings {
  readonly asOf: string;
  readonly calendar: BusinessCalendar;
  /** The page's heading (default: "Provider Resolution Portal tickets"). */
  readonly title?: string;
  /**
   * The items of a work queue (`workQueue(…).items`): shown first, as a "Work queue" table in
   * the order given (the queue's), each row's explanation on hover and its ticket linked to the
   * ticket's detail. Default: no queue section.
   */
  readonly queue?: readonly WorkQueueItem[];
}

/** The settings of {@link timelinePageOf}: checked at the boundary, the queue's items read as the page shows them. */
export interface ResolvedTimelinePageSettings {
  readonly asOf: IsoDate;
  readonly calendar: BusinessCalendar;
  readonly title?: string;
  readonly queue?: readonly QueueRowItem[];
}

const PENDING: readonly string[] = frozen(["open", "missed"]);

/** The earliest due date of a ticket's open or missed deadlines (what the work queue lists), or null. */
function nextDueOf(t: TicketTimeline): IsoDate | null {
  let next: IsoDate | null = null;
  for (const d of t.deadlines) if (PENDING.includes(d.status) && (next === null || d.dueDate < next)) next = d.dueDate;
  return next;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The lanes in the overview's order: the tickets with an open or missed deadline first, the
 * soonest due first; then the others; in the order given where they tie (a stable sort, so the
 * page is the same for the same input). Each has an anchor: `ticket-` and its number when the
 * number is a plain one and unique, else `lane-` and its position in the list given.
 */
export function lanesOf(timelines: readonly TicketTimeline[]): Lane[] {
  const count = new Map<string, number>();
  for (const t of timelines) count.set(t.ticketNumber, (count.get(t.ticketNumber) ?? 0) + 1);
  const lanes = timelines.map((timeline, i) => ({
    timeline,
    id:
      SAFE_ID.test(timeline.ticketNumber) && count.get(timeline.ticketNumber) === 1
        ? `ticket-${timeline.ticketNumber}`
        : `lane-${i + 1}`,
    nextDue: nextDueOf(timeline),
  }));
  const key = (l: Lane) => (l.nextDue === null ? "~" : l.nextDue);
  return lanes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const STATUS_KEY = el(
  "ul",
  { class: "key" },
  ...TIMELINE_STATUSES.map((st) => el("li", { class: STATUS_LOOKS[st].cls }, escapeText(st))),
  el("li", { class: "event" }, "event"),
  el("li", { class: "as-of" }, "as of"),
);

function overviewSection(lanes: readonly Lane[], settings: ResolvedTimelinePageSettings): string {
  const { asOf, calendar } = settings;
  const scale = overviewScaleOf(
    lanes.map((l) => l.timeline),
    asOf,
  );
  const ticks = monthTicks(scale);
  const note =
    "One lane per ticket, on one time scale: each deadline a bar from the day its count starts to its due date " +
    "(a diamond), a ring on the day it was done; events are dots. Open and missed deadlines are " +
    "labelled, projected ones dashed. Sorted by next due date (the earliest open or missed deadline), " +
    "then the tickets with none. A ticket links to its detail below; hover a mark for what it is.";
  return el(
    "section",
    { class: "overview", id: "overview" },
    el("h2", {}, escapeText(`Overview: ${lanes.length} ticket(s) as of ${asOf}`)),
    el("p", { class: "summary" }, escapeText(note)),
    STATUS_KEY,
    el(
      "div",
      { class: "overview" },
      el("div", { class: "axis" }, overviewAxisSvg(scale, ticks, asOf)),
      overviewLanesSvg(lanes, scale, ticks, calendar, asOf),
    ),
  );
}

/**
 * One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the
 * network): with `queue`, the work queue first; then the overview, one lane per checked ticket
 * timeline on one time scale (`asOf` marked, weekends and holidays shaded where days are wide
 * enough), sorted by next due date ({@link lanesOf}); then each ticket's detail on its own
 * anchor, its events and its deadlines with their explanations step by step. The page holds no
 * member value (the timelines carry none; a queue item's subject is shown by its ticket number
 * and MCO, or its label, never its member). The policy of `timelinePage` (checked at the
 * boundary: src/api/operations/outputs-runs.ts).
 *
 * @example timelinePageOf([timeline], { asOf, calendar: illinoisStateCalendar() })
 */
export function timelinePageOf(timelines: readonly TicketTimeline[], settings: ResolvedTimelinePageSettings): string {
  const { asOf, calendar } = settings;
  const lanes = lanesOf(timelines);
  const ids = new Map<string, string>();
  for (const l of lanes) if (!ids.has(l.timeline.ticketNumber)) ids.set(l.timeline.ticketNumber, l.id);
  const queue = settings.queue === undefined ? "" : queueSection(settings.queue, asOf, (n) => ids.get(n));
  const heading = settings.title ?? "Provider Resolution Portal tickets";
  const count = `${timelines.length} ticket(s)`;
  const meta = `as of ${asOf} · calendar: ${calendar.name} (version ${calendar.version}) · ${count}`;
  const head = el(
    "head",
    {},
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el("title", {}, escapeText(`${heading} as of ${asOf}`)),
    el("style", {}, PAGE_STYLE),
  );
  const body = el(
    "body",
    {},
    el("h1", {}, escapeText(heading)),
    el("p", { class: "meta" }, escapeText(meta)),
    queue,
    overviewSection(lanes, settings),
    ...lanes.map((l) => ticketDetail(l.timeline, l.id)),
  );
  return `<!DOCTYPE html>\n${el("html", { lang: "en" }, head, body)}\n`;
}
