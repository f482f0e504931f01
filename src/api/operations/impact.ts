import { deadlineImpact as deadlineImpactRun } from "../../impact/deadline-impact.js";
import { projectTicket as projectTicketRun } from "../../impact/project-ticket.js";
import { TicketSchema } from "../../portal/schemas.js";
import { data, items, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";

// What a calendar change moves, a ticket's projected future (docs/impact.md): each public operation declared once (src/api/operation.ts).

export const DEADLINE_IMPACT = declareOperation({
  name: "deadlineImpact",
  area: "impact",
  summary: "Which ticket deadlines a calendar change moves.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [items("tickets", TicketSchema), settings()],
  settings: ["asOf", "options", "detail"],
  run: deadlineImpactRun,
});

/**
 * Which ticket deadlines a calendar change moves: each ticket is evaluated as of `asOf` under
 * the `before` and the `after` calendar (`evaluateTicket`, same options), and every deadline
 * whose due date or status differs is listed with both due dates and statuses, in ticket order.
 * A ticket no deadline of which moves gives nothing. A bad ticket is a RuleInputError naming
 * it (ticket number and 0-based index); a bad setting, one naming the setting.
 *
 * @example
 * const closure = { date: "2024-07-05", name: "Office closure" };
 * const after = createCalendar({ base: illinoisStateCalendar(), add: [closure] });
 * deadlineImpact(tickets, { asOf: "2024-07-10", before: illinoisStateCalendar(), after })
 * // [{ ticketNumber: "PRP-2024-0614", name: "proposal", before: { dueDate: "2024-07-05", … }, after: { dueDate: "2024-07-08", … }, daysMoved: 3, … }]
 */
export const deadlineImpact = entry(DEADLINE_IMPACT);

export const PROJECT_TICKET = declareOperation({
  name: "projectTicket",
  area: "impact",
  summary: "A ticket's whole future as of `asOf`.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [data("ticket", TicketSchema), settings()],
  settings: ["asOf", "calendar", "options"],
  run: projectTicketRun,
});

/**
 * A ticket's whole future as of `asOf`: the deadlines that exist (`evaluateTicket`), and the
 * ones that will follow, each under the condition that brings it, in the policy's words: "if
 * the proposal is submitted on its due date" (the contest window), "if the provider contests
 * on the last day" (the HFS review request), "if HFS approves an extension requested on the
 * last allowed day" (the extended proposal). Each projected deadline is what `evaluateTicket`
 * gives, as of `evaluatedAsOf`, for the ticket with its events known as of `asOf` (those dated
 * on or before it) and `assumedEvents`: nothing is recomputed here. The presentation to the MCO
 * comes first: while it is due, the MCO's deadlines are projected from it (open point 4). A bad ticket or setting is a RuleInputError naming it.
 *
 * @example
 * projectTicket(freshTicket, { asOf: "2024-05-20" }).projected.map((d) => `${d.name} ${d.dueDate} ${d.condition}`)
 * // ["proposal 2024-07-05 if the Portal Team presents the ticket to the MCO on its due date", "contest 2024-07-12 if …", …]
 */
export const projectTicket = entry(PROJECT_TICKET);
