import { makeDeadline } from "../core/deadline.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Explanation, Party } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import type { RuleId } from "../rules/rule-id.js";
import type { TicketContext } from "./context.js";
import { PORTAL_FINDINGS, type PortalFinding } from "./finding-codes.js";
import type { History } from "./history.js";
import type { ProposalTimeline } from "./proposal-timeline.js";
import { stopCounting } from "./stop-counting.js";
import { frozen } from "../core/freeze.js";

/** How a late or missed deadline is reported: `late-only` for a provider's choice not to act. */
interface Report {
  readonly code: "presentation-late" | "info-request-late" | "extension-request-late" | "review-request-late";
  readonly when?: "late-or-missed" | "late-only";
}
interface EvidenceReport {
  readonly code: "evidence-late";
  readonly from: "MCO" | "provider";
}
interface Entry {
  readonly deadline: Deadline;
  readonly report?: Report | EvidenceReport;
}

function entry(
  ctx: TicketContext,
  name: string,
  party: Party,
  explanation: Explanation,
  metOn: IsoDate | null,
  report?: Report | EvidenceReport,
): Entry {
  // The ticket's dates stand on their own, each with its rule ID, until a deadline holds one.
  const deadline = makeDeadline({
    ruleId: explanation.ruleId as RuleId,
    name,
    party,
    explanation: ctx.held(explanation),
    metOn,
    asOf: ctx.asOf,
  });
  return report ? { deadline, report } : { deadline };
}

// The report of each deadline the MCO or the Portal Team can miss.
const REPORTS = frozen({
  present: { code: "presentation-late" },
  infoRequest: { code: "info-request-late" },
  extensionRequest: { code: "extension-request-late" },
  reviewRequest: { code: "review-request-late", when: "late-only" },
  // Evidence is owed by each party: its finding says which (evidence-late).
  evidence: { MCO: { code: "evidence-late", from: "MCO" }, provider: { code: "evidence-late", from: "provider" } },
} as const satisfies Record<string, Report | Record<string, EvidenceReport>>);

// A late or missed obligation of the MCO or the Portal Team is a finding; a provider's missed
// deadline is reported by its consequence (the closure) instead.
function lateFinding({ deadline, report }: Entry): PortalFinding | null {
  if (!report) return null;
  const { status, party } = deadline;
  if (status !== "late" && (status !== "missed" || ("when" in report && report.when === "late-only"))) return null;
  const facts = { dueDate: deadline.dueDate, status, metOn: deadline.metOn, daysLate: deadline.daysLate };
  const place = { party, events: [deadline.name], date: deadline.dueDate };
  if (report.code === "evidence-late")
    return raiseFinding(PORTAL_FINDINGS, "evidence-late", { ...facts, from: report.from }, place);
  return raiseFinding(PORTAL_FINDINGS, report.code, facts, place);
}

function mcoDeadlines(h: History, ctx: TicketContext, t: ProposalTimeline, out: Entry[]): undefined {
  // mcoDeadlines runs only with a proposal timeline (PORTAL-PROPOSAL-DUE in force), and this rule has the same versions
  // (rules.ts); with no request the loop pushes nothing
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator
  if (h.infoRequests.length > 0 && ctx.inForce("PORTAL-INFO-REQUEST")) {
    for (const request of h.infoRequests) {
      out.push(
        entry(
          ctx,
          "request information",
          "MCO",
          ctx.dates.infoRequest(t.mcoReceivedOn),
          request.requested.date,
          REPORTS.infoRequest,
        ),
      );
    }
  }
  for (const request of h.infoRequests) {
    // PORTAL-INFO-RESPONSE has the versions of PORTAL-PROPOSAL-DUE (rules.ts), so a request here always has its due
    // date
    // Stryker disable next-line ConditionalExpression
    if (request.responseDue)
      out.push(entry(ctx, "provide information", "provider", request.responseDue, request.provided?.date ?? null));
  }
  // mcoDeadlines runs only with a proposal timeline (PORTAL-PROPOSAL-DUE in force), and this rule has the same versions
  // (rules.ts); with no request the loop pushes nothing
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator
  if (h.extensions.length > 0 && ctx.inForce("PORTAL-EXTENSION-REQUEST")) {
    for (const r of h.extensions) {
      if (r.requested.requestedBy !== "MCO") continue;
      out.push(
        entry(
          ctx,
          "extension request limit",
          "MCO",
          ctx.dates.extensionRequestLimit(t.mcoReceivedOn),
          r.requested.date,
          REPORTS.extensionRequest,
        ),
      );
    }
  }
  const proposalOn = h.proposal?.date ?? null;
  if (t.extendedDue) out.push(entry(ctx, "extended proposal", "MCO", t.extendedDue, proposalOn));
  else out.push(entry(ctx, "proposal", "MCO", t.initialDue, proposalOn));
}

function reviewDeadlines(h: History, ctx: TicketContext, out: Entry[]): undefined {
  if (h.contestDue) out.push(entry(ctx, "contest", "provider", h.contestDue, h.contest?.date ?? null));
  if (h.contest && h.proposal && ctx.inForce("PORTAL-HFS-REVIEW-REQUEST")) {
    const start = ctx.options.hfsReviewClockFrom === "contest" ? h.contest.date : h.proposal.date;
    // Open point 5: the 30 days run from the contest or from the MCO response.
    const explanation = ctx.dates.hfsReviewRequest(start);
    out.push(
      entry(ctx, "HFS review request", "provider", explanation, h.reviewRequest?.date ?? null, REPORTS.reviewRequest),
    );
  }
  if (h.reviewRequest && ctx.inForce("PORTAL-HFS-REVIEW-EVIDENCE")) {
    const reviewOn = h.reviewRequest.date;
    const explanation = ctx.dates.evidence(reviewOn);
    for (const party of ["MCO", "provider"] as const) {
      out.push(entry(ctx, "evidence", party, explanation, h.evidence[party]?.date ?? null, REPORTS.evidence[party]));
    }
  }
}

/**
 * @internal Every deadline that applies to the ticket as of `asOf`, in lifecycle order. A
 * deadline falling after the ticket's closure that was not met by then is moot and left out; the
 * others stop counting at the closure ({@link stopCounting}).
 */
export function ticketDeadlines(h: History, ctx: TicketContext, timeline: ProposalTimeline | null): Deadline[] {
  const out: Entry[] = [];
  if (ctx.inForce("PORTAL-PRESENT-TO-MCO")) {
    out.push(
      entry(
        ctx,
        "present to MCO",
        "HFS Portal Team",
        ctx.dates.presentToMco(ctx.filedOn),
        h.presented?.date ?? null,
        REPORTS.present,
      ),
    );
  }
  if (timeline) mcoDeadlines(h, ctx, timeline, out);
  reviewDeadlines(h, ctx, out);
  const closedOn = h.closure?.on;
  const deadlines: Deadline[] = [];
  for (const e of out) {
    // Stryker disable next-line ConditionalExpression: with no closure the date comparison is false anyway
    if (closedOn !== undefined && e.deadline.metOn === null && e.deadline.dueDate >= closedOn) continue;
    // A closed ticket's deadlines stop counting at the closure (stop-counting.ts).
    const d = stopCounting(e.deadline, closedOn, ctx.asOf);
    const f = lateFinding({ ...e, deadline: d });
    if (f) ctx.findings.push(f);
    deadlines.push(d);
  }
  return deadlines;
}
