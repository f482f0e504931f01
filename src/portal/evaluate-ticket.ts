import { type AsOfSettings, readAsOfSettings } from "../calendar/settings.js";
import { type BatchItems, type InvalidItem, type OnError, onErrorOf, runBatch } from "../core/batch.js";
import { iterableArgument } from "../core/arguments.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Fine, Finding } from "../core/types.js";
import { isCleanTicket } from "./clean-ticket.js";
import type { Closure } from "./closure.js";
import { type TicketContext, ticketContext } from "./context.js";
import { type DatesCache, NEW_PORTAL_RULE, sharedDatesCache } from "./dates-cache.js";
import { type FineNotice, fineNoticeOf } from "./fine-notice.js";
import { walkHistory } from "./history.js";
import { reviewIntake } from "./intake.js";
import { type PortalOptions, type ResolvedPortalOptions, resolvePortalOptions } from "./options.js";
import { overdueOn, proposalTimeline } from "./proposal-timeline.js";
import { type Ticket, type TicketInput, TicketSchema } from "./schemas.js";
import { ticketStatus, type TicketStatus } from "./status.js";
import type { SubmissionWindow } from "./submission-window.js";
import { overdueAndFine } from "./ticket-fine.js";
import { ticketDeadlines } from "./deadlines.js";

import type { TicketPolicy } from "./ticket-policy.js";
import { frozen } from "../core/freeze.js";

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
  readonly findings: readonly Finding[];
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

// The filing date's TicketPolicy (one per filing date, shared by the results, frozen).
function policyOf(ctx: TicketContext): TicketPolicy {
  const policy = ctx.rules.policy;
  const { newPortalFrom, inScope, rulesNotInForce } = policy;
  if (!inScope) {
    ctx.findings.push({
      ruleId: rulesNotInForce[0] ?? NEW_PORTAL_RULE,
      code: "outside-modelled-policy",
      party: "HFS Portal Team",
      severity: "warning",
      message: `Filed ${ctx.filedOn}, before the new portal process of ${newPortalFrom}: outside the modelled policy. Only the rules then in force are evaluated; not evaluated: ${rulesNotInForce.join(", ")}.`,
      events: ["portal submission"],
      date: ctx.filedOn,
    });
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
  // Stryker disable next-line ConditionalExpression: PORTAL-FINE-NOTICE has the versions of PORTAL-FINE (rules.ts): a fine is never without its notice rule
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

const TICKET_CONTEXT = "Provider Resolution Portal ticket";

function settingsOf(settings: EvaluateTicketSettings, fn: string): { asOf: IsoDate; options: ResolvedPortalOptions } {
  const { asOf, calendar, options, detail } = readAsOfSettings(settings, fn);
  return { asOf, options: resolvePortalOptions(options, calendar, detail) };
}

/**
 * Where one Provider Resolution Portal ticket stands as of `asOf` under the policy: status,
 * closure, every deadline with its explanation, findings, overdue, fine and fine notice. The
 * ticket is validated (a bad field is a RuleInputError naming it); an impossible history is a
 * finding, never an exception.
 *
 * @example
 * evaluateTicket(ticketJson, { asOf: "2024-07-10" }).deadlines.map((d) => `${d.name} ${d.dueDate} ${d.status}`)
 */
export function evaluateTicket(ticket: TicketInput, settings: EvaluateTicketSettings): TicketEvaluation {
  const { asOf, options } = settingsOf(settings, "evaluateTicket");
  const parsed = isCleanTicket(ticket) ? ticket : parseInput(TicketSchema, ticket, TICKET_CONTEXT);
  return evaluate(parsed, asOf, sharedDatesCache(options));
}

/**
 * The fast path of {@link evaluateTicket} for a ticket already parsed with `TicketSchema` (its
 * type says so): no validation of the ticket, only of `asOf` and the options.
 *
 * @example evaluateParsedTicket(TicketSchema.parse(json), { asOf: "2024-07-10" }).status
 */
export function evaluateParsedTicket(ticket: Ticket, settings: EvaluateTicketSettings): TicketEvaluation {
  const { asOf, options } = settingsOf(settings, "evaluateParsedTicket");
  return trusted(ticket, (t) => evaluate(t, asOf, sharedDatesCache(options)));
}

/**
 * `run(ticket)` for a ticket the caller says is parsed: nothing is checked on the way (the fast
 * path), but should the evaluation fail on a ticket that is not one, TicketSchema says which
 * field is wrong (a RuleInputError), never a TypeError (principle 6).
 */
function trusted(ticket: Ticket, run: (ticket: Ticket) => TicketEvaluation): TicketEvaluation {
  try {
    return run(ticket);
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    parseInput(TicketSchema, ticket, TICKET_CONTEXT);
    throw error;
  }
}

/** A ticket `evaluateTickets` could not evaluate, under `onError: "collect"` (`index` is 0-based). */
export type InvalidTicket = InvalidItem<"ticketNumber">;

/** The settings of {@link evaluateTickets}. */
export interface EvaluateTicketsSettings extends EvaluateTicketSettings {
  /** `false`: the tickets are already parsed (`Ticket`) and are not validated again. */
  readonly validate?: boolean;
  /** `throw` (default): the first bad ticket stops the batch; `collect`: it gets an {@link InvalidTicket} and the batch goes on. */
  readonly onError?: OnError;
}

/** @internal How the batch entries name a ticket: by its ticket number when it has one (not PHI). */
export const TICKET_ITEMS: BatchItems<"ticketNumber"> = frozen({
  label: TICKET_CONTEXT,
  idKey: "ticketNumber",
  idInMessage: true,
});

/** @internal A ticket as `TicketSchema` parses it; a clean ticket skips the zod call (clean-ticket.ts). */
export function parseTicket(ticket: unknown): Ticket {
  return isCleanTicket(ticket) ? ticket : parseInput(TicketSchema, ticket);
}

/**
 * @internal The evaluator of parsed tickets under one set of settings, validated once (the batch
 * entries' fast path). `newCache` gives it a cache of its own instead of the shared one (the
 * property that a reused cache changes no result compares the two).
 */
export function parsedTicketEvaluator(
  settings: EvaluateTicketSettings,
  fn = "evaluateTickets",
  newCache?: (options: ResolvedPortalOptions) => DatesCache,
): (ticket: Ticket) => TicketEvaluation {
  const { asOf, options } = settingsOf(settings, fn);
  const cache = newCache === undefined ? sharedDatesCache(options) : newCache(options);
  return (ticket) => evaluate(ticket, asOf, cache);
}

/**
 * Evaluates many tickets as of one date: the options are validated once and the rule lookups
 * of each filing date are shared. `validate: false` skips the per-ticket zod parse for tickets
 * already parsed (the fastest path); by default each ticket is validated. One answer per ticket,
 * in input order. A bad ticket (a RuleInputError) stops the batch by default (`onError:
 * "throw"`, the error names the ticket number and the 0-based index); with `onError: "collect"`
 * its answer is `{ status: "invalid input", index, ticketNumber?, error }` and the batch goes on.
 *
 * @example evaluateTickets(tickets, { asOf: "2024-07-10" }).filter((e) => e.overdue).length
 * @example evaluateTickets(tickets, { asOf: "2024-07-10", onError: "collect" }).filter(isInvalidInput).map((x) => x.index)
 */
export function evaluateTickets(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings & { readonly onError: "collect" },
): (TicketEvaluation | InvalidTicket)[];
export function evaluateTickets(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings & { readonly onError?: "throw" },
): TicketEvaluation[];
export function evaluateTickets(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings,
): (TicketEvaluation | InvalidTicket)[];
export function evaluateTickets(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings,
): (TicketEvaluation | InvalidTicket)[] {
  const evaluateOne = parsedTicketEvaluator(settings);
  iterableArgument(tickets, "evaluateTickets", "tickets");
  const onError = onErrorOf(settings.onError);
  // A clean ticket (one TicketSchema returns unchanged) skips the zod call; see clean-ticket.ts.
  if (settings.validate === false)
    return runBatch(tickets, onError, TICKET_ITEMS, (ticket) => trusted(ticket as Ticket, evaluateOne));
  return runBatch(tickets, onError, TICKET_ITEMS, (ticket) => evaluateOne(parseTicket(ticket)));
}
