import { explanationText as explanationTextRun } from "../../calendar/explain.js";
import {
  toICalendar as toICalendarRun,
  deadlineEntries as deadlineEntriesRun,
  explanationEntry as explanationEntryRun,
  eventUid as eventUidRun,
} from "../../ics/icalendar.js";
import { TicketSchema } from "../../portal/schemas.js";
import { ticketTimeline as ticketTimelineRun } from "../../timeline/ticket-timeline.js";
import { timelinePage as timelinePageRun } from "../../timeline/timeline-page.js";
import { TicketTimelineSchema } from "../../timeline/timeline-schema.js";
import { ticketTimelineSvg as ticketTimelineSvgRun } from "../../timeline/timeline-svg.js";
import { data, settings, value } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";

// Pictures and documents: the timeline, iCalendar, explanation text: each public operation declared once (src/api/operation.ts).

export const TICKET_TIMELINE = declareOperation({
  name: "ticketTimeline",
  area: "outputs",
  summary: "The timeline of one Provider Resolution Portal ticket as of `asOf`.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [data("ticket", TicketSchema), settings()],
  settings: ["asOf", "calendar", "options"],
  run: ticketTimelineRun,
});

/**
 * The timeline of one Provider Resolution Portal ticket as of `asOf`: its events known by then,
 * its deadlines (met, late, open, missed) from `evaluateTicket` and, with `project`, the
 * deadlines that will follow (`projectTicket`). Plain data without any member value, for
 * {@link timelinePage}. A bad ticket or setting is a RuleInputError naming it.
 *
 * @example ticketTimeline(ticket, { asOf: "2024-07-10", project: true }).deadlines.map((d) => `${d.name} ${d.status}`)
 */
export const ticketTimeline = entry(TICKET_TIMELINE);

export const TICKET_TIMELINE_SVG = declareOperation({
  name: "ticketTimelineSvg",
  area: "outputs",
  summary: "The SVG timeline of one ticket.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [data("timeline", TicketTimelineSchema), value("calendar")],
  settings: ["calendar"],
  run: ticketTimelineSvgRun,
});

/**
 * The SVG timeline of one ticket: its events and deadlines (met, late, open, missed, projected)
 * on a day axis, `asOf` marked, weekends and the calendar's holidays shaded, and each mark's
 * explanation on hover (`<title>`). Inline SVG, styled by the page's CSS (`timelinePage`). A
 * timeline that is not one (`ticketTimeline` makes them) is a RuleInputError naming the field.
 *
 * @example ticketTimelineSvg(ticketTimeline(ticket, { asOf: "2024-07-10" }), illinoisStateCalendar()).startsWith("<svg") // true
 */
export const ticketTimelineSvg = entry(TICKET_TIMELINE_SVG);

export const TIMELINE_PAGE = declareOperation({
  name: "timelinePage",
  area: "outputs",
  summary:
    "One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the network) with the timeline of each ticket (`ticketTimeline`), `asOf` marked, weekends and holidays shaded, and each deadline's explanation on hover and in a table beside it.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [data("timelines"), settings()],
  settings: ["asOf", "calendar"],
  run: timelinePageRun,
});

/**
 * One self-contained HTML page (inline SVG and CSS, no script, nothing loaded from the
 * network) with the timeline of each ticket (`ticketTimeline`), `asOf` marked, weekends and
 * holidays shaded, and each deadline's explanation on hover and in a table beside it. The page
 * holds no member value (the timelines carry none; a queue item's subject is shown by its ticket
 * number and MCO, or its label, never its member). With `queue` (the items of `workQueue`), the
 * page opens with the work queue: due date, business days left, status, at-risk level, rule,
 * deadline, party, ticket and MCO; a `queue` that is not a list of queue items is a
 * RuleInputError naming `settings.queue`.
 *
 * @example timelinePage([ticketTimeline(ticket, { asOf })], { asOf, calendar: illinoisStateCalendar() })
 * @example timelinePage(timelines, { asOf, calendar, queue: workQueue(evaluations, { asOf, calendar }).items })
 */
export const timelinePage = entry(TIMELINE_PAGE);

export const TO_I_CALENDAR = declareOperation({
  name: "toICalendar",
  area: "outputs",
  summary: "The entries as an iCalendar document (RFC 5545).",
  context: "iCalendar",
  arguments: [data("entries"), settings("options")],
  settings: [],
  run: toICalendarRun,
});

/**
 * The entries as an iCalendar document (RFC 5545): all-day events, the rule ID and explanation
 * in each description.
 *
 * in each description. Two entries with the same UID (the same deadline given twice) get
 * `~2`, `~3`, … in input order, so no calendar application merges them.
 *
 * @example toICalendar(deadlineEntries(result.deadlines, "Ticket T-1", ["ticket", "T-1"]), { name: "Ticket T-1", asOf: "2024-07-01" })
 */
export const toICalendar = entry(TO_I_CALENDAR);

export const DEADLINE_ENTRIES = declareOperation({
  name: "deadlineEntries",
  area: "outputs",
  summary: "Entries for deadlines (a ticket's, a member's).",
  context: "iCalendar",
  arguments: [data("deadlines"), value("subject"), data("uidPrefix")],
  settings: [],
  run: deadlineEntriesRun,
});

/**
 * Entries for deadlines (a ticket's, a member's): summary `<subject>: <name> due (<party>)`.
 * One deadline's UID is its subject's parts, rule, name, party and trigger date (the date its
 * count starts from): the MCO's and the provider's evidence deadlines of one ticket, or two
 * coordinator changes of one member, are separate events, and an export made again keeps them.
 *
 * @example deadlineEntries(result.deadlines, "Ticket T-1", ["ticket", "T-1"])
 */
export const deadlineEntries = entry(DEADLINE_ENTRIES);

export const EXPLANATION_ENTRY = declareOperation({
  name: "explanationEntry",
  area: "outputs",
  summary: "An entry for a computed date with its explanation (a notice deadline, a report due date).",
  context: "iCalendar",
  arguments: [data("explanation"), value("summary"), data("uid")],
  settings: [],
  run: explanationEntryRun,
});

/**
 * An entry for a computed date with its explanation (a notice deadline, a report due date).
 *
 * @example explanationEntry(notice.deadline.explanation, "Sanction notice due", ["sanction-notice", "2024-Q1"])
 */
export const explanationEntry = entry(EXPLANATION_ENTRY);

export const EVENT_UID = declareOperation({
  name: "eventUid",
  area: "outputs",
  summary: "A UID from its parts, reversibly.",
  context: "iCalendar",
  arguments: [data("parts")],
  settings: [],
  run: eventUidRun,
});

/**
 * A UID from its parts, reversibly: letters, digits, `.` and `-` are kept, every other
 * character is escaped (`%20` for a space), and parts are joined by `_`. So `T 1` and `T-1`,
 * or `["A-B", "C"]` and `["A", "B-C"]`, never share a UID.
 *
 * @example eventUid(["ticket", "T 1", "PORTAL-PROPOSAL-DUE"]) // "ticket_T%201_PORTAL-PROPOSAL-DUE"
 */
export const eventUid = entry(EVENT_UID);

export const EXPLANATION_TEXT = declareOperation({
  name: "explanationText",
  area: "outputs",
  summary: "The one-line text of an explanation, lean or full.",
  context: "explanation",
  arguments: [data("explanation")],
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
 * // "ticket received by the MCO 2024-06-04 → + 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day (State Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)"
 * A RuleInputError names what is wrong (`explanation`, `explanation.start`, `explanation.steps`).
 */
export const explanationText = entry(EXPLANATION_TEXT);
