import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { frozen } from "../core/freeze.js";
import { fromDayNumber, type IsoDate, weekday } from "../core/iso-date.js";
import { fitText, type PlacedLabel, placeLabels, textWidth } from "./label-placement.js";
import { el, escapeText, title } from "./markup.js";
import { type MonthTick, OVERVIEW, type OverviewScale, shadedDays } from "./overview-scale.js";
import { STATUS_LOOKS, type TimelineStatus } from "./status-look.js";
import type { TicketTimeline, TimelineDeadline } from "./ticket-timeline.js";

// The overview's two pictures: the month axis, which stays at the top of the window
// while the lanes scroll (page-style.ts), and one lane per ticket on the shared scale. Every
// text is placed by its estimated width (label-placement.ts): nothing overlaps, nothing leaves
// the picture.

/** A ticket's lane: its timeline, the id of its detail, and its next due date (null: none open or missed). */
export interface Lane {
  readonly timeline: TicketTimeline;
  readonly id: string;
  readonly nextDue: IsoDate | null;
}

const AXIS_HEIGHT = 46;
const MARK_ROW = 24;
const LABEL_ROW = 15;
/**
 * The statuses whose deadlines are labelled in a lane: the work queue's, what is owed now or was
 * not done in time. Projected deadlines are drawn dashed and named on hover and in the detail: a
 * ticket not yet presented projects a dozen, whose labels would bury the lanes.
 */
const LABELLED: readonly TimelineStatus[] = frozen(["open", "missed"] as const);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The axis: the gutter's headings, the month labels and ticks, and `asOf`, each on its own row. */
export function overviewAxisSvg(s: OverviewScale, ticks: readonly MonthTick[], asOf: IsoDate): string {
  const { width, plotLeft, plotRight, labelPx } = OVERVIEW;
  const asOfText = `as of ${asOf}`;
  const asOfWidth = textWidth(asOfText, labelPx);
  const asOfX = r1(s.x(asOf));
  const asOfLabel = Math.min(Math.max(asOfX + 4, plotLeft), plotRight - asOfWidth);
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "overview-axis",
      width,
      height: AXIS_HEIGHT,
      // Scaled with the lanes in a narrow window (page-style.ts), so their months stay aligned.
      viewBox: `0 0 ${width} ${AXIS_HEIGHT}`,
      "aria-hidden": "true",
    },
    el("text", { x: OVERVIEW.ticketX, y: 30, class: "heading" }, "Ticket"),
    el("text", { x: OVERVIEW.dueX, y: 30, class: "heading" }, "Next due"),
    ...ticks.map((t) =>
      [
        el("line", { x1: r1(t.x), x2: r1(t.x), y1: t.label ? 4 : 34, y2: AXIS_HEIGHT, class: "tick" }),
        t.label ? el("text", { x: r1(t.label.x), y: 14, class: "month" }, escapeText(t.label.text)) : "",
      ].join(""),
    ),
    el("line", { x1: asOfX, x2: asOfX, y1: 20, y2: AXIS_HEIGHT, class: "as-of" }),
    el("text", { x: r1(asOfLabel), y: 31, class: "as-of" }, escapeText(asOfText)),
    el("line", { x1: 0, x2: width, y1: AXIS_HEIGHT - 0.5, y2: AXIS_HEIGHT - 0.5, class: "rule" }),
  );
}

/** A pending deadline's label: its name, party (both parties may owe evidence) and due date, fitted to the plot. */
const labelText = (d: TimelineDeadline) =>
  fitText(`${d.name} (${d.party}) ${d.dueDate}`, OVERVIEW.labelPx, OVERVIEW.plotRight - OVERVIEW.plotLeft);

interface LaneLayout {
  readonly labelled: readonly TimelineDeadline[];
  readonly placed: readonly PlacedLabel[];
  readonly height: number;
}

/** The labels of a lane placed (by due date, then as given) and the lane's height. */
function layoutOf(lane: Lane, s: OverviewScale): LaneLayout {
  const labelled = lane.timeline.deadlines
    .filter((d) => LABELLED.includes(d.status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const placed = placeLabels(
    labelled.map((d) => ({ anchor: s.x(d.dueDate), width: textWidth(labelText(d), OVERVIEW.labelPx) })),
    { left: OVERVIEW.plotLeft, right: OVERVIEW.plotRight, offset: 7, gap: 8 },
  );
  const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  return { labelled, placed, height: MARK_ROW + rows * LABEL_ROW + (rows > 0 ? 4 : 0) };
}

/** The hover text of a deadline's marks: what, who, when, where it stands, and under what condition. */
function deadlineText(d: TimelineDeadline): string {
  const met = d.metOn ? `, done ${d.metOn}` : "";
  const condition = d.condition ? ` ${d.condition}.` : "";
  return `${d.name} (${d.party}, ${d.ruleId}) due ${d.dueDate}: ${d.status}${met}.${condition}`;
}

function deadlineMarks(d: TimelineDeadline, s: OverviewScale, cy: number): string {
  const x0 = r1(s.x(d.start));
  const x1 = r1(s.x(d.dueDate));
  const diamond = `M${x1} ${cy - 6}L${r1(x1 + 6)} ${cy}L${x1} ${cy + 6}L${r1(x1 - 6)} ${cy}Z`;
  return el(
    "g",
    { class: `deadline ${STATUS_LOOKS[d.status].cls}`, "data-status": d.status, "data-due": d.dueDate },
    title(deadlineText(d)),
    el("line", { x1: x0, x2: x1, y1: cy, y2: cy, class: "bar" }),
    el("path", { d: diamond, class: "due" }),
    d.metOn ? el("circle", { cx: r1(s.x(d.metOn)), cy, r: 3.5, class: "done" }) : "",
  );
}

/** The events of a ticket, one dot per day (same-day events share it), each named on hover. */
function eventMarks(t: TicketTimeline, s: OverviewScale, cy: number): string {
  const byDay = new Map<IsoDate, string[]>();
  for (const e of t.events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e.label]);
  return [...byDay]
    .map(([date, labels]) =>
      el("circle", { cx: r1(s.x(date)), cy, r: 3, class: "event" }, title(`${date} ${labels.join(" · ")}`)),
    )
    .join("");
}

/** One lane: the ticket's link and next due date in the gutter, its marks, its labels under them. */
function laneSvg(lane: Lane, layout: LaneLayout, s: OverviewScale, y: number, index: number): string {
  const t = lane.timeline;
  const cy = y + 12;
  const gutter = lane.nextDue ?? fitText(t.status, OVERVIEW.fontPx, OVERVIEW.plotLeft - OVERVIEW.dueX - 8);
  const labels = layout.placed.map((p, i) => {
    const d = layout.labelled[i] as TimelineDeadline;
    const baseline = y + MARK_ROW + p.row * LABEL_ROW + 9;
    return el(
      "text",
      { x: r1(p.x), y: baseline, class: `label ${STATUS_LOOKS[d.status].cls}` },
      escapeText(labelText(d)),
    );
  });
  return el(
    "g",
    { class: "lane", "data-ticket": t.ticketNumber, "data-next-due": lane.nextDue ?? undefined },
    index % 2 === 1 ? el("rect", { x: 0, y, width: OVERVIEW.width, height: layout.height, class: "zebra" }) : "",
    el(
      "a",
      { href: `#${lane.id}`, class: "ticket-link" },
      el("text", { x: OVERVIEW.ticketX, y: cy + 4 }, escapeText(fitText(t.ticketNumber, OVERVIEW.fontPx, 150))),
    ),
    el("text", { x: OVERVIEW.dueX, y: cy + 4, class: lane.nextDue ? "next-due" : "no-due" }, escapeText(gutter)),
    ...t.deadlines.map((d) => deadlineMarks(d, s, cy)),
    eventMarks(t, s, cy),
    ...labels,
  );
}

/** Weekends (when a day is 3 px or wider) and the calendar's holidays (1 px or wider), each named on hover. */
function shading(s: OverviewScale, calendar: BusinessCalendar, height: number): string {
  return shadedDays(s, 1)
    .map((n) => {
      const date = fromDayNumber(n);
      const holiday = calendar.holidayOn(date);
      const weekend = s.day >= 3 && calendar.weekend.includes(weekday(date));
      if (!holiday && !weekend) return "";
      const box = { x: r1(s.x(date) - s.day / 2), y: 0, width: r1(s.day), height };
      return holiday
        ? el("rect", { ...box, class: "holiday" }, title(`${date} ${holiday.name} (closed)`))
        : el("rect", { ...box, class: "weekend" });
    })
    .join("");
}

/**
 * The lanes: one per ticket in the order given, on the shared scale; the months' lines and
 * `asOf` across every lane; weekends and holidays shaded where days are wide enough to see.
 */
export function overviewLanesSvg(
  lanes: readonly Lane[],
  s: OverviewScale,
  ticks: readonly MonthTick[],
  calendar: BusinessCalendar,
  asOf: IsoDate,
): string {
  const layouts = lanes.map((lane) => layoutOf(lane, s));
  const tops: number[] = [];
  let height = 0;
  for (const layout of layouts) {
    tops.push(height);
    height += layout.height;
  }
  height = Math.max(height, MARK_ROW);
  const asOfX = r1(s.x(asOf));
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "overview-lanes",
      width: OVERVIEW.width,
      height,
      viewBox: `0 0 ${OVERVIEW.width} ${height}`,
      "aria-label": `One lane per ticket, on one time scale, as of ${asOf}`,
    },
    shading(s, calendar, height),
    ...ticks.map((t) => el("line", { x1: r1(t.x), x2: r1(t.x), y1: 0, y2: height, class: "grid" })),
    ...lanes.map((lane, i) => laneSvg(lane, layouts[i] as LaneLayout, s, tops[i] as number, i)),
    el("g", { class: "as-of" }, title(`as of ${asOf}`), el("line", { x1: asOfX, x2: asOfX, y1: 0, y2: height })),
  );
}
