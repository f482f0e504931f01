import { argumentError, listArgument, settingsArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import { sortTicketEvents } from "../portal/event-order.js";
import { parseTicket } from "../api/operations/portal-runs.js";
import type { TicketEvaluation } from "../portal/evaluate-ticket.js";
import type { Ticket, TicketEvent } from "../portal/schemas.js";
import { type StatisticsTicket, StatisticsTicketSchema } from "./record.js";

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
 * The statistics record of one ticket and its evaluation (PORTAL-STATISTICS): status and closure
 * reason, MCO receipt and proposal dates, overdue, fine and Upheld/Overturned. `TicketEvaluation`
 * does not carry the proposal's checkboxes, so they are read from the ticket's events. An
 * evaluation dated before the ticket's portal submission ("not yet submitted") is a
 * `RuleInputError`: leave such tickets out, as `portalStatistics` does.
 *
 * @example statisticsRecord(ticket, evaluateParsedTicket(ticket, { asOf: "2024-07-10" })).status // "open"
 */
export function statisticsRecord(ticket: Ticket, evaluation: TicketEvaluation): StatisticsTicket {
  const parsed = parseTicket(ticket);
  evaluationArgument(evaluation);
  if (evaluation.ticketNumber !== parsed.ticketNumber)
    throw argumentError("statisticsRecord", "evaluation.ticketNumber", "the evaluation is of another ticket");
  // What the record takes from the evaluation is checked by the record's own schema.
  return parseInput(StatisticsTicketSchema, recordOf(parsed, evaluation), "statisticsRecord: evaluation");
}

/** What {@link recordOf} reads of an evaluation, of the right types (a few comparisons). */
function evaluationArgument(evaluation: TicketEvaluation): void {
  const fn = "statisticsRecord";
  settingsArgument(evaluation, fn, "evaluation");
  if (typeof evaluation.status !== "string")
    throw argumentError(fn, "evaluation.status", `expected a ticket status, got ${describeValue(evaluation.status)}`);
  if (typeof evaluation.overdue !== "boolean")
    throw argumentError(fn, "evaluation.overdue", `expected true or false, got ${describeValue(evaluation.overdue)}`);
  for (const key of ["fine", "closure"] as const) {
    const value: unknown = evaluation[key];
    if (value !== null && (typeof value !== "object" || Array.isArray(value)))
      throw argumentError(fn, `evaluation.${key}`, `expected an object or null, got ${describeValue(value)}`);
  }
  listArgument(evaluation.deadlines, fn, "evaluation.deadlines").forEach((d, i) => {
    if (typeof d !== "object" || d === null)
      throw argumentError(fn, `evaluation.deadlines[${i}]`, `expected a deadline, got ${describeValue(d)}`);
  });
}

/** @internal {@link statisticsRecord} of a parsed ticket and the evaluation the library made of it. */
export function recordOf(ticket: Ticket, evaluation: TicketEvaluation): StatisticsTicket {
  if (evaluation.status === "not yet submitted") {
    // Counting it as open would count a complaint the portal did not have as of that date.
    const reason = `ticket ${evaluation.ticketNumber} was submitted ${ticket.portalSubmittedOn}, after the evaluation date ${evaluation.asOf}: not counted`;
    throw new RuleInputError([
      { field: "evaluation.status", value: evaluation.status, reason, ruleId: "PORTAL-STATISTICS" },
    ]);
  }
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
