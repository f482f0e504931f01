import type { RuleId } from "../rules/rule-id.js";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, Finding } from "../core/types.js";
import { type Closure, CLOSURE_RULES } from "./closure.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import { applyExtensionEvent, type ExtensionRequest } from "./extension-events.js";
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

function finding(
  ctx: TicketContext,
  ruleId: RuleId,
  code: string,
  party: Finding["party"],
  severity: Finding["severity"],
  message: string,
  events: readonly TicketEvent[],
): undefined {
  const last = events[events.length - 1];
  const names = events.map(eventName);
  // every finding of the walk names at least one event; the other branch is for the type
  // Stryker disable next-line ObjectLiteral
  ctx.findings.push(
    last
      ? { ruleId, code, party, severity, message, events: names, date: last.date }
      : { ruleId, code, party, severity, message, events: names },
  );
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
    finding(
      ctx,
      "PORTAL-INFO-RESPONSE",
      "closed-information-not-provided",
      "provider",
      "error",
      `Information requested ${open.requested.date} was not provided by ${open.responseDue.result}: ticket closed ` +
        `${on}.`,
      [open.requested],
    );
    return;
  }
  // Stryker disable next-line LogicalOperator: contestDue is set only with the proposal (applyEvent)
  if (h.proposal && h.contestDue && !h.contest && ctx.inForce("PORTAL-CONTEST") && passed(h.contestDue.result)) {
    const on = addCalendarDays(h.contestDue.result, 1);
    h.closure = { reason: "not contested", ruleId: "PORTAL-CONTEST", on, source: "policy" };
    finding(
      ctx,
      "PORTAL-CONTEST",
      "closed-not-contested",
      "provider",
      "info",
      `The response of ${h.proposal.date} was not contested by ${h.contestDue.result}: ticket closed ${on}.`,
      [h.proposal],
    );
  }
}

function afterClosure(h: History, ctx: TicketContext, event: TicketEvent, closure: Closure): undefined {
  if (event.type === "ticket closed" && h.closedEvent === null) {
    h.closedEvent = event;
    if (event.reason !== closure.reason) {
      finding(
        ctx,
        CLOSURE_RULES[event.reason],
        "closed-again",
        "HFS Portal Team",
        "info",
        `Ticket closed as "${event.reason}" on ${event.date}; it was already closed as "${closure.reason}" on ` +
          `${closure.on}.`,
        [event],
      );
    }
    return;
  }
  finding(
    ctx,
    "PORTAL-COMPLETE",
    "event-after-closure",
    "HFS Portal Team",
    "warning",
    `${event.type} on ${event.date} after the ticket was closed on ${closure.on} (closed tickets are not re-opened): ` +
      "ignored.",
    [event],
  );
}

function applyReviewEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  if (e.type === "HFS review requested") {
    if (!h.contest)
      return finding(
        ctx,
        "PORTAL-HFS-REVIEW-REQUEST",
        "review-request-without-contest",
        "provider",
        "error",
        "HFS review requested with no contest of the MCO response: ignored.",
        [e],
      );
    if (h.reviewRequest)
      return finding(
        ctx,
        "PORTAL-HFS-REVIEW-REQUEST",
        "review-request-repeated",
        "provider",
        "warning",
        `Second HFS review request (the first was ${h.reviewRequest.date}): ignored.`,
        [h.reviewRequest, e],
      );
    h.reviewRequest = e;
  } else if (e.type === "evidence delivered") {
    if (!h.reviewRequest)
      return finding(
        ctx,
        "PORTAL-HFS-REVIEW-EVIDENCE",
        "evidence-without-review-request",
        e.by,
        "error",
        "Evidence delivered with no HFS review request: ignored.",
        [e],
      );
    h.evidence[e.by] ??= e;
  } else if (e.type === "Administrative Review started" || e.type === "HFS decision") {
    if (!h.reviewRequest)
      return finding(
        ctx,
        "PORTAL-ADMIN-REVIEW",
        "review-step-without-request",
        "HFS",
        "error",
        `${e.type} with no HFS review request: ignored.`,
        [e],
      );
    if (e.type === "HFS decision") {
      if (h.decision)
        return finding(
          ctx,
          "PORTAL-ADMIN-REVIEW",
          "decision-repeated",
          "HFS",
          "warning",
          `Second HFS decision (the first was ${h.decision.date}; the HFS decision is final): ignored.`,
          [h.decision, e],
        );
      h.decision = e;
    } else {
      h.adminReview ??= e;
    }
  }
}

function applyInfoEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  const open = openRequest(h);
  if (e.type === "information requested") {
    if (open)
      return finding(
        ctx,
        "PORTAL-INFO-REQUEST",
        "info-request-while-open",
        "MCO",
        "warning",
        `Information requested again while the request of ${open.requested.date} is open: ignored.`,
        [open.requested, e],
      );
    h.infoRequests.push({
      requested: e,
      provided: null,
      responseDue: ctx.inForce("PORTAL-INFO-RESPONSE") ? ctx.dates.infoResponse(e.date) : null,
    });
  } else if (e.type === "information provided") {
    if (!open)
      return finding(
        ctx,
        "PORTAL-INFO-RESPONSE",
        "info-without-request",
        "provider",
        "error",
        "Information provided with no open information request: ignored.",
        [e],
      );
    open.provided = e;
  }
}

function applyEvent(h: History, ctx: TicketContext, e: TicketEvent): undefined {
  switch (e.type) {
    case "presented to MCO":
      if (h.presented)
        return finding(
          ctx,
          "PORTAL-PRESENT-TO-MCO",
          "presented-again",
          "HFS Portal Team",
          "info",
          `Presented again (first presented ${h.presented.date}): ignored.`,
          [h.presented, e],
        );
      h.presented = e;
      // An impossible history: the MCO answered a ticket it had not received yet. One of the
      // two dates is wrong; both stand as given.
      if (h.proposal)
        finding(
          ctx,
          "PORTAL-PRESENT-TO-MCO",
          "presented-after-proposal",
          "HFS Portal Team",
          "warning",
          `Presented to the MCO on ${e.date}, after the MCO's written proposal of ${h.proposal.date}: a proposal ` +
            "cannot come before the MCO has the ticket; one of the two dates is wrong.",
          [h.proposal, e],
        );
      return;
    case "information requested":
    case "information provided":
      return applyInfoEvent(h, ctx, e);
    case "extension requested":
    case "extension decision":
      return applyExtensionEvent(h.extensions, ctx, e);
    case "proposal submitted":
      if (h.proposal)
        return finding(
          ctx,
          "PORTAL-PROPOSAL-CONTENT",
          "proposal-repeated",
          "MCO",
          "error",
          `Second written proposal (the first was ${h.proposal.date}): ignored.`,
          [h.proposal, e],
        );
      h.proposal = e;
      h.contestDue = ctx.inForce("PORTAL-CONTEST") ? ctx.dates.contest(e.date) : null;
      if (ctx.inForce("PORTAL-PROPOSAL-CONTENT")) ctx.findings.push(...proposalFindingsOf(e));
      return;
    case "provider contest":
      if (!h.proposal)
        return finding(
          ctx,
          "PORTAL-CONTEST",
          "contest-without-response",
          "provider",
          "error",
          "Contest with no MCO response to contest: ignored.",
          [e],
        );
      if (h.contest)
        return finding(
          ctx,
          "PORTAL-CONTEST",
          "contest-repeated",
          "provider",
          "info",
          `Contested again (first ${h.contest.date}): ignored.`,
          [h.contest, e],
        );
      h.contest = e;
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
      finding(
        ctx,
        "PORTAL-INTERNAL-FIRST",
        "event-before-submission",
        "HFS Portal Team",
        "error",
        `${e.type} on ${e.date}, before the ticket was submitted to the Portal (${ctx.filedOn}): ignored.`,
        [e],
      );
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
