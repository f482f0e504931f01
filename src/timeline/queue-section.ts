// The work queue at the top of the timeline page: the open and missed deadlines in the order
// `workQueue` gives them, each with its explanation on hover.
import { explanationText } from "../calendar/explain.js";
import type { AtRiskLevel } from "../queue/types.js";
import type { QueueRowItem } from "./queue-item-schema.js";
import { STATUS_LOOKS } from "./status-look.js";
import { el, escapeText } from "./markup.js";
import { frozen } from "../core/freeze.js";

// The CSS class of each at-risk level (page-style.ts), one per level of the queue's vocabulary.
const AT_RISK_CLASSES: Readonly<Record<AtRiskLevel, string>> = Object.freeze({
  "on track": "at-risk-on-track",
  warning: "at-risk-warning",
  critical: "at-risk-critical",
  breached: "at-risk-breached",
});

// A member is never shown (docs/privacy.md): the subject is the ticket number and MCO, or the
// queue's label, which names a member by position only; never `subject.member`.
function queueRow(x: QueueRowItem, idOf: (ticketNumber: string) => string | undefined): string {
  const cells: [string, string | undefined][] = [
    [x.dueDate, "date"],
    [String(x.businessDaysLeft), "number"],
    [x.status, `status-${STATUS_LOOKS[x.status].cls}`],
    [x.atRisk, AT_RISK_CLASSES[x.atRisk]],
    [x.ruleId, undefined],
    [x.name, undefined],
    [x.party, undefined],
    [x.subject.ticketNumber ?? x.subject.label, undefined],
    [x.subject.mco ?? "", undefined],
  ];
  const attributes = {
    title: explanationText(x.explanation),
    "data-due": x.dueDate,
    "data-ticket": x.subject.ticketNumber,
  };
  // The ticket links to its detail on the page, when the page has it.
  const id = x.subject.ticketNumber === undefined ? undefined : idOf(x.subject.ticketNumber);
  return el(
    "tr",
    attributes,
    ...cells.map(([c, cls], i) =>
      el(
        "td",
        { class: cls },
        i === 7 && id !== undefined ? el("a", { href: `#${id}` }, escapeText(c)) : escapeText(c),
      ),
    ),
  );
}

const HEADINGS = frozen([
  "Due",
  "Business days left",
  "Status",
  "At risk",
  "Rule",
  "Deadline",
  "Party",
  "Ticket",
  "MCO",
]);

/**
 * The "Work queue" section: a table of the items in the given order, or a line saying there are
 * none. `idOf` gives the anchor of a ticket's detail on the page (undefined: not on the page).
 *
 * @example queueSection(workQueue(evaluations, { asOf }).items, asOf, () => undefined)
 */
export function queueSection(
  items: readonly QueueRowItem[],
  asOf: string,
  idOf: (ticketNumber: string) => string | undefined,
): string {
  const heading = el("h2", {}, escapeText(`Work queue as of ${asOf}: ${items.length} open or missed deadline(s)`));
  if (items.length === 0)
    return el("section", { class: "queue" }, heading, el("p", { class: "summary" }, "No open or missed deadline."));
  const head = el("tr", {}, ...HEADINGS.map((h) => el("th", {}, escapeText(h))));
  const note = el(
    "p",
    { class: "summary" },
    "Sorted by due date; a ticket links to its detail below, with each deadline's explanation.",
  );
  return el(
    "section",
    { class: "queue" },
    heading,
    note,
    el("table", { class: "queue" }, el("thead", {}, head), el("tbody", {}, ...items.map((x) => queueRow(x, idOf)))),
  );
}
