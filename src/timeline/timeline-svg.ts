import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { daysInMonth, type IsoDate, weekday } from "../core/iso-date.js";
import { el, escapeText, title } from "./markup.js";
import { LABEL_WIDTH, PLOT_WIDTH, type Scale, scaleOf } from "./scale.js";
import type { TicketTimeline, TimelineDeadline, TimelineEvent } from "./ticket-timeline.js";
import { STATUS_LOOKS, TIMELINE_STATUSES } from "./status-look.js";
import { frozen } from "../core/freeze.js";

const AXIS = 36;
const EVENTS = 130;
const LANE = 26;
const LEGEND = 34;
const MONTHS = frozen(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);

const daysInMonthOf = (date: IsoDate) => daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
const daysOf = (s: Scale): IsoDate[] => Array.from({ length: s.days }, (_, i) => addCalendarDays(s.first, i));
const mid = (s: Scale, date: IsoDate) => s.x(date) + s.day / 2;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Weekends and holidays shaded over the whole plot; a holiday says its name on hover. */
function shading(s: Scale, calendar: BusinessCalendar, bottom: number): string {
  return daysOf(s)
    .map((date) => {
      const holiday = calendar.holidayOn(date);
      const weekend = calendar.weekend.includes(weekday(date));
      if (!holiday && !weekend) return "";
      const box = { x: r1(s.x(date)), y: AXIS, width: r1(s.day), height: bottom - AXIS };
      return holiday
        ? el("rect", { ...box, class: "holiday" }, title(`${date} ${holiday.name} (closed)`))
        : el("rect", { ...box, class: "weekend" });
    })
    .join("");
}

/** Month names at each month's first day, and each Monday's day of the month. */
function axis(s: Scale): string {
  return daysOf(s)
    .map((date, i) => {
      const x = r1(s.x(date));
      const parts: string[] = [];
      // The first day is labelled only when its month does not start within the week.
      const firstLabel = i === 0 && Number(date.slice(8)) < daysInMonthOf(date) - 6;
      if (firstLabel || date.endsWith("-01"))
        parts.push(
          el(
            "text",
            { x: x + 2, y: 13, class: "month" },
            escapeText(`${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`),
          ),
        );
      if (weekday(date) === 1)
        parts.push(
          el("line", { x1: x, x2: x, y1: 20, y2: AXIS, class: "tick" }),
          el("text", { x: x + 2, y: 30, class: "day" }, String(Number(date.slice(8)))),
        );
      return parts.join("");
    })
    .join("");
}

/** The events, one marker per day (same-day events share it), labelled at an angle. */
function events(s: Scale, list: readonly TimelineEvent[]): string {
  const byDay = new Map<IsoDate, string[]>();
  for (const e of list) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e.label]);
  const y = AXIS + EVENTS - 10;
  return [...byDay]
    .map(([date, labels]) => {
      const x = r1(mid(s, date));
      const text = labels.join(" · ");
      return el(
        "g",
        { class: "event" },
        title(`${date} ${text}`),
        el("circle", { cx: x, cy: y, r: 4.5 }),
        el("text", { x: x + 2, y: y - 9, transform: `rotate(-50 ${x + 2} ${y - 9})` }, escapeText(text)),
      );
    })
    .join("");
}

/** The hover text of a deadline: what, who, when, where it stands, why, and under what condition. */
function deadlineText(d: TimelineDeadline): string {
  const met = d.metOn ? `, done ${d.metOn}` : "";
  const condition = d.condition ? ` ${d.condition}.` : "";
  return `${d.name} (${d.party}, ${d.ruleId}) due ${d.dueDate}: ${d.status}${met}.${condition} ${d.explanation}`;
}

/** One lane: the label, the counting period as a bar, the due date as a diamond, the day it was done. */
function lane(s: Scale, d: TimelineDeadline, i: number): string {
  const y = AXIS + EVENTS + i * LANE;
  const label = `${d.name} · ${d.party}`;
  const x0 = r1(mid(s, d.start));
  const x1 = r1(mid(s, d.dueDate));
  const cy = y + LANE / 2;
  const diamond = `M${x1} ${cy - 7}L${x1 + 7} ${cy}L${x1} ${cy + 7}L${x1 - 7} ${cy}Z`;
  const done = d.metOn ? el("circle", { cx: r1(mid(s, d.metOn)), cy, r: 4, class: "done" }) : "";
  return el(
    "g",
    { class: `deadline ${STATUS_LOOKS[d.status].cls}`, "data-status": d.status, "data-due": d.dueDate },
    title(deadlineText(d)),
    el(
      "text",
      { x: 8, y: cy + 4, class: "lane-label" },
      escapeText(label.length > 34 ? `${label.slice(0, 33)}…` : label),
    ),
    el("line", { x1: x0, x2: x1, y1: cy, y2: cy, class: "bar" }),
    el("path", { d: diamond, class: "due" }),
    done,
  );
}

/** The line of `asOf`, labelled. */
function asOfLine(s: Scale, asOf: IsoDate, bottom: number): string {
  const x = r1(mid(s, asOf));
  // Near the right edge the label goes to the left of the line.
  const left = x > LABEL_WIDTH + PLOT_WIDTH - 110;
  const label = el(
    "text",
    { x: left ? x - 4 : x + 4, y: AXIS + 12, "text-anchor": left ? "end" : "start" },
    escapeText(`as of ${asOf}`),
  );
  return el(
    "g",
    { class: "as-of" },
    title(`as of ${asOf}`),
    el("line", { x1: x, x2: x, y1: AXIS - 2, y2: bottom }),
    label,
  );
}

function legend(y: number): string {
  const items = [
    ...TIMELINE_STATUSES.map((st) => [st, `legend-item ${STATUS_LOOKS[st].cls}`] as const),
    ["weekend", "weekend"] as const,
    ["holiday", "holiday"] as const,
  ];
  return el(
    "g",
    { class: "legend", transform: `translate(${LABEL_WIDTH} ${y})` },
    ...items.map(([name, cls], i) =>
      el(
        "g",
        { class: cls, transform: `translate(${i * 105} 0)` },
        el("rect", { x: 0, y: 4, width: 14, height: 14, class: "swatch" }),
        el("text", { x: 20, y: 16 }, escapeText(name === "holiday" ? "State Holiday" : name)),
      ),
    ),
  );
}

/**
 * The SVG timeline of one checked ticket timeline: its events and deadlines (every status) on a
 * day axis, `asOf` marked, weekends and the calendar's holidays shaded, and each mark's
 * explanation on hover (`<title>`). Inline SVG, styled by the page's CSS. The policy of
 * `ticketTimelineSvg` (the timeline and the calendar checked at the boundary:
 * src/api/operations/outputs-runs.ts).
 *
 * @example timelineSvgOf(timelineOf(ticket, { asOf, options }, false).timeline, calendar).startsWith("<svg") // true
 */
export function timelineSvgOf(timeline: TicketTimeline, calendar: BusinessCalendar): string {
  const s = scaleOf(timeline);
  const bottom = AXIS + EVENTS + timeline.deadlines.length * LANE;
  const width = LABEL_WIDTH + PLOT_WIDTH + 20;
  const height = bottom + 8 + LEGEND;
  const name = `Timeline of ticket ${timeline.ticketNumber} as of ${timeline.asOf}`;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "timeline",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": name,
    },
    title(name),
    shading(s, calendar, bottom),
    axis(s),
    events(s, timeline.events),
    ...timeline.deadlines.map((d, i) => lane(s, d, i)),
    timeline.events.length + timeline.deadlines.length === 0
      ? el(
          "text",
          { x: LABEL_WIDTH + 8, y: AXIS + 40, class: "empty" },
          escapeText(`nothing known as of ${timeline.asOf}: ${timeline.status}`),
        )
      : "",
    asOfLine(s, timeline.asOf, bottom),
    legend(bottom + 8),
  );
}
