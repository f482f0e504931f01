import type { AsOfSettings } from "../calendar/settings.js";
import type { InvalidItem, OnError } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Fine } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import type { Closure } from "./closure.js";
import { type TicketContext, ticketContext } from "./context.js";
import { DatesCache, NEW_PORTAL_RULE } from "./dates-cache.js";
import { PORTAL_FINDINGS, type PortalFinding } from "./finding-codes.js";
import { type FineNotice, fineNoticeOf } from "./fine-notice.js";
import { walkHistory } from "./history.js";
import { reviewIntake } from "./intake.js";
import type { PortalOptions, ResolvedPortalOptions } from "./options.js";
import { overdueOn, proposalTimeline } from "./proposal-timeline.js";
import type { Ticket, TicketInput } from "./schemas.js";
import { ticketStatus, type TicketStatus } from "./status.js";
import type { SubmissionWindow } from "./submission-window.js";
import { overdueAndFine } from "./ticket-fine.js";
import { ticketDeadlines } from "./deadlines.js";

import type { TicketPolicy } from "./ticket-policy.js";

export type { TicketPolicy };

/** Where a ticket stands as of `asOf`: plain, JSON-serialisable data. */
export interface TicketEvaluation {
  readonly ticketNumber: string;
  readonly mco: string;
  readonly program: string;
  readonly providerType: string;
  readonly asOf: IsoDate;
  readonly policy: TicketPolicy;
  readonly status: TicketStatus;
  /** Why and when the ticket was closed (null while open). */
  readonly closure: Closure | null;
  readonly submissionWindow: SubmissionWindow | null;
  /** The day the MCO's clock started (open point 4), null when it has not. */
  readonly mcoReceivedOn: IsoDate | null;
  /** The proposal due date in force (the extension date when there is one). */
  readonly proposalDueDate: IsoDate | null;
  readonly deadlines: readonly Deadline[];
  readonly findings: readonly PortalFinding[];
  /** PORTAL-OVERDUE as of `asOf`: no written proposal by the due date, and still none. */
  readonly overdue: boolean;
  readonly overdueSince: IsoDate | null;
  /** The PORTAL-FINE the ticket exposes the MCO to (also after a late proposal), or null. */
  readonly fine: Fine | null;
  readonly fineNotice: FineNotice | null;
}

/**
 * `asOf` (required), the calendar and the open-point options (`PortalOptions`) of an evaluation:
 * the library's one call shape ({@link AsOfSettings}). The options are typed for callers in
 * TypeScript and validated at run time for JSON from outside.
 */
export type EvaluateTicketSettings = AsOfSettings<PortalOptions>;

/**
 * The settings of an evaluation as the policy reads them: `asOf` checked, the open-point options
 * with their defaults applied, the calendar and `detail` among them (the boundary reads them:
 * src/api/settings/portal.ts).
 */
export interface ResolvedTicketSettings {
  readonly asOf: IsoDate;
  readonly options: ResolvedPortalOptions;
}

// The filing date's TicketPolicy (one per filing date, shared by the results, frozen).
function policyOf(ctx: TicketContext): TicketPolicy {
  const policy = ctx.rules.policy;
  const { newPortalFrom, inScope, rulesNotInForce } = policy;
  if (!inScope) {
    const facts = { filedOn: ctx.filedOn, newPortalFrom, rulesNotInForce: [...rulesNotInForce] };
    const place = { ruleId: rulesNotInForce[0] ?? NEW_PORTAL_RULE, events: ["portal submission"], date: ctx.filedOn };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "outside-modelled-policy", facts, place));
  }
  return policy;
}

/**
 * A ticket entered in the portal after `asOf` is not known yet (facts after `asOf` never count):
 * no intake, no deadline, no finding, status "not yet submitted".
 */
function notYetSubmitted(ticket: Ticket, asOf: IsoDate, policy: TicketPolicy): TicketEvaluation {
  const { ticketNumber, mco, program, providerType } = ticket;
  const none = { closure: null, submissionWindow: null, mcoReceivedOn: null, proposalDueDate: null };
  return {
    ticketNumber,
    mco,
    program,
    providerType,
    asOf,
    policy,
    status: "not yet submitted",
    ...none,
    deadlines: [],
    findings: [],
    overdue: false,
    overdueSince: null,
    fine: null,
    fineNotice: null,
  };
}

function evaluate(ticket: Ticket, asOf: IsoDate, cache: DatesCache): TicketEvaluation {
  // Checked before the context is built: nothing about the ticket is evaluated yet.
  if (ticket.portalSubmittedOn > asOf)
    return notYetSubmitted(ticket, asOf, cache.rulesOf(ticket.portalSubmittedOn).policy);
  const ctx = ticketContext(ticket, asOf, cache);
  const policy = policyOf(ctx);
  const intake = reviewIntake(ctx);
  const h = walkHistory(ctx, intake.closure);
  const timeline = intake.closure === null ? proposalTimeline(h, ctx) : null;
  // Stryker disable next-line ConditionalExpression: the timeline is already null when the intake closed the ticket
  const deadlines = ticketDeadlines(h, ctx, intake.closure === null ? timeline : null);
  const fine = overdueAndFine(h, ctx, timeline);
  // PORTAL-FINE-NOTICE has the versions of PORTAL-FINE (rules.ts): a fine is never without its notice rule
  // Stryker disable next-line ConditionalExpression
  const notice =
    fine !== null && cache.rulesOf(fine.overdueOn).inForce["PORTAL-FINE-NOTICE"] ? fineNoticeOf(fine) : null;
  const closure = h.closure !== null && h.closure.on <= asOf ? h.closure : null;
  return {
    ticketNumber: ticket.ticketNumber,
    mco: ticket.mco,
    program: ticket.program,
    providerType: ticket.providerType,
    asOf,
    policy,
    status: ticketStatus(h, asOf),
    closure,
    submissionWindow: intake.submissionWindow,
    mcoReceivedOn: timeline?.mcoReceivedOn ?? null,
    proposalDueDate: timeline?.due.result ?? null,
    deadlines,
    findings: ctx.findings,
    overdue: timeline?.overdue ?? false,
    overdueSince: timeline?.overdue ? overdueOn(timeline) : null,
    fine,
    fineNotice: notice,
  };
}

/**
 * Where one parsed Provider Resolution Portal ticket stands as of `asOf` under the policy:
 * status, closure, every deadline with its explanation, findings, overdue, fine and fine notice.
 * An impossible history is a finding, never an exception. The policy of `evaluateTicket` (the
 * ticket parsed and the settings read at the boundary: src/api/operations/portal-runs.ts); the
 * rule lookups of each filing date come from `dates` (by default the cache shared by the
 * evaluations under the same options).
 *
 * @example evaluateTicketOf(ticket, { asOf, options }).deadlines.map((d) => `${d.name} ${d.dueDate} ${d.status}`)
 */
export function evaluateTicketOf(
  ticket: Ticket,
  settings: ResolvedTicketSettings,
  dates: DatesCache = new DatesCache(settings.options),
): TicketEvaluation {
  return evaluate(ticket, settings.asOf, dates);
}

/**
 * The evaluator of parsed tickets under one set of resolved settings: the rule lookups of each
 * filing date shared by its tickets (through `dates`, by default a cache of its own, made here).
 *
 * @example tickets.map(ticketEvaluator({ asOf, options }))
 */
export function ticketEvaluator(
  settings: ResolvedTicketSettings,
  dates: DatesCache = new DatesCache(settings.options),
): (ticket: Ticket) => TicketEvaluation {
  const { asOf } = settings;
  return (ticket) => evaluate(ticket, asOf, dates);
}

/** A ticket `evaluateTickets` could not evaluate, under `onError: "collect"` (`index` is 0-based). */
export type InvalidTicket = InvalidItem<"ticketNumber">;

/** How a batch of tickets is read: `evaluateTickets`'s and a {@link TicketEvaluator}'s `evaluateMany`. */
export interface TicketBatchSettings {
  /** `false`: the tickets are already parsed (`Ticket`) and are not validated again. */
  readonly validate?: boolean;
  /**
   * `throw` (default): the first bad ticket stops the batch; `collect`: it gets an {@link InvalidTicket} and the batch
   * goes on.
   */
  readonly onError?: OnError;
}

/** The settings of `evaluateTickets`. */
export interface EvaluateTicketsSettings extends EvaluateTicketSettings, TicketBatchSettings {}

/**
 * An evaluator of tickets under one set of settings (`createTicketEvaluator`), read and checked
 * once: it holds the cache of rule lookups and dates its tickets share (bounded), and nothing
 * else, so that its answers are those of `evaluateTicket` and `evaluateTickets` under the same
 * settings, whatever it evaluated before.
 */
export interface TicketEvaluator {
  /** `evaluateTicket(ticket, settings)`, with the evaluator's settings and cache. */
  evaluate(ticket: TicketInput): TicketEvaluation;
  /** `evaluateTickets(tickets, { ...settings, onError, validate })`, with the evaluator's settings and cache. */
  evaluateMany(
    tickets: Iterable<TicketInput>,
    settings: TicketBatchSettings & { readonly onError: "collect" },
  ): (TicketEvaluation | InvalidTicket)[];
  evaluateMany(
    tickets: Iterable<TicketInput>,
    settings?: TicketBatchSettings & { readonly onError?: "throw" },
  ): TicketEvaluation[];
  evaluateMany(tickets: Iterable<TicketInput>, settings?: TicketBatchSettings): (TicketEvaluation | InvalidTicket)[];
}
