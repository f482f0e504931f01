import { type Closure, CLOSURE_RULES } from "./closure.js";
import { closureCode } from "./finding-codes.js";
import { resolutionFindings } from "./resolution-findings.js";
import type { TicketContext } from "./context.js";
import type { ClosureReason } from "./schemas.js";
import type { SubmissionWindow } from "./submission-window.js";
import { countText } from "../core/describe-value.js";

/** What the Portal Team's intake finds: the closures of the submission and the window. */
export interface IntakeReview {
  readonly closure: Closure | null;
  readonly submissionWindow: SubmissionWindow | null;
}

// The closure rules in the order their closure is reported when several apply: who may enter a
// ticket, what it must contain, whether it belongs in the portal, then its timing.
function closureReasons(ctx: TicketContext, window: SubmissionWindow | null): [ClosureReason, string][] {
  const t = ctx.ticket;
  const d = t.internalDispute;
  const out: [ClosureReason, string][] = [];
  if (!t.providerRegistered)
    addReason(out, ctx, "provider not registered", "the provider is not registered to use the Portal");
  if (!t.complete) addReason(out, ctx, "incomplete", "the submission is incomplete");
  if (t.medicareOnly)
    addReason(
      out,
      ctx,
      "Medicare only",
      "the complaint is Medicare only (the Portal handles the Medicaid portion only)",
    );
  if (t.feeForService)
    addReason(out, ctx, "fee-for-service", "the complaint is about Medicaid fee-for-service, not an MCO");
  if (t.portalSubmittedOn <= d.submittedToMcoOn)
    addReason(
      out,
      ctx,
      "internal process not used",
      `submitted to the Portal ${t.portalSubmittedOn}, not after the MCO's internal process (${d.submittedToMcoOn})`,
    );
  if (d.trackingNumber === null) addReason(out, ctx, "missing tracking number", "no MCO complaint tracking number");
  if (window !== null && window.timing !== "timely") {
    const after =
      `submitted ${countText(window.daysAfterStart, "calendar day")} after ${window.startLabel} ` + `${window.start}`;
    if (window.timing === "premature")
      addReason(out, ctx, "premature", `${after}, before day 30 (${window.earliest.result})`);
    else addReason(out, ctx, "not timely", `${after}, after the last day ${window.latest.result}`);
  }
  if (t.priorAuthorizationNotObtained)
    addReason(
      out,
      ctx,
      "prior authorization not obtained",
      "the complaint involves failure to obtain a required prior authorization",
    );
  return out;
}

function addReason(out: [ClosureReason, string][], ctx: TicketContext, reason: ClosureReason, why: string): undefined {
  if (ctx.inForce(CLOSURE_RULES[reason])) out.push([reason, why]);
}

function trackingFindings(ctx: TicketContext): undefined {
  const d = ctx.ticket.internalDispute;
  const findings = ctx.findings;
  if (d.trackingNumber === null || !ctx.inForce("PORTAL-TRACKING-NUMBER")) return;
  const issued = d.trackingNumberIssuedOn;
  const base = {
    ruleId: "PORTAL-TRACKING-NUMBER" as const,
    party: "MCO" as const,
    severity: "warning" as const,
    events: ["internal dispute"],
  };
  if (issued === null) {
    findings.push({
      ...base,
      code: "tracking-number-issue-date-unknown",
      message:
        `Tracking number ${d.trackingNumber} has no issue date; the submission window counts from the day the ` +
        `dispute was submitted to the MCO (${d.submittedToMcoOn}).`,
    });
  } else if (issued < d.submittedToMcoOn) {
    findings.push({
      ...base,
      code: "tracking-number-before-dispute",
      message: `Tracking number issued ${issued}, before the dispute was submitted to the MCO (${d.submittedToMcoOn}).`,
      date: issued,
    });
  } else if (issued > ctx.ticket.portalSubmittedOn) {
    findings.push({
      ...base,
      code: "tracking-number-after-submission",
      party: "provider",
      message: `Tracking number issued ${issued}, after the Portal submission (${ctx.ticket.portalSubmittedOn}).`,
      date: issued,
    });
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
    const problems = [
      name ? "no name" : null,
      // The privacy rule (docs/privacy.md): the member is named by position, the RIN only by its length.
      rin
        ? `the Recipient Identification Number is not 9 digits (it has ${member.recipientId.length} ` +
          `character${member.recipientId.length === 1 ? "" : "s"})`
        : null,
      dates ? "no date of service" : null,
    ].filter((p): p is string => p !== null);
    findings.push({
      ruleId: "PORTAL-SINGLE-TOPIC",
      code: "member-incomplete",
      party: "provider",
      severity: "warning",
      message: `Member ${i + 1}: ${problems.join(", ")}.`,
      events: [`members[${i}]`],
    });
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
  for (const [reason, why] of reasons) {
    ctx.findings.push({
      ruleId: CLOSURE_RULES[reason],
      code: closureCode(reason),
      party: "provider",
      severity: "error",
      message: `Closed (${reason}): ${why}.`,
      events: ["portal submission"],
      date: ctx.filedOn,
    });
  }
  trackingFindings(ctx);
  resolutionFindings(ctx);
  memberFindings(ctx);
  if (ctx.ticket.accessToCare && ctx.inForce("PORTAL-EXPEDITE")) {
    ctx.findings.push({
      ruleId: "PORTAL-EXPEDITE",
      code: "access-to-care",
      party: "HFS Portal Team",
      severity: "info",
      message: "Impacts immediate access to care: to be expedited (the policy gives no period).",
      events: ["portal submission"],
    });
  }
  const first = reasons[0];
  const closure: Closure | null = first
    ? { reason: first[0], ruleId: CLOSURE_RULES[first[0]], on: ctx.filedOn, source: "intake" }
    : null;
  return { closure, submissionWindow: window };
}
