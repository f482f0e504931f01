import { frozen } from "../core/freeze.js";
import { el, escapeText } from "./markup.js";
import { STATUS_LOOKS } from "./status-look.js";
import type { TicketTimeline, TimelineDeadline } from "./ticket-timeline.js";

// A ticket's detail under the overview, on its own anchor: its events and deadlines as
// tables, each deadline's explanation step by step, readable without hovering; the findings in
// a disclosure (a `<summary>` is focusable, and needs no script).

const DATE = /\d{4}-\d{2}-\d{2}/g;

/** Escaped text whose dates never break across lines (a browser breaks after a hyphen). */
export function withDates(text: string): string {
  return escapeText(text).replace(DATE, (d) => `<time>${d}</time>`);
}

const dateCell = (date: string | null) => el("td", { class: "date" }, escapeText(date ?? ""));

/** The steps of an explanation's one line (`explanationText` joins them with ` → `), one item each. */
function steps(explanation: string): string {
  return el("ol", { class: "steps" }, ...explanation.split(" → ").map((s) => el("li", {}, withDates(s))));
}

function deadlineRow(d: TimelineDeadline): string {
  return el(
    "tr",
    { "data-status": d.status },
    el("td", {}, escapeText(d.name)),
    el("td", {}, escapeText(d.party)),
    el("td", { class: "rule" }, escapeText(d.ruleId)),
    dateCell(d.start),
    dateCell(d.dueDate),
    el("td", { class: `status-${STATUS_LOOKS[d.status].cls}` }, escapeText(d.status)),
    dateCell(d.metOn),
    el("td", {}, withDates(d.condition ?? "")),
    el("td", { class: "explanation" }, steps(d.explanation)),
  );
}

const HEADINGS = frozen(["Deadline", "Party", "Rule", "Start", "Due", "Status", "Done", "Condition", "Explanation"]);

function deadlineTable(t: TicketTimeline): string {
  if (t.deadlines.length === 0) return el("p", { class: "summary" }, "No deadline.");
  const head = el("tr", {}, ...HEADINGS.map((h) => el("th", {}, h)));
  return el(
    "table",
    { class: "deadlines" },
    el("caption", {}, "Deadlines and explanations"),
    el("thead", {}, head),
    el("tbody", {}, ...t.deadlines.map(deadlineRow)),
  );
}

function eventTable(t: TicketTimeline): string {
  if (t.events.length === 0) return el("p", { class: "summary" }, escapeText(`No event as of ${t.asOf}.`));
  const rows = t.events.map((e) => el("tr", {}, dateCell(e.date), el("td", {}, escapeText(e.label))));
  return el(
    "table",
    { class: "events" },
    el("caption", {}, "Events"),
    el("thead", {}, el("tr", {}, el("th", {}, "Date"), el("th", {}, "Event"))),
    el("tbody", {}, ...rows),
  );
}

function findingsList(t: TicketTimeline): string {
  if (t.findings.length === 0) return "";
  const items = t.findings.map((f) =>
    el("li", {}, withDates(`${f.severity}: ${f.message} (${f.ruleId}${f.code ? `, ${f.code}` : ""})`)),
  );
  return el("details", {}, el("summary", {}, escapeText(`Findings (${t.findings.length})`)), el("ul", {}, ...items));
}

/**
 * The detail of one ticket, on the anchor `id` the overview and the queue link to: heading,
 * MCO, program and provider type, a link back to the overview, the events, the deadlines with
 * their explanations, the findings.
 */
export function ticketDetail(t: TicketTimeline, id: string): string {
  const status = t.closureReason ? `${t.status} (${t.closureReason})` : t.status;
  return el(
    "section",
    { class: "ticket", id, "data-ticket": t.ticketNumber },
    el("h2", {}, escapeText(`Ticket ${t.ticketNumber}: ${status}`)),
    el(
      "p",
      { class: "summary" },
      escapeText(`${t.mco} · ${t.program} · ${t.providerType} · `),
      el("a", { href: "#overview" }, "back to the overview"),
    ),
    el("div", { class: "detail" }, eventTable(t), deadlineTable(t)),
    findingsList(t),
  );
}
