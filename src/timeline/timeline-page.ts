import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import { el, escapeText } from "./markup.js";
import type { WorkQueueItem } from "../queue/types.js";
import { PAGE_STYLE } from "./page-style.js";
import type { QueueRowItem } from "./queue-item-schema.js";
import { STATUS_LOOKS } from "./status-look.js";
import { queueSection } from "./queue-section.js";
import type { TicketTimeline, TimelineDeadline } from "./ticket-timeline.js";
import { timelineSvgOf } from "./timeline-svg.js";

/** The settings of `timelinePage`. */
export interface TimelinePageSettings {
  readonly asOf: string;
  readonly calendar: BusinessCalendar;
  /** The page's heading (default: "Provider Resolution Portal tickets"). */
  readonly title?: string;
  /**
   * The items of a work queue (`workQueue(…).items`): shown first, as a "Work queue" table in
   * the order given (the queue's), each row's explanation on hover. Default: no queue section.
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

function deadlineRow(d: TimelineDeadline): string {
  const cells = [d.name, d.party, d.dueDate, d.status, d.metOn ?? "", d.condition ?? "", d.explanation];
  return el(
    "tr",
    {},
    ...cells.map((c, i) => el("td", i === 3 ? { class: `status-${STATUS_LOOKS[d.status].cls}` } : {}, escapeText(c))),
  );
}

function deadlineTable(t: TicketTimeline): string {
  const head = el(
    "tr",
    {},
    ...["Deadline", "Party", "Due", "Status", "Done", "Condition", "Explanation"].map((h) => el("th", {}, h)),
  );
  return el(
    "details",
    { open: "open" },
    el("summary", {}, "Deadlines and explanations"),
    el("table", {}, el("thead", {}, head), el("tbody", {}, ...t.deadlines.map(deadlineRow))),
  );
}

function findingsList(t: TicketTimeline): string {
  if (t.findings.length === 0) return "";
  const items = t.findings.map((f) =>
    el("li", {}, escapeText(`${f.severity}: ${f.message} (${f.ruleId}${f.code ? `, ${f.code}` : ""})`)),
  );
  return el("details", {}, el("summary", {}, escapeText(`Findings (${t.findings.length})`)), el("ul", {}, ...items));
}

function ticketSection(t: TicketTimeline, calendar: BusinessCalendar): string {
  const status = t.closureReason ? `${t.status} (${t.closureReason})` : t.status;
  return el(
    "section",
    { class: "ticket", "data-ticket": t.ticketNumber },
    el("h2", {}, escapeText(`Ticket ${t.ticketNumber}: ${status}`)),
    el("p", { class: "summary" }, escapeText(`${t.mco} · ${t.program} · ${t.providerType}`)),
    timelineSvgOf(t, calendar),
    deadlineTable(t),
    findingsList(t),
  );
}

/**
 * One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the
 * network) with the timeline of each checked ticket timeline, `asOf` marked, weekends and
 * holidays shaded, and each deadline's explanation on hover and in a table beside it; with
 * `queue`, the page opens with the work queue. The page holds no member value (the timelines
 * carry none; a queue item's subject is shown by its ticket number and MCO, or its label, never
 * its member). The policy of `timelinePage` (checked at the boundary:
 * src/api/operations/outputs-runs.ts).
 *
 * @example timelinePageOf([timeline], { asOf, calendar: illinoisStateCalendar() })
 */
export function timelinePageOf(timelines: readonly TicketTimeline[], settings: ResolvedTimelinePageSettings): string {
  const { asOf, calendar } = settings;
  const queue = settings.queue === undefined ? "" : queueSection(settings.queue, asOf);
  const heading = settings.title ?? "Provider Resolution Portal tickets";
  const meta =
    `as of ${asOf} · calendar: ${calendar.name} (version ${calendar.version}) · ${timelines.length} ` +
    "ticket(s) · hover a mark for its explanation";
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
    ...timelines.map((t) => ticketSection(t, calendar)),
  );
  return `<!DOCTYPE html>\n${el("html", { lang: "en" }, head, body)}\n`;
}
