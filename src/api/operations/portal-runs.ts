import { argumentError, dateArgument, iterableArgument, kindCode, settingsArgument } from "../../core/arguments.js";
import { type BatchItems, onErrorOf, runBatch } from "../../core/batch.js";
import { describeValue } from "../../core/describe-value.js";
import { parseInput, RuleInputError } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Explanation, Fine } from "../../core/types.js";
import { isCleanTicket } from "./portal-clean-ticket.js";
import { contestDueDateOf } from "../../portal/contest-due-date.js";
import type { PortalDateOptions, ResolvedPortalDateOptions } from "../../portal/date-options.js";
import type { DatesCache } from "../../portal/dates-cache.js";
import {
  type EvaluateTicketSettings,
  type EvaluateTicketsSettings,
  evaluateTicketOf,
  type InvalidTicket,
  type TicketBatchSettings,
  type TicketEvaluation,
  ticketEvaluator,
} from "../../portal/evaluate-ticket.js";
import { evidenceDueDateOf } from "../../portal/evidence-due-date.js";
import { extendedProposalDueDateOf } from "../../portal/extended-proposal-due-date.js";
import { extensionRequestLimitOf } from "../../portal/extension-request-limit.js";
import { type FineNotice, fineNoticeOf } from "../../portal/fine-notice.js";
import type { PortalFinding } from "../../portal/finding-codes.js";
import { hfsReviewRequestDueDateOf } from "../../portal/hfs-review-request-due-date.js";
import { infoRequestDueDateOf } from "../../portal/info-request-due-date.js";
import { infoResponseDueDateOf } from "../../portal/info-response-due-date.js";
import type { ResolvedPortalOptions, SubmissionWindowStart } from "../../portal/options.js";
import { presentToMcoDueDateOf } from "../../portal/present-to-mco-due-date.js";
import { proposalFindingsOf } from "../../portal/proposal-content.js";
import { proposalDueDateOf } from "../../portal/proposal-due-date.js";
import {
  InternalDisputeSchema,
  type ProposalEvent,
  type Ticket,
  TicketEventSchema,
  type TicketInput,
  TicketSchema,
} from "../../portal/schemas.js";
import { type SubmissionWindow, submissionWindowOf, type WindowFacts } from "../../portal/submission-window.js";
import { readDateOptions, readTicketSettings, readWindowOptions } from "../settings/portal.js";

// The checked runs of the Provider Resolution Portal operations (declared in ./portal.ts). The
// arguments are checked here, at the boundary, and nowhere in src/portal: the policy functions
// (evaluateTicketOf, ticketEvaluator, submissionWindowOf, the nine `…DueDateOf`, fineNoticeOf,
// proposalFindingsOf) take a parsed ticket, checked dates and resolved settings.

const TICKET_CONTEXT = "Provider Resolution Portal ticket";

/** @internal How the batch entries name a ticket: by its ticket number when it has one (not PHI). */
export const TICKET_ITEMS: BatchItems<"ticketNumber"> = /* @__PURE__ */ frozen({
  label: TICKET_CONTEXT,
  idKey: "ticketNumber",
  idInMessage: true,
});

/**
 * @internal A ticket as `TicketSchema` parses it; a clean ticket skips the zod call
 * (portal-clean-ticket.ts). `context` names the ticket in the issues of a bad one.
 */
export function parseTicket(ticket: unknown, context?: string): Ticket {
  return isCleanTicket(ticket) ? ticket : parseInput(TicketSchema, ticket, context);
}

/** @internal The checked run of `evaluateTicket`. */
export function evaluateTicketRun(ticket: TicketInput, settings: EvaluateTicketSettings): TicketEvaluation {
  const read = readTicketSettings(settings, "evaluateTicket");
  const parsed = isCleanTicket(ticket) ? ticket : parseInput(TicketSchema, ticket, TICKET_CONTEXT);
  return evaluateTicketOf(parsed, read);
}

/** @internal The checked run of `evaluateParsedTicket`: the settings checked, the ticket trusted. */
export function evaluateParsedTicketRun(ticket: Ticket, settings: EvaluateTicketSettings): TicketEvaluation {
  const read = readTicketSettings(settings, "evaluateParsedTicket");
  return trusted(ticket, (t) => evaluateTicketOf(t, read));
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

/**
 * @internal The evaluator of parsed tickets under one set of settings, checked once for `fn`
 * (the batch entries' fast path), with a cache of its own: made here, or by `newCache` (the
 * property that a reused cache changes no result gives it one of a chosen size).
 */
export function parsedTicketEvaluator(
  settings: EvaluateTicketSettings,
  fn = "evaluateTickets",
  newCache?: (options: ResolvedPortalOptions) => DatesCache,
): (ticket: Ticket) => TicketEvaluation {
  const read = readTicketSettings(settings, fn);
  return newCache === undefined ? ticketEvaluator(read) : ticketEvaluator(read, newCache(read.options));
}

/**
 * @internal A batch of tickets evaluated in turn by `evaluateOne` (one evaluator, one cache, for
 * the whole batch): the list checked for `fn`, then each ticket parsed (unless `validate: false`)
 * and evaluated; a bad one is named, or collected, by the batch.
 */
export function ticketBatch(
  evaluateOne: (ticket: Ticket) => TicketEvaluation,
  tickets: Iterable<TicketInput>,
  settings: TicketBatchSettings,
  fn: string,
): (TicketEvaluation | InvalidTicket)[] {
  iterableArgument(tickets, fn, "tickets");
  const onError = onErrorOf(settings.onError);
  // A clean ticket (one TicketSchema returns unchanged) skips the zod call; see portal-clean-ticket.ts.
  if (settings.validate === false)
    return runBatch(tickets, onError, TICKET_ITEMS, (ticket) => trusted(ticket as Ticket, evaluateOne));
  return runBatch(tickets, onError, TICKET_ITEMS, (ticket) => evaluateOne(parseTicket(ticket)));
}

/** @internal The checked run of `evaluateTickets`: the settings checked once, each ticket in turn. */
export function evaluateTicketsRun(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings & { readonly onError: "collect" },
): (TicketEvaluation | InvalidTicket)[];
export function evaluateTicketsRun(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings & { readonly onError?: "throw" },
): TicketEvaluation[];
export function evaluateTicketsRun(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings,
): (TicketEvaluation | InvalidTicket)[];
export function evaluateTicketsRun(
  tickets: Iterable<TicketInput>,
  settings: EvaluateTicketsSettings,
): (TicketEvaluation | InvalidTicket)[] {
  return ticketBatch(parsedTicketEvaluator(settings), tickets, settings, "evaluateTickets");
}

/** @internal The checked run of `submissionWindow`: the facts first, then the options. */
export function submissionWindowRun(
  facts: WindowFacts,
  options: PortalDateOptions & { submissionWindowStart?: SubmissionWindowStart } = {},
): SubmissionWindow {
  settingsArgument(facts, "submissionWindow", "facts");
  const portalSubmittedOn = dateArgument(facts.portalSubmittedOn, "submissionWindow", "facts.portalSubmittedOn");
  const internalDispute = parseInput(
    InternalDisputeSchema,
    facts.internalDispute,
    "submissionWindow: facts.internalDispute",
  );
  return submissionWindowOf({ internalDispute, portalSubmittedOn }, readWindowOptions(options, portalSubmittedOn));
}

type DatePolicy = (start: IsoDate, options: ResolvedPortalDateOptions) => Explanation;

/**
 * The checked run of a single date function `fn`: its start a date (named `argument`), its
 * options an object resolved with their defaults; `refuseRenamed` where the function reads open
 * point 2 (`unstatedRoll`, once `rollUnstatedLimits`).
 */
function dateRun(
  fn: string,
  argument: string,
  policy: DatePolicy,
  start: IsoDate,
  options: PortalDateOptions,
  refuseRenamed = false,
): Explanation {
  const checked = dateArgument(start, fn, argument);
  return policy(checked, readDateOptions(options, checked, fn, refuseRenamed));
}

/** @internal The checked run of `presentToMcoDueDate`. */
export function presentToMcoDueDateRun(portalReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("presentToMcoDueDate", "portalReceivedOn", presentToMcoDueDateOf, portalReceivedOn, options);
}

/** @internal The checked run of `infoRequestDueDate`. */
export function infoRequestDueDateRun(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("infoRequestDueDate", "mcoReceivedOn", infoRequestDueDateOf, mcoReceivedOn, options);
}

/** @internal The checked run of `infoResponseDueDate`. */
export function infoResponseDueDateRun(requestedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("infoResponseDueDate", "requestedOn", infoResponseDueDateOf, requestedOn, options);
}

/** @internal The checked run of `proposalDueDate`. */
export function proposalDueDateRun(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("proposalDueDate", "mcoReceivedOn", proposalDueDateOf, mcoReceivedOn, options);
}

/** @internal The checked run of `extendedProposalDueDate`. */
export function extendedProposalDueDateRun(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("extendedProposalDueDate", "mcoReceivedOn", extendedProposalDueDateOf, mcoReceivedOn, options);
}

/** @internal The checked run of `extensionRequestLimit`. */
export function extensionRequestLimitRun(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("extensionRequestLimit", "mcoReceivedOn", extensionRequestLimitOf, mcoReceivedOn, options);
}

/** @internal The checked run of `contestDueDate`. */
export function contestDueDateRun(responseReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("contestDueDate", "responseReceivedOn", contestDueDateOf, responseReceivedOn, options);
}

/** @internal The checked run of `hfsReviewRequestDueDate`. */
export function hfsReviewRequestDueDateRun(start: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("hfsReviewRequestDueDate", "start", hfsReviewRequestDueDateOf, start, options, true);
}

/** @internal The checked run of `evidenceDueDate`. */
export function evidenceDueDateRun(reviewRequestedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  return dateRun("evidenceDueDate", "reviewRequestedOn", evidenceDueDateOf, reviewRequestedOn, options, true);
}

/** The rules `portalDueDate` takes, in the order of a ticket's life, each with its policy. */
const PORTAL_DUE_DATES = /* @__PURE__ */ frozen({
  "PORTAL-PRESENT-TO-MCO": presentToMcoDueDateOf,
  "PORTAL-INFO-REQUEST": infoRequestDueDateOf,
  "PORTAL-INFO-RESPONSE": infoResponseDueDateOf,
  "PORTAL-PROPOSAL-DUE": proposalDueDateOf,
  "PORTAL-EXTENSION-REQUEST": extensionRequestLimitOf,
  "PORTAL-EXTENSION-DUE": extendedProposalDueDateOf,
  "PORTAL-CONTEST": contestDueDateOf,
  "PORTAL-HFS-REVIEW-REQUEST": hfsReviewRequestDueDateOf,
  "PORTAL-HFS-REVIEW-EVIDENCE": evidenceDueDateOf,
} as const satisfies Record<string, DatePolicy>);

/** A rule whose due date `portalDueDate` counts. */
export type PortalDueDateRule = keyof typeof PORTAL_DUE_DATES;

/** @internal The rules of `portalDueDate`, for its error message and the docs. */
export const PORTAL_DUE_DATE_RULES: readonly PortalDueDateRule[] = /* @__PURE__ */ frozen(
  /* @__PURE__ */ Object.keys(PORTAL_DUE_DATES) as PortalDueDateRule[],
);

/**
 * @internal The checked run of `portalDueDate`: the rule one of PORTAL_DUE_DATES (never echoed:
 * the text is the caller's), then the run of that rule's function of 0.2, named `portalDueDate`.
 * The HFS-review rules refuse renamed options as their functions did (open point 2).
 */
export function portalDueDateRun(
  ruleId: PortalDueDateRule,
  start: IsoDate,
  options: PortalDateOptions = {},
): Explanation {
  if (typeof ruleId !== "string" || !Object.hasOwn(PORTAL_DUE_DATES, ruleId))
    throw argumentError(
      "portalDueDate",
      "ruleId",
      `expected one of ${PORTAL_DUE_DATE_RULES.join(", ")}`,
      kindCode(ruleId, "string"),
    );
  const refuseRenamed = ruleId === "PORTAL-HFS-REVIEW-REQUEST" || ruleId === "PORTAL-HFS-REVIEW-EVIDENCE";
  return dateRun("portalDueDate", "start", PORTAL_DUE_DATES[ruleId], start, options, refuseRenamed);
}

/** @internal The checked run of `fineNotice`: a fine with a ticket number, a due date and a positive amount. */
export function fineNoticeRun(fine: Pick<Fine, "ticketNumber" | "dueDate" | "amountCents">): FineNotice {
  settingsArgument(fine, "fineNotice", "fine");
  const { ticketNumber, amountCents } = fine;
  if (typeof ticketNumber !== "string" || ticketNumber.trim() === "")
    throw argumentError(
      "fineNotice",
      "fine.ticketNumber",
      "expected a ticket number, got " +
        `${typeof ticketNumber === "string" ? "only spaces or nothing" : describeValue(ticketNumber)}`,
      typeof ticketNumber === "string" ? "too_small" : "invalid_type",
    );
  dateArgument(fine.dueDate, "fineNotice", "fine.dueDate");
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw argumentError(
      "fineNotice",
      "fine.amountCents",
      `expected a whole number of cents above 0, got ${describeValue(amountCents)}`,
      kindCode(amountCents, "number"),
    );
  return fineNoticeOf(fine);
}

/** @internal The checked run of `proposalFindings`: a ticket event, and a "proposal submitted" one. */
export function proposalFindingsRun(proposal: ProposalEvent): PortalFinding[] {
  const event = parseInput(TicketEventSchema, proposal, "proposalFindings: proposal");
  if (event.type !== "proposal submitted")
    throw argumentError("proposalFindings", "proposal.type", 'expected a "proposal submitted" event', "invalid_value");
  return proposalFindingsOf(event);
}
