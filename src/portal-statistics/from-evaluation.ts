import type { IsoDate } from "../core/iso-date.js";
import { sortTicketEvents } from "../portal/event-order.js";
import type { TicketEvaluation } from "../portal/evaluate-ticket.js";
import type { Ticket, TicketEvent } from "../portal/schemas.js";
import type { StatisticsTicket } from "./record-schema.js";

type ProposalEvent = Extract<TicketEvent, { type: "proposal submitted" }>;

/** The proposal deadline of an evaluation (the extended one when there is one). */
function proposalDeadline(evaluation: TicketEvaluation) {
  return evaluation.deadlines.find((d) => d.name === "proposal" || d.name === "extended proposal");
}

/**
 * Upheld / Overturned of the proposal the evaluator counted (PORTAL-PROPOSAL-CONTENT): the first
 * `proposal submitted` event of its date; null when neither or both boxes are checked (the
 * evaluator reports that as a finding).
 */
function decisionOf(ticket: Ticket, proposalOn: IsoDate | null): StatisticsTicket["decision"] {
  if (proposalOn === null) return null;
  const proposal = sortTicketEvents(ticket.events).find(
    (e): e is ProposalEvent => e.type === "proposal submitted" && e.date === proposalOn,
  );
  if (!proposal) return null;
  const { upheld, overturned } = proposal.checkboxes;
  if (upheld === overturned) return null;
  return upheld ? "upheld" : "overturned";
}

/**
 * The statistics record of one parsed ticket and its evaluation (PORTAL-STATISTICS): status and
 * closure reason, MCO receipt and proposal dates, overdue, fine and Upheld/Overturned.
 * `TicketEvaluation` does not carry the proposal's checkboxes, so they are read from the ticket's
 * events. The evaluation is of a ticket submitted in the portal by its date (one "not yet
 * submitted" is not counted: `portalStatistics` leaves it out, and `statisticsRecord`'s boundary
 * refuses it, src/api/operations/statistics-runs.ts).
 *
 * @example recordOf(ticket, evaluateTicketOf(ticket, { asOf, options })).status // "open"
 */
export function recordOf(ticket: Ticket, evaluation: TicketEvaluation): StatisticsTicket {
  const proposal = proposalDeadline(evaluation);
  const proposalOn = proposal?.metOn ?? null;
  const wentOverdue = evaluation.overdue || proposal?.status === "late" || evaluation.fine !== null;
  return {
    ticketNumber: evaluation.ticketNumber,
    mco: evaluation.mco,
    program: evaluation.program,
    providerType: evaluation.providerType,
    portalSubmittedOn: ticket.portalSubmittedOn,
    mcoReceivedOn: evaluation.mcoReceivedOn,
    proposalOn,
    status: evaluation.status === "closed" ? "closed" : "open",
    closureReason: evaluation.status === "closed" ? (evaluation.closure?.reason ?? "other") : null,
    overdue: wentOverdue,
    overdueNow: evaluation.overdue,
    decision: decisionOf(ticket, proposalOn),
    fines: evaluation.fine === null ? [] : [evaluation.fine],
  };
}
