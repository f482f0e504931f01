import { explanationTextRun } from "./explain-runs.js";
import { TicketSchema } from "../../portal/schemas.js";
import { TicketTimelineSchema } from "../../timeline/timeline-schema.js";
import { data, settings, value } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { ticketTimelineRun, ticketTimelineSvgRun, timelinePageRun } from "./outputs-runs.js";

// Pictures and documents: the timeline, iCalendar, explanation text: each public operation declared once
// (src/api/operation.ts). The checked runs of the timeline are in ./outputs-runs.ts.

export const TICKET_TIMELINE = /* @__PURE__ */ declareOperation({
  name: "ticketTimeline",
  area: "outputs",
  summary: "The timeline of one Provider Resolution Portal ticket as of `asOf`.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ data("ticket", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "rules"],
  run: ticketTimelineRun,
});

/**
 * The timeline of one Provider Resolution Portal ticket as of `asOf`: its events known by then,
 * its deadlines (every status: met, late, open, missed, not used) from `evaluateTicket` and, with `project`, the
 * deadlines that will follow (`projectTicket`). Plain data without any member value, for
 * {@link timelinePage}. A bad ticket or setting is a RuleInputError naming it.
 *
 * @example ticketTimeline(ticket, { asOf: "2024-07-10", project: true }).deadlines.map((d) => `${d.name} ${d.status}`)
 */
export const ticketTimeline = /* @__PURE__ */ entry(TICKET_TIMELINE);

export const TICKET_TIMELINE_SVG = /* @__PURE__ */ declareOperation({
  name: "ticketTimelineSvg",
  area: "outputs",
  summary: "The SVG timeline of one ticket.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ data("timeline", TicketTimelineSchema), /* @__PURE__ */ value("calendar")],
  settings: ["calendar"],
  run: ticketTimelineSvgRun,
});

/**
 * The SVG timeline of one ticket: its events and deadlines (every status: met, late, open,
 * missed, not used, not applicable, projected) on a day axis, `asOf` marked, weekends and the calendar's holidays
 * shaded, and each mark's explanation on hover (`<title>`). Inline SVG, styled by the page's CSS (`timelinePage`). A
 * timeline that is not one (`ticketTimeline` makes them) is a RuleInputError naming the field.
 *
 * @example
 * ticketTimelineSvg(ticketTimeline(ticket, { asOf: "2024-07-10" }), illinoisStateCalendar()).startsWith("<svg")
 * // true
 */
export const ticketTimelineSvg = /* @__PURE__ */ entry(TICKET_TIMELINE_SVG);

export const TIMELINE_PAGE = /* @__PURE__ */ declareOperation({
  name: "timelinePage",
  area: "outputs",
  summary:
    "One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the network): the work " +
    "queue, an overview of every ticket (`ticketTimeline`) on one time scale, one lane each sorted by next due " +
    "date, and each ticket's detail with its deadlines' explanations step by step.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ data("timelines"), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar"],
  run: timelinePageRun,
});

/**
 * One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the
 * network), for one ticket or five hundred. With `queue` (the items of `workQueue`), it opens
 * with the work queue: due date, business days left, status, at-risk level, rule, deadline,
 * party, ticket (linked to its detail) and MCO; a `queue` that is not a list of queue items is a
 * RuleInputError naming `settings.queue`. Then the overview: every ticket (`ticketTimeline`) on
 * one time scale, one lane each, sorted by next due date (the earliest open or missed deadline
 * first; then the tickets with none, in the order given), `asOf` marked, month ticks on a shared
 * axis, open and missed deadlines labelled without overlap. Then each ticket's detail on its own
 * anchor: its events, and its deadlines with status, dates, condition and explanation step by
 * step. The page holds no member value (the timelines carry none; a queue item's subject is
 * shown by its ticket number and MCO, or its label, never its member).
 *
 * @example timelinePage([ticketTimeline(ticket, { asOf })], { asOf, calendar: illinoisStateCalendar() })
 * @example timelinePage(timelines, { asOf, calendar, queue: workQueue(evaluations, { asOf, calendar }).items })
 */
export const timelinePage = /* @__PURE__ */ entry(TIMELINE_PAGE);

export const EXPLANATION_TEXT = /* @__PURE__ */ declareOperation({
  name: "explanationText",
  area: "outputs",
  summary: "The one-line text of an explanation, lean or full.",
  context: "explanation",
  arguments: [/* @__PURE__ */ data("explanation")],
  settings: [],
  run: explanationTextRun,
});

/**
 * The one-line text of an explanation, lean or full: the start (with its label) and each step's
 * reason, joined by ` → ` (what `text` held in 0.1, and still holds in the full record). The CLI's
 * table, text, iCalendar, timeline and CSV outputs show it.
 *
 * @example
 * explanationText(evaluateTicket(ticket, { asOf }).deadlines[0].explanation)
 * // "ticket received by the MCO 2024-06-04 → + 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day (State
 * //   Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)"
 * A RuleInputError names what is wrong (`explanation`, `explanation.start`, `explanation.steps`).
 */
export const explanationText = /* @__PURE__ */ entry(EXPLANATION_TEXT);
