import { workQueue as workQueueRun } from "../../queue/work-queue.js";
import { data, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";

// The work queue across areas (docs/queue.md): each public operation declared once (src/api/operation.ts).

export const WORK_QUEUE = declareOperation({
  name: "workQueue",
  area: "queue",
  summary: "The work queue as of `asOf`.",
  context: "work queue",
  arguments: [data("results"), settings()],
  settings: ["asOf", "options"],
  run: workQueueRun,
});

/**
 * The work queue as of `asOf`: one item per open or missed deadline of the given results, of any
 * area (portal ticket evaluations, WebCM contact deadlines, spenddown member-months and provider
 * quarters, sanction calendars, notices and notices as of a date; each recognised by its shape,
 * docs/queue.md), sorted by due date, then area, subject, rule, name and party. Each item says
 * how many business days are left (negative when missed), its status, rule, party, what it is
 * about, its at-risk level and its explanation. A closed ticket adds nothing (its deadlines are
 * moot). Options (`WorkQueueOptions`): `withinBusinessDays`, `withinCalendarDays`, `parties`,
 * `atRisk`. A result of no known shape is a RuleInputError naming `results[i]`.
 *
 * @example
 * workQueue(evaluateTickets(tickets, { asOf: "2024-06-20" }), { asOf: "2024-06-20", options: { withinBusinessDays: 5 } })
 *   .items.map((i) => `${i.dueDate} ${i.subject.label} ${i.name} ${i.businessDaysLeft}`)
 */
export const workQueue = entry(WORK_QUEUE);
