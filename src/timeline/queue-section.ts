// The work queue at the top of the timeline page: the open and missed deadlines in the order
// `workQueue` gives them, each with its explanation on hover.
import { explanationText } from "../calendar/explain.js";
import * as z from "zod/mini";
import { parseInput } from "../core/errors.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { PARTIES } from "../core/types.js";
import { AT_RISK_LEVELS, type AtRiskLevel, QUEUE_STATUSES, type WorkQueueItem } from "../queue/types.js";
import { STATUS_LOOKS } from "./status-look.js";
import { el, escapeText } from "./markup.js";
import { frozen } from "../core/freeze.js";

// The fields of a WorkQueueItem the page shows, checked where a caller hands items in: a
// hand-made or altered item is a RuleInputError naming `settings.queue[i]…`. Other fields
// (the area, calendar days, the subject's member) are not shown and not required.
const QueueItemSchema = z.object({
  dueDate: IsoDateSchema,
  businessDaysLeft: z.number().check(z.int()),
  status: z.enum(QUEUE_STATUSES),
  atRisk: z.enum(AT_RISK_LEVELS),
  ruleId: z.string(),
  name: z.string(),
  party: z.enum(PARTIES),
  subject: z.object({ ticketNumber: z.optional(z.string()), mco: z.optional(z.string()), label: z.string() }),
  explanation: z.object({
    start: IsoDateSchema,
    startLabel: z.optional(z.string()),
    steps: z.array(z.object({ reason: z.string() })),
  }),
});

/**
 * @internal The items of a work queue as the page reads them.
 *
 * @example QueueItemsSchema.safeParse(workQueue(evaluations, { asOf }).items).success // true
 */
export const QueueItemsSchema = frozen(z.array(QueueItemSchema));

/** The part of a {@link WorkQueueItem} the page shows. */
export type QueueRowItem = z.output<typeof QueueItemSchema>;

/**
 * The items, checked: a RuleInputError naming `settings.queue` (and the item's field) when they are not queue items.
 *
 * @example queueItemsArgument({ items: [] } as never, "timelinePage") // throws "timelinePage: settings.queue: expected a list, got an object"
 */
export function queueItemsArgument(queue: readonly WorkQueueItem[], fn: string): readonly QueueRowItem[] {
  return parseInput(z.object({ settings: z.object({ queue: QueueItemsSchema }) }), { settings: { queue } }, fn).settings
    .queue;
}

// The CSS class of each at-risk level (page-style.ts), one per level of the queue's vocabulary.
const AT_RISK_CLASSES: Readonly<Record<AtRiskLevel, string>> = Object.freeze({
  "on track": "at-risk-on-track",
  warning: "at-risk-warning",
  critical: "at-risk-critical",
  breached: "at-risk-breached",
});

// A member is never shown (docs/privacy.md): the subject is the ticket number and MCO, or the
// queue's label, which names a member by position only; never `subject.member`.
function queueRow(x: QueueRowItem): string {
  const cells: [string, string | undefined][] = [
    [x.dueDate, undefined],
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
  return el("tr", attributes, ...cells.map(([c, cls]) => el("td", { class: cls }, escapeText(c))));
}

const HEADINGS = ["Due", "Business days left", "Status", "At risk", "Rule", "Deadline", "Party", "Ticket", "MCO"];

/**
 * The "Work queue" section: a table of the items in the given order, or a line saying there are none.
 *
 * @example queueSection(queueItemsArgument(workQueue(evaluations, { asOf }).items, "timelinePage"), asOf)
 */
export function queueSection(items: readonly QueueRowItem[], asOf: string): string {
  const heading = el("h2", {}, escapeText(`Work queue as of ${asOf}: ${items.length} open or missed deadline(s)`));
  if (items.length === 0)
    return el("section", { class: "queue" }, heading, el("p", { class: "summary" }, "No open or missed deadline."));
  const head = el("tr", {}, ...HEADINGS.map((h) => el("th", {}, escapeText(h))));
  const note = el("p", { class: "summary" }, "Sorted by due date; hover a row for its explanation.");
  return el(
    "section",
    { class: "queue" },
    heading,
    note,
    el("table", { class: "queue" }, el("thead", {}, head), el("tbody", {}, ...items.map(queueRow))),
  );
}
