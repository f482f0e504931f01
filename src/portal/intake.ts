import { type Closure, CLOSURE_RULES } from "./closure.js";
import { raiseFinding } from "../findings/kind.js";
import { PORTAL_FINDINGS, type PortalFinding } from "./finding-codes.js";
import { resolutionFindings } from "./resolution-findings.js";
import type { TicketContext } from "./context.js";
import type { IntakeClosureReason } from "./schemas.js";
import type { SubmissionWindow } from "./submission-window.js";

/** What the Portal Team's intake finds: the closures of the submission and the window. */
export interface IntakeReview {
  readonly closure: Closure | null;
  readonly submissionWindow: SubmissionWindow | null;
}

type Closed = readonly [IntakeClosureReason, PortalFinding];

// The closure rules in the order their closure is reported when several apply: who may enter a
// ticket, what it must contain, whether it belongs in the portal, then its timing.
function closureReasons(ctx: TicketContext, window: SubmissionWindow | null): Closed[] {
  const t = ctx.ticket;
  const d = t.internalDispute;
  const out: Closed[] = [];
  const at = { events: ["portal submission"], date: ctx.filedOn };
  const close = (reason: IntakeClosureReason, raise: () => PortalFinding): undefined => {
    if (ctx.inForce(CLOSURE_RULES[reason])) out.push([reason, raise()]);
  };
  if (!t.providerRegistered)
    close("provider not registered", () => raiseFinding(PORTAL_FINDINGS, "closed-provider-not-registered", {}, at));
  if (!t.complete) close("incomplete", () => raiseFinding(PORTAL_FINDINGS, "closed-incomplete", {}, at));
  if (t.medicareOnly) close("Medicare only", () => raiseFinding(PORTAL_FINDINGS, "closed-medicare-only", {}, at));
  if (t.feeForService) close("fee-for-service", () => raiseFinding(PORTAL_FINDINGS, "closed-fee-for-service", {}, at));
  if (t.portalSubmittedOn <= d.submittedToMcoOn) {
    const facts = { portalSubmittedOn: t.portalSubmittedOn, submittedToMcoOn: d.submittedToMcoOn };
    close("internal process not used", () =>
      raiseFinding(PORTAL_FINDINGS, "closed-internal-process-not-used", facts, at),
    );
  }
  if (d.trackingNumber === null)
    close("missing tracking number", () => raiseFinding(PORTAL_FINDINGS, "closed-missing-tracking-number", {}, at));
  if (window !== null && window.timing !== "timely") {
    const { daysAfterStart, startLabel, start } = window;
    if (window.timing === "premature") {
      const facts = { daysAfterStart, startLabel, start, earliest: window.earliest.result };
      close("premature", () => raiseFinding(PORTAL_FINDINGS, "closed-premature", facts, at));
    } else {
      const facts = { daysAfterStart, startLabel, start, latest: window.latest.result };
      close("not timely", () => raiseFinding(PORTAL_FINDINGS, "closed-not-timely", facts, at));
    }
  }
  if (t.priorAuthorizationNotObtained)
    close("prior authorization not obtained", () =>
      raiseFinding(PORTAL_FINDINGS, "closed-prior-authorization-not-obtained", {}, at),
    );
  return out;
}

function trackingFindings(ctx: TicketContext): undefined {
  const d = ctx.ticket.internalDispute;
  const findings = ctx.findings;
  if (d.trackingNumber === null || !ctx.inForce("PORTAL-TRACKING-NUMBER")) return;
  const issued = d.trackingNumberIssuedOn;
  const events = ["internal dispute"];
  const { submittedToMcoOn } = d;
  if (issued === null) {
    const facts = { trackingNumber: d.trackingNumber, submittedToMcoOn };
    findings.push(raiseFinding(PORTAL_FINDINGS, "tracking-number-issue-date-unknown", facts, { events }));
  } else if (issued < submittedToMcoOn) {
    const facts = { issuedOn: issued, submittedToMcoOn };
    findings.push(raiseFinding(PORTAL_FINDINGS, "tracking-number-before-dispute", facts, { events, date: issued }));
  } else if (issued > ctx.ticket.portalSubmittedOn) {
    const facts = { issuedOn: issued, portalSubmittedOn: ctx.ticket.portalSubmittedOn };
    findings.push(raiseFinding(PORTAL_FINDINGS, "tracking-number-after-submission", facts, { events, date: issued }));
  }
}

const NINE_DIGITS = /^\d{9}$/;

function memberFindings(ctx: TicketContext): undefined {
  const findings = ctx.findings;
  if (!ctx.inForce("PORTAL-SINGLE-TOPIC")) return;
  const members = ctx.ticket.members;
  // Stryker disable next-line EqualityOperator: one more turn reads undefined and is skipped below
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    // within the bounds a member is never undefined; TypeScript asks for the check
    // Stryker disable next-line ConditionalExpression
    if (member === undefined) continue;
    const name = member.name.trim() === "";
    const rin = !NINE_DIGITS.test(member.recipientId);
    const dates = member.datesOfService.length === 0;
    if (!name && !rin && !dates) continue;
    // The privacy rule (docs/privacy.md): the member is named by position, the fields by name, the RIN only by its
    // length.
    const facts = {
      memberIndex: i,
      incompleteFields: [name && "name", rin && "recipientId", dates && "datesOfService"].filter((f) => f !== false),
      recipientIdLength: rin ? member.recipientId.length : null,
    };
    findings.push(raiseFinding(PORTAL_FINDINGS, "member-incomplete", facts, { events: [`members[${i}]`] }));
  }
}

/**
 * Reviews a ticket's submission as the Portal Team does at intake (PORTAL-REGISTERED,
 * PORTAL-COMPLETE, PORTAL-SCOPE-MEDICAID, PORTAL-INTERNAL-FIRST, PORTAL-TRACKING-NUMBER,
 * PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST, PORTAL-PRIOR-AUTH); adds its findings to the
 * context. Only the rules in force on the filing date apply.
 */
export function reviewIntake(ctx: TicketContext): IntakeReview {
  // Stryker disable next-line LogicalOperator: the two window rules have the same versions (rules.ts)
  const windowInForce = ctx.inForce("PORTAL-SUBMIT-EARLIEST") && ctx.inForce("PORTAL-SUBMIT-LATEST");
  const window = windowInForce ? ctx.rules.window(ctx.ticket) : null;
  const reasons = closureReasons(ctx, window);
  for (const [, finding] of reasons) ctx.findings.push(finding);
  trackingFindings(ctx);
  resolutionFindings(ctx);
  memberFindings(ctx);
  if (ctx.ticket.accessToCare && ctx.inForce("PORTAL-EXPEDITE")) {
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "access-to-care", {}, { events: ["portal submission"] }));
  }
  const first = reasons[0];
  const closure: Closure | null = first
    ? { reason: first[0], ruleId: CLOSURE_RULES[first[0]], on: ctx.filedOn, source: "intake" }
    : null;
  return { closure, submissionWindow: window };
}
