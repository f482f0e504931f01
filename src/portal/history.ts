import { addCalendarDays } from "../calendar/add-calendar-days.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type FindingPlace, raiseFinding } from "../findings/kind.js";
import { type Closure, CLOSURE_RULES } from "./closure.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import { applyExtensionEvent, type ExtensionRequest } from "./extension-events.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";
import { proposalFindingsOf } from "./proposal-content.js";
import type { ProposalEvent, TicketEvent } from "./schemas.js";

type Event<T extends TicketEvent["type"]> = Extract<TicketEvent, { type: T }>;

/** One information request and its answer. */
export interface InfoRequest {
  readonly requested: Event<"information requested">;
  provided: Event<"information provided"> | null;
  /** PORTAL-INFO-RESPONSE, null when the rule is not in force on the filing date. */
  readonly responseDue: Explanation | null;
}

/** @internal The ticket's history as of `asOf`, event by event (events after `asOf` are not known yet). */
export interface History {
  closure: Closure | null;
  closedEvent: Event<"ticket closed"> | null;
  presented: Event<"presented to MCO"> | null;
  readonly infoRequests: InfoRequest[];
  readonly extensions: ExtensionRequest[];
  proposal: ProposalEvent | null;
  contestDue: Explanation | null;
  contest: Event<"provider contest"> | null;
  reviewRequest: Event<"HFS review requested"> | null;
  readonly evidence: { MCO: Event<"evidence delivered"> | null; provider: Event<"evidence delivered"> | null };
  adminReview: Event<"Administrative Review started"> | null;
  decision: Event<"HFS decision"> | null;
  readonly fines: Event<"fine issued">[];
}

/** @internal The information request still waiting for its answer (at most one is open). */
export function openRequest(h: History): InfoRequest | undefined {
  for (const r of h.infoRequests) if (r.provided === null) return r;
  return undefined;
}

/** Where a finding of the walk stands: the events it is about, dated by the last. */
function at(...events: [TicketEvent, ...TicketEvent[]]): FindingPlace<never> {
  return { events: events.map(eventName), date: events[events.length - 1]?.date };
}

// A provider deadline that passes closes the ticket the day after (PORTAL-INFO-RESPONSE,
// PORTAL-CONTEST). A closure by the policy happens the day after its deadline passes unmet: it is
// settled before an event dated after that day (`before`), and at the end for a deadline that
// passed before asOf (`after`): on the due date itself the provider may still act that day, so
// the ticket is still open and no closure finding is raised yet (the status says the same).
// Compared on the due date itself, so asOf may be the last supported day.
function settleClosures(
  h: History,
  ctx: TicketContext,
  bound: { readonly before: IsoDate } | { readonly after: IsoDate },
): undefined {
  const passed = (due: IsoDate) => ("before" in bound ? due < bound.before : due < bound.after);
  if (h.closure !== null) return;
  const open = openRequest(h);
  if (open?.responseDue && passed(open.responseDue.result)) {
    const on = addCalendarDays(open.responseDue.result, 1);
    h.closure = { reason: "information not provided", ruleId: "PORTAL-INFO-RESPONSE", on, source: "policy" };
    const facts = { requestedOn: open.requested.date, dueDate: open.responseDue.result, closedOn: on };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "closed-information-not-provided", facts, at(open.requested)));
    return;
  }
  // Stryker disable next-line LogicalOperator: contestDue is set only with the proposal (applyEvent)
  if (h.proposal && h.contestDue && !h.contest && ctx.inForce("PORTAL-CONTEST") && passed(h.contestDue.result)) {
    const on = addCalendarDays(h.contestDue.result, 1);
    h.closure = { reason: "not contested", ruleId: "PORTAL-CONTEST", on, source: "policy" };
    const facts = { responseOn: h.proposal.date, dueDate: h.contestDue.result, closedOn: on };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "closed-not-contested", facts, at(h.proposal)));
  }
}

function afterClosure(h: History, ctx: TicketContext, event: TicketEvent, closure: Closure): undefined {
  if (event.type === "ticket closed" && h.closedEvent === null) {
    h.closedEvent = event;
    if (event.reason !== closure.reason) {
      const facts = {
        reason: event.reason,
        closedOn: event.date,
        firstReason: closure.reason,
        firstClosedOn: closure.on,
      };
      const place = { ...at(event), ruleId: CLOSURE_RULES[event.reason] };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "closed-again", facts, place));
    }
    return;
  }
  const facts = { eventType: event.type, eventOn: event.date, closedOn: closure.on };
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "event-after-closure", facts, at(event)));
}

function applyReviewEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  if (e.type === "HFS review requested") {
    if (!h.contest) {
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "review-request-without-contest", {}, at(e)));
    } else if (h.reviewRequest) {
      const facts = { firstRequestOn: h.reviewRequest.date };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "review-request-repeated", facts, at(h.reviewRequest, e)));
    } else {
      h.reviewRequest = e;
    }
  } else if (e.type === "evidence delivered") {
    if (!h.reviewRequest) {
      const place = { ...at(e), party: e.by };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "evidence-without-review-request", {}, place));
    } else {
      h.evidence[e.by] ??= e;
    }
  } else if (e.type === "Administrative Review started" || e.type === "HFS decision") {
    if (!h.reviewRequest) {
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "review-step-without-request", { step: e.type }, at(e)));
    } else if (e.type === "Administrative Review started") {
      h.adminReview ??= e;
    } else if (h.decision) {
      const facts = { firstDecisionOn: h.decision.date };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "decision-repeated", facts, at(h.decision, e)));
    } else {
      h.decision = e;
    }
  }
}

function applyInfoEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  const open = openRequest(h);
  if (e.type === "information requested") {
    if (open) {
      const facts = { openRequestOn: open.requested.date };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "info-request-while-open", facts, at(open.requested, e)));
      return;
    }
    h.infoRequests.push({
      requested: e,
      provided: null,
      responseDue: ctx.inForce("PORTAL-INFO-RESPONSE") ? ctx.dates.infoResponse(e.date) : null,
    });
  } else if (e.type === "information provided") {
    if (open) open.provided = e;
    else ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "info-without-request", {}, at(e)));
  }
}

function applyPresentation(h: History, ctx: TicketContext, e: Event<"presented to MCO">): undefined {
  if (h.presented) {
    const facts = { firstPresentedOn: h.presented.date };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "presented-again", facts, at(h.presented, e)));
    return;
  }
  h.presented = e;
  // An impossible history: the MCO answered a ticket it had not received yet. One of the
  // two dates is wrong; both stand as given.
  if (h.proposal) {
    const facts = { presentedOn: e.date, proposalOn: h.proposal.date };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "presented-after-proposal", facts, at(h.proposal, e)));
  }
}

function applyEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  switch (e.type) {
    case "presented to MCO":
      return applyPresentation(h, ctx, e);
    case "information requested":
    case "information provided":
      return applyInfoEvent(h, ctx, e);
    case "extension requested":
    case "extension decision":
      return applyExtensionEvent(h.extensions, ctx, e);
    case "proposal submitted":
      if (h.proposal) {
        const facts = { firstProposalOn: h.proposal.date };
        ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "proposal-repeated", facts, at(h.proposal, e)));
        return;
      }
      h.proposal = e;
      h.contestDue = ctx.inForce("PORTAL-CONTEST") ? ctx.dates.contest(e.date) : null;
      if (ctx.inForce("PORTAL-PROPOSAL-CONTENT")) ctx.findings.push(...proposalFindingsOf(e));
      return;
    case "provider contest":
      if (!h.proposal) ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "contest-without-response", {}, at(e)));
      else if (h.contest) {
        const facts = { firstContestOn: h.contest.date };
        ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "contest-repeated", facts, at(h.contest, e)));
      } else h.contest = e;
      return;
    case "ticket closed":
      h.closedEvent = e;
      h.closure = { reason: e.reason, ruleId: CLOSURE_RULES[e.reason], on: e.date, source: "event" };
      return;
    case "fine issued":
      h.fines.push(e);
      return;
    default:
      return applyReviewEvent(h, ctx, e);
  }
}

/**
 * @internal Walks the ticket's events in lifecycle order up to `asOf`, applying each to the
 * history and reporting impossible ones (information provided with no request, a decision with
 * no review, an event after closure, two proposals, …) as findings that name the events.
 */
export function walkHistory(ctx: TicketContext, intakeClosure: Closure | null): History {
  // an evidence slot unset reads as none (deadlines.ts reads it with ?. and ??)
  // Stryker disable next-line ObjectLiteral
  const h: History = {
    closure: intakeClosure,
    closedEvent: null,
    presented: null,
    infoRequests: [],
    extensions: [],
    proposal: null,
    contestDue: null,
    contest: null,
    reviewRequest: null,
    evidence: { MCO: null, provider: null },
    adminReview: null,
    decision: null,
    fines: [],
  };
  for (const e of ctx.events) {
    if (e.date > ctx.asOf) break;
    if (e.date < ctx.filedOn) {
      const facts = { eventType: e.type, eventOn: e.date, filedOn: ctx.filedOn };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "event-before-submission", facts, at(e)));
      continue;
    }
    settleClosures(h, ctx, { before: e.date });
    // a closure known before an event is never later than it (intake: the filing day; an event: an earlier one; the
    // policy: settled before this date)
    // Stryker disable next-line ConditionalExpression
    if (h.closure !== null && h.closure.on <= e.date) afterClosure(h, ctx, e, h.closure);
    else applyEvent(h, ctx, e);
  }
  settleClosures(h, ctx, { after: ctx.asOf });
  return h;
}
