import type { RuleId } from "../rules/rule-id.js";
import type { FindingCodeEntry, Severity } from "../core/types.js";
import { CLOSURE_RULES } from "./closure.js";
import { PORTAL_RULES } from "./rules.js";
import { type ClosureReason, INTAKE_CLOSURE_REASONS } from "./schemas.js";
import { frozen } from "../core/freeze.js";

/**
 * The code of the finding that closes a ticket at intake for `reason`: `closed-` and the reason
 * in kebab case.
 *
 * @example closureCode("Medicare only") // "closed-medicare-only"
 */
export function closureCode(reason: ClosureReason): string {
  return CLOSURE_CODES.get(reason) ?? kebabClosureCode(reason);
}

const kebabClosureCode = (reason: ClosureReason): string => `closed-${reason.toLowerCase().replaceAll(" ", "-")}`;
// Built once: the intake gives one closure finding per reason that applies.
const CLOSURE_CODES: ReadonlyMap<ClosureReason, string> = new Map(
  Object.keys(CLOSURE_RULES).map((r) => [r as ClosureReason, kebabClosureCode(r as ClosureReason)]),
);

const entry = (ruleId: RuleId, code: string, severity: Severity, summary: string): FindingCodeEntry => ({
  ruleId,
  code,
  severity,
  summary,
});

// A ticket filed before the new portal process names the first PORTAL-* rule not in force on its
// filing date, which depends on the registry's versions: the code is listed under every rule.
const OUTSIDE_POLICY = PORTAL_RULES.map((r) =>
  entry(
    r.id,
    "outside-modelled-policy",
    "warning",
    "Filed before the new portal process: only the rules then in force are evaluated.",
  ),
);

const INTAKE_CLOSURES = INTAKE_CLOSURE_REASONS.map((reason) =>
  entry(CLOSURE_RULES[reason], closureCode(reason), "error", `Closed at intake: ${reason}.`),
);

// A `ticket closed` event on a ticket already closed for another reason names the rule of the
// event's reason: listed under every closure rule.
const CLOSED_AGAIN = [...new Set(Object.values(CLOSURE_RULES))].map((ruleId) =>
  entry(ruleId, "closed-again", "info", "Closed again for another reason; the first closure stands."),
);

const EVENTS: readonly FindingCodeEntry[] = frozen([
  entry(
    "PORTAL-TRACKING-NUMBER",
    "tracking-number-issue-date-unknown",
    "warning",
    "The tracking number has no issue date: the window counts from the submission to the MCO.",
  ),
  entry(
    "PORTAL-TRACKING-NUMBER",
    "tracking-number-before-dispute",
    "warning",
    "The tracking number was issued before the dispute was submitted to the MCO.",
  ),
  entry(
    "PORTAL-TRACKING-NUMBER",
    "tracking-number-after-submission",
    "warning",
    "The tracking number was issued after the Portal submission.",
  ),
  entry(
    "PORTAL-INTERNAL-FIRST",
    "resolution-before-dispute",
    "warning",
    "The internal resolution is dated before the dispute was submitted to the MCO.",
  ),
  entry(
    "PORTAL-INTERNAL-FIRST",
    "event-before-submission",
    "error",
    "An event dated before the Portal submission: ignored.",
  ),
  entry(
    "PORTAL-SINGLE-TOPIC",
    "member-incomplete",
    "warning",
    "A member lacks a name, a 9-digit Recipient Identification Number or a date of service.",
  ),
  entry("PORTAL-EXPEDITE", "access-to-care", "info", "Impacts immediate access to care: to be expedited."),
  entry(
    "PORTAL-COMPLETE",
    "event-after-closure",
    "warning",
    "An event after the ticket was closed: ignored (closed tickets are not re-opened).",
  ),
  entry("PORTAL-PRESENT-TO-MCO", "presented-again", "info", "Presented to the MCO again: ignored."),
  entry(
    "PORTAL-PRESENT-TO-MCO",
    "presented-after-proposal",
    "warning",
    "Presented to the MCO after the MCO's written proposal: one of the two dates is wrong.",
  ),
  entry(
    "PORTAL-PRESENT-TO-MCO",
    "presented-after-due-date",
    "warning",
    "Presented after the proposal due date counted from the Portal receipt: that due date stays in force.",
  ),
  entry(
    "PORTAL-PRESENT-TO-MCO",
    "presentation-late",
    "warning",
    "The Portal Team presented the ticket to the MCO late, or not yet.",
  ),
  entry(
    "PORTAL-INFO-REQUEST",
    "info-request-while-open",
    "warning",
    "Information requested again while a request is open: ignored.",
  ),
  entry(
    "PORTAL-INFO-REQUEST",
    "info-request-late",
    "error",
    "The MCO requested information after its 5 business days.",
  ),
  entry(
    "PORTAL-INFO-RESPONSE",
    "info-without-request",
    "error",
    "Information provided with no open information request: ignored.",
  ),
  entry(
    "PORTAL-INFO-RESPONSE",
    "closed-information-not-provided",
    "error",
    "The requested information was not provided in time: the ticket is closed.",
  ),
  entry(
    "PORTAL-EXTENSION-ONCE",
    "extension-after-approval",
    "error",
    "A second extension requested after one was approved: ignored.",
  ),
  entry(
    "PORTAL-EXTENSION-ONCE",
    "extension-while-pending",
    "warning",
    "An extension requested while another request is pending: ignored.",
  ),
  entry(
    "PORTAL-EXTENSION-ONCE",
    "extension-after-denial",
    "info",
    "An extension requested again after a denial: allowed (extensionOnceCounts: approved-extensions).",
  ),
  entry(
    "PORTAL-EXTENSION-ONCE",
    "extension-after-denial-refused",
    "error",
    "An extension requested again after a denial: ignored (extensionOnceCounts: requests).",
  ),
  entry(
    "PORTAL-EXTENSION-REQUEST",
    "extension-decision-without-request",
    "error",
    "An HFS extension decision with no pending request: ignored.",
  ),
  entry(
    "PORTAL-EXTENSION-REQUEST",
    "extension-decision-pending",
    "info",
    "A timely extension request awaits HFS's decision: not counted overdue until HFS decides.",
  ),
  entry(
    "PORTAL-EXTENSION-REQUEST",
    "extension-request-late",
    "error",
    "The MCO requested the extension after the limit.",
  ),
  entry(
    "PORTAL-EXTENSION-DUE",
    "extension-after-due-date",
    "warning",
    "An extension approved on a request made after the proposal due date: not counted.",
  ),
  entry("PORTAL-PROPOSAL-CONTENT", "proposal-repeated", "error", "A second written proposal: ignored."),
  entry("PORTAL-PROPOSAL-CONTENT", "proposal-without-plan", "error", "The proposal has no resolution plan."),
  entry(
    "PORTAL-PROPOSAL-CONTENT",
    "proposal-contact-incomplete",
    "error",
    "The proposal's MCO contact lacks a name, phone or e-mail.",
  ),
  entry(
    "PORTAL-PROPOSAL-CONTENT",
    "proposal-contact-email-invalid",
    "error",
    "The MCO contact e-mail is not an e-mail address.",
  ),
  entry(
    "PORTAL-PROPOSAL-CONTENT",
    "proposal-checkboxes",
    "error",
    "The proposal checks both or neither of Upheld and Overturned.",
  ),
  entry("PORTAL-OVERDUE", "proposal-overdue", "error", "No written proposal by the due date: the ticket is overdue."),
  entry("PORTAL-CONTEST", "contest-without-response", "error", "A contest with no MCO response to contest: ignored."),
  entry("PORTAL-CONTEST", "contest-repeated", "info", "Contested again: ignored."),
  entry(
    "PORTAL-CONTEST",
    "closed-not-contested",
    "info",
    "The response was not contested in time: the ticket is closed.",
  ),
  entry(
    "PORTAL-HFS-REVIEW-REQUEST",
    "review-request-without-contest",
    "error",
    "HFS review requested with no contest: ignored.",
  ),
  entry("PORTAL-HFS-REVIEW-REQUEST", "review-request-repeated", "warning", "A second HFS review request: ignored."),
  entry(
    "PORTAL-HFS-REVIEW-REQUEST",
    "review-request-late",
    "warning",
    "The provider requested HFS review after the 30 days.",
  ),
  entry(
    "PORTAL-HFS-REVIEW-EVIDENCE",
    "evidence-without-review-request",
    "error",
    "Evidence delivered with no HFS review request: ignored.",
  ),
  entry("PORTAL-HFS-REVIEW-EVIDENCE", "evidence-late", "warning", "A party delivered its evidence late, or not yet."),
  entry(
    "PORTAL-ADMIN-REVIEW",
    "review-step-without-request",
    "error",
    "An Administrative Review or HFS decision with no HFS review request: ignored.",
  ),
  entry(
    "PORTAL-ADMIN-REVIEW",
    "decision-repeated",
    "warning",
    "A second HFS decision (the decision is final): ignored.",
  ),
  entry("PORTAL-FINE", "fine-not-overdue", "warning", "A fine issued on a ticket that did not go overdue."),
  entry(
    "PORTAL-FINE",
    "fine-before-fines-in-force",
    "warning",
    "A fine issued on a ticket that went overdue before portal fines were in force.",
  ),
  entry("PORTAL-FINE", "fine-before-overdue", "warning", "A fine issued before the ticket went overdue."),
  entry("PORTAL-FINE", "fine-repeated", "warning", "A second fine: one fine per overdue ticket."),
]);

/**
 * The kinds of finding the portal rules give, each with its stable code (docs/rules.md): the
 * pair (ruleId, code) names one kind; `severity` is the severity every such finding has.
 *
 * @example PORTAL_FINDING_CODES.find((c) => c.code === "proposal-overdue")?.ruleId // "PORTAL-OVERDUE"
 */
export const PORTAL_FINDING_CODES: readonly FindingCodeEntry[] = Object.freeze([
  ...OUTSIDE_POLICY,
  ...INTAKE_CLOSURES,
  ...CLOSED_AGAIN,
  ...EVENTS,
]);
