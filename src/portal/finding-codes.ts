import type { IsoDate } from "../core/iso-date.js";
import { countText, cutText } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";
import { choiceFact, countFact, dateFact, maybeFact, textFact, textsFact } from "../findings/facts.js";
import {
  defineFindingKinds,
  type FactShape,
  type FactsOf,
  findingCodeEntries,
  type FindingOf,
  findingKind,
} from "../findings/kind.js";
import { PORTAL_RULES, type PortalRuleId } from "./rules.js";
import { type ClosureReason, ClosureReasonSchema, type IntakeClosureReason, type TicketEventType } from "./schemas.js";

/** The code of the finding that closes a ticket for each reason: `closed-` and the reason in kebab case. */
const CLOSURE_CODES = frozen({
  "provider not registered": "closed-provider-not-registered",
  incomplete: "closed-incomplete",
  "Medicare only": "closed-medicare-only",
  "fee-for-service": "closed-fee-for-service",
  "internal process not used": "closed-internal-process-not-used",
  "missing tracking number": "closed-missing-tracking-number",
  premature: "closed-premature",
  "not timely": "closed-not-timely",
  "prior authorization not obtained": "closed-prior-authorization-not-obtained",
  "information not provided": "closed-information-not-provided",
  "not contested": "closed-not-contested",
  resolved: "closed-resolved",
  "HFS decision": "closed-hfs-decision",
  withdrawn: "closed-withdrawn",
  other: "closed-other",
} as const satisfies Record<ClosureReason, `closed-${string}`>);

/** The code of the finding that closes a ticket for one of `R`. */
export type ClosureCode<R extends ClosureReason = ClosureReason> = (typeof CLOSURE_CODES)[R];

/**
 * The code of the finding that closes a ticket for `reason` (at intake, or by the policy for
 * `information not provided` and `not contested`): `closed-` and the reason in kebab case.
 *
 * @example closureCode("Medicare only") // "closed-medicare-only"
 */
export function closureCode<R extends ClosureReason>(reason: R): ClosureCode<R> {
  return CLOSURE_CODES[reason];
}

// Every PORTAL-* rule, in registry order (PORTAL_RULES is a frozen tuple of literal IDs).
const PORTAL_RULE_IDS = PORTAL_RULES.map((r) => r.id) as unknown as readonly [PortalRuleId, ...PortalRuleId[]];
// The rules of the closure reasons (closure.ts), each once, in the order of the reasons.
const CLOSURE_RULE_IDS = frozen([
  "PORTAL-REGISTERED",
  "PORTAL-COMPLETE",
  "PORTAL-SCOPE-MEDICAID",
  "PORTAL-INTERNAL-FIRST",
  "PORTAL-TRACKING-NUMBER",
  "PORTAL-SUBMIT-EARLIEST",
  "PORTAL-SUBMIT-LATEST",
  "PORTAL-PRIOR-AUTH",
  "PORTAL-INFO-RESPONSE",
  "PORTAL-CONTEST",
  "PORTAL-ADMIN-REVIEW",
] as const satisfies readonly PortalRuleId[]);

// Every ticket event type (schemas.ts), so that a finding names the type of the event it is about.
const EVENT_TYPES = frozen([
  "presented to MCO",
  "information requested",
  "information provided",
  "extension requested",
  "extension decision",
  "proposal submitted",
  "provider contest",
  "HFS review requested",
  "evidence delivered",
  "Administrative Review started",
  "HFS decision",
  "ticket closed",
  "fine issued",
] as const satisfies readonly TicketEventType[]);
// Every event type is listed: a new one that is not does not compile.
type Unlisted = Exclude<TicketEventType, (typeof EVENT_TYPES)[number]>;
const eventTypesListed: [Unlisted] extends [never] ? true : Unlisted = true;
const eventType = eventTypesListed && choiceFact(EVENT_TYPES);
const closureReason = choiceFact(
  ClosureReasonSchema.options as unknown as readonly [ClosureReason, ...ClosureReason[]],
);
const requester = choiceFact(["MCO", "provider"]);

/** A ticket closed at intake for `reason` under `rule`: the message says why, from the facts. */
const closedAtIntake = <const R extends PortalRuleId, S extends FactShape>(
  reason: IntakeClosureReason,
  rule: R,
  facts: S,
  why: (f: FactsOf<S>) => string,
) =>
  findingKind({
    rules: [rule],
    severity: "error",
    party: "provider",
    summary: `Closed at intake: ${reason}.`,
    facts,
    message: (f) => `Closed (${reason}): ${why(f)}.`,
  });

// The submission window (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST): its start and the days since.
const WINDOW = frozen({ daysAfterStart: countFact, startLabel: textFact, start: dateFact });
type Window = { readonly daysAfterStart: number; readonly startLabel: string; readonly start: IsoDate };
const submitted = (f: Window) =>
  `submitted ${countText(f.daysAfterStart, "calendar day")} after ${f.startLabel} ${f.start}`;

// A deadline of the MCO or the Portal Team done late, or not done (deadlines.ts).
const LATE = frozen({
  dueDate: dateFact,
  status: choiceFact(["late", "missed"]),
  metOn: maybeFact(dateFact),
  daysLate: countFact,
});
type Late = FactsOf<typeof LATE>;
const lateText = (what: string, f: Late) => {
  const days = countText(f.daysLate, "day");
  const when = f.status === "late" ? `done ${f.metOn}, ${days} late` : `not done, ${days} overdue`;
  return `${what} due ${f.dueDate}: ${when}.`;
};

const INTAKE_CLOSURES = frozen({
  "closed-provider-not-registered": closedAtIntake(
    "provider not registered",
    "PORTAL-REGISTERED",
    {},
    () => "the provider is not registered to use the Portal",
  ),
  "closed-incomplete": closedAtIntake("incomplete", "PORTAL-COMPLETE", {}, () => "the submission is incomplete"),
  "closed-medicare-only": closedAtIntake(
    "Medicare only",
    "PORTAL-SCOPE-MEDICAID",
    {},
    () => "the complaint is Medicare only (the Portal handles the Medicaid portion only)",
  ),
  "closed-fee-for-service": closedAtIntake(
    "fee-for-service",
    "PORTAL-SCOPE-MEDICAID",
    {},
    () => "the complaint is about Medicaid fee-for-service, not an MCO",
  ),
  "closed-internal-process-not-used": closedAtIntake(
    "internal process not used",
    "PORTAL-INTERNAL-FIRST",
    { portalSubmittedOn: dateFact, submittedToMcoOn: dateFact },
    (f) =>
      `submitted to the Portal ${f.portalSubmittedOn}, not after the MCO's internal process (${f.submittedToMcoOn})`,
  ),
  "closed-missing-tracking-number": closedAtIntake(
    "missing tracking number",
    "PORTAL-TRACKING-NUMBER",
    {},
    () => "no MCO complaint tracking number",
  ),
  "closed-premature": closedAtIntake(
    "premature",
    "PORTAL-SUBMIT-EARLIEST",
    { ...WINDOW, earliest: dateFact },
    (f) => `${submitted(f)}, before day 30 (${f.earliest})`,
  ),
  "closed-not-timely": closedAtIntake(
    "not timely",
    "PORTAL-SUBMIT-LATEST",
    { ...WINDOW, latest: dateFact },
    (f) => `${submitted(f)}, after the last day ${f.latest}`,
  ),
  "closed-prior-authorization-not-obtained": closedAtIntake(
    "prior authorization not obtained",
    "PORTAL-PRIOR-AUTH",
    {},
    () => "the complaint involves failure to obtain a required prior authorization",
  ),
} as const satisfies { [R in IntakeClosureReason as ClosureCode<R>]: unknown });

// The findings of a ticket's intake: the submission's closures and its impossible dates and members.
const INTAKE = frozen({
  "tracking-number-issue-date-unknown": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "MCO",
    summary: "The tracking number has no issue date: the window counts from the submission to the MCO.",
    facts: { trackingNumber: textFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Tracking number ${f.trackingNumber} has no issue date; the submission window counts from the day the ` +
      `dispute was submitted to the MCO (${f.submittedToMcoOn}).`,
  }),
  "tracking-number-before-dispute": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "MCO",
    summary: "The tracking number was issued before the dispute was submitted to the MCO.",
    facts: { issuedOn: dateFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Tracking number issued ${f.issuedOn}, before the dispute was submitted to the MCO (${f.submittedToMcoOn}).`,
  }),
  "tracking-number-after-submission": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "provider",
    summary: "The tracking number was issued after the Portal submission.",
    facts: { issuedOn: dateFact, portalSubmittedOn: dateFact },
    message: (f) => `Tracking number issued ${f.issuedOn}, after the Portal submission (${f.portalSubmittedOn}).`,
  }),
  "resolution-before-dispute": findingKind({
    rules: ["PORTAL-INTERNAL-FIRST"],
    severity: "warning",
    party: "MCO",
    summary: "The internal resolution is dated before the dispute was submitted to the MCO.",
    facts: { resolvedOn: dateFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Internal resolution dated ${f.resolvedOn}, before the dispute was submitted to the MCO ` +
      `(${f.submittedToMcoOn}): a dispute cannot be resolved before it is filed; one of the two dates is wrong.`,
  }),
  "event-before-submission": findingKind({
    rules: ["PORTAL-INTERNAL-FIRST"],
    severity: "error",
    party: "HFS Portal Team",
    summary: "An event dated before the Portal submission: ignored.",
    facts: { eventType, eventOn: dateFact, filedOn: dateFact },
    message: (f) =>
      `${f.eventType} on ${f.eventOn}, before the ticket was submitted to the Portal (${f.filedOn}): ignored.`,
  }),
  "member-incomplete": findingKind({
    rules: ["PORTAL-SINGLE-TOPIC"],
    severity: "warning",
    party: "provider",
    summary: "A member lacks a name, a 9-digit Recipient Identification Number or a date of service.",
    // The privacy rule (docs/privacy.md): the member by position (0-based), the fields by name, the RIN by its length.
    facts: { memberIndex: countFact, incompleteFields: textsFact, recipientIdLength: maybeFact(countFact) },
    message: (f) =>
      `Member ${f.memberIndex + 1}: ${f.incompleteFields.map((field) => memberProblem(field, f)).join(", ")}.`,
  }),
  "access-to-care": findingKind({
    rules: ["PORTAL-EXPEDITE"],
    severity: "info",
    party: "HFS Portal Team",
    summary: "Impacts immediate access to care: to be expedited.",
    facts: {},
    message: () => "Impacts immediate access to care: to be expedited (the policy gives no period).",
  }),
} as const);

/** What a member lacks, in the words of `member-incomplete`. */
function memberProblem(field: string, f: { readonly recipientIdLength: number | null }): string {
  if (field === "name") return "no name";
  if (field === "datesOfService") return "no date of service";
  const n = f.recipientIdLength ?? 0;
  return `the Recipient Identification Number is not 9 digits (it has ${n} character${n === 1 ? "" : "s"})`;
}

// The walk of the ticket's events (history.ts, extension-events.ts): impossible or ignored events, closures.
const HISTORY = frozen({
  "event-after-closure": findingKind({
    rules: ["PORTAL-COMPLETE"],
    severity: "warning",
    party: "HFS Portal Team",
    summary: "An event after the ticket was closed: ignored (closed tickets are not re-opened).",
    facts: { eventType, eventOn: dateFact, closedOn: dateFact },
    message: (f) =>
      `${f.eventType} on ${f.eventOn} after the ticket was closed on ${f.closedOn} (closed tickets are not ` +
      "re-opened): ignored.",
  }),
  "presented-again": findingKind({
    rules: ["PORTAL-PRESENT-TO-MCO"],
    severity: "info",
    party: "HFS Portal Team",
    summary: "Presented to the MCO again: ignored.",
    facts: { firstPresentedOn: dateFact },
    message: (f) => `Presented again (first presented ${f.firstPresentedOn}): ignored.`,
  }),
  "presented-after-proposal": findingKind({
    rules: ["PORTAL-PRESENT-TO-MCO"],
    severity: "warning",
    party: "HFS Portal Team",
    summary: "Presented to the MCO after the MCO's written proposal: one of the two dates is wrong.",
    facts: { presentedOn: dateFact, proposalOn: dateFact },
    message: (f) =>
      `Presented to the MCO on ${f.presentedOn}, after the MCO's written proposal of ${f.proposalOn}: a proposal ` +
      "cannot come before the MCO has the ticket; one of the two dates is wrong.",
  }),
  "presented-after-due-date": findingKind({
    rules: ["PORTAL-PRESENT-TO-MCO"],
    severity: "warning",
    party: "HFS Portal Team",
    summary: "Presented after the proposal due date counted from the Portal receipt: that due date stays in force.",
    facts: { presentedOn: dateFact, dueDate: dateFact },
    message: (f) =>
      `Presented to the MCO on ${f.presentedOn}, after the proposal due date ${f.dueDate} counted from the Portal ` +
      "receipt had passed with no presentation known: the presentation does not move a deadline already passed; " +
      "the MCO's 30 days count from the Portal receipt (eventsAfterAsOf: not-known).",
  }),
  "presentation-late": findingKind({
    rules: ["PORTAL-PRESENT-TO-MCO"],
    severity: "warning",
    party: "HFS Portal Team",
    summary: "The Portal Team presented the ticket to the MCO late, or not yet.",
    facts: LATE,
    message: (f) => lateText("Presentation to the MCO", f),
  }),
  "info-request-while-open": findingKind({
    rules: ["PORTAL-INFO-REQUEST"],
    severity: "warning",
    party: "MCO",
    summary: "Information requested again while a request is open: ignored.",
    facts: { openRequestOn: dateFact },
    message: (f) => `Information requested again while the request of ${f.openRequestOn} is open: ignored.`,
  }),
  "info-request-late": findingKind({
    rules: ["PORTAL-INFO-REQUEST"],
    severity: "error",
    party: "MCO",
    summary: "The MCO requested information after its 5 business days.",
    facts: LATE,
    message: (f) => lateText("Information request", f),
  }),
  "info-without-request": findingKind({
    rules: ["PORTAL-INFO-RESPONSE"],
    severity: "error",
    party: "provider",
    summary: "Information provided with no open information request: ignored.",
    facts: {},
    message: () => "Information provided with no open information request: ignored.",
  }),
  "closed-information-not-provided": findingKind({
    rules: ["PORTAL-INFO-RESPONSE"],
    severity: "error",
    party: "provider",
    summary: "The requested information was not provided in time: the ticket is closed.",
    facts: { requestedOn: dateFact, dueDate: dateFact, closedOn: dateFact },
    message: (f) =>
      `Information requested ${f.requestedOn} was not provided by ${f.dueDate}: ticket closed ${f.closedOn}.`,
  }),
} as const);

// The extension requests and decisions (extension-events.ts, proposal-timeline.ts, ticket-fine.ts).
const EXTENSIONS = frozen({
  "extension-after-approval": findingKind({
    rules: ["PORTAL-EXTENSION-ONCE"],
    severity: "error",
    party: null,
    summary: "A second extension requested after one was approved: ignored.",
    facts: { requestedBy: requester, approvedRequestBy: requester },
    message: (f) =>
      `Second extension requested by the ${f.requestedBy}; an extension (requested by the ` +
      `${f.approvedRequestBy}) was already approved: only one extension per ticket, ignored.`,
  }),
  "extension-while-pending": findingKind({
    rules: ["PORTAL-EXTENSION-ONCE"],
    severity: "warning",
    party: null,
    summary: "An extension requested while another request is pending: ignored.",
    facts: { pendingRequestOn: dateFact },
    message: (f) => `Extension requested again while the request of ${f.pendingRequestOn} is pending: ignored.`,
  }),
  "extension-after-denial": findingKind({
    rules: ["PORTAL-EXTENSION-ONCE"],
    severity: "info",
    party: null,
    summary: "An extension requested again after a denial: allowed (extensionOnceCounts: approved-extensions).",
    facts: { requestedBy: requester, deniedRequestOn: dateFact },
    message: (f) =>
      `Extension requested again by the ${f.requestedBy} after HFS denied the request of ${f.deniedRequestOn}: ` +
      `allowed, "Only one (1) extension is possible" counts the extensions HFS approves and none was ` +
      "(extensionOnceCounts: approved-extensions).",
  }),
  "extension-after-denial-refused": findingKind({
    rules: ["PORTAL-EXTENSION-ONCE"],
    severity: "error",
    party: null,
    summary: "An extension requested again after a denial: ignored (extensionOnceCounts: requests).",
    facts: { requestedBy: requester, deniedRequestOn: dateFact },
    message: (f) =>
      `Extension requested again by the ${f.requestedBy} after HFS denied the request of ${f.deniedRequestOn}: ` +
      `"Only one (1) extension is possible", read as one request per ticket (extensionOnceCounts: requests); ` +
      "ignored.",
  }),
  "extension-decision-without-request": findingKind({
    rules: ["PORTAL-EXTENSION-REQUEST"],
    severity: "error",
    party: "HFS",
    summary: "An HFS extension decision with no pending request: ignored.",
    facts: {},
    message: () => "HFS extension decision with no pending extension request: ignored.",
  }),
  "extension-decision-pending": findingKind({
    rules: ["PORTAL-EXTENSION-REQUEST"],
    severity: "info",
    party: "HFS",
    summary: "A timely extension request awaits HFS's decision: not counted overdue until HFS decides.",
    facts: { requestedOn: maybeFact(dateFact) },
    message: (f) =>
      `The extension request of ${f.requestedOn} awaits HFS's decision: the ticket is not counted overdue until ` +
      "HFS decides.",
  }),
  "extension-request-late": findingKind({
    rules: ["PORTAL-EXTENSION-REQUEST"],
    severity: "error",
    party: "MCO",
    summary: "The MCO requested the extension after the limit.",
    facts: LATE,
    message: (f) => lateText("Extension request", f),
  }),
  "extension-after-due-date": findingKind({
    rules: ["PORTAL-EXTENSION-DUE"],
    severity: "warning",
    party: "HFS",
    summary: "An extension approved on a request made after the proposal due date: not counted.",
    facts: { requestedOn: dateFact, dueDate: dateFact },
    message: (f) =>
      `Extension approved on a request of ${f.requestedOn}, after the proposal due date ${f.dueDate}: the ticket ` +
      "had already gone overdue; the extension is not counted.",
  }),
} as const);

// The MCO's written proposal (proposal-content.ts, history.ts) and the overdue ticket (ticket-fine.ts).
const PROPOSAL = frozen({
  "proposal-repeated": findingKind({
    rules: ["PORTAL-PROPOSAL-CONTENT"],
    severity: "error",
    party: "MCO",
    summary: "A second written proposal: ignored.",
    facts: { firstProposalOn: dateFact },
    message: (f) => `Second written proposal (the first was ${f.firstProposalOn}): ignored.`,
  }),
  "proposal-without-plan": findingKind({
    rules: ["PORTAL-PROPOSAL-CONTENT"],
    severity: "error",
    party: "MCO",
    summary: "The proposal has no resolution plan.",
    facts: {},
    message: () => "The proposal has no resolution plan.",
  }),
  "proposal-contact-incomplete": findingKind({
    rules: ["PORTAL-PROPOSAL-CONTENT"],
    severity: "error",
    party: "MCO",
    summary: "The proposal's MCO contact lacks a name, phone or e-mail.",
    facts: { missingFields: textsFact },
    message: (f) => `The proposal's MCO contact has no ${f.missingFields.join(", ")}.`,
  }),
  "proposal-contact-email-invalid": findingKind({
    rules: ["PORTAL-PROPOSAL-CONTENT"],
    severity: "error",
    party: "MCO",
    summary: "The MCO contact e-mail is not an e-mail address.",
    facts: { email: textFact },
    message: (f) => `The MCO contact e-mail ${JSON.stringify(cutText(f.email))} is not an e-mail address.`,
  }),
  "proposal-checkboxes": findingKind({
    rules: ["PORTAL-PROPOSAL-CONTENT"],
    severity: "error",
    party: "MCO",
    summary: "The proposal checks both or neither of Upheld and Overturned.",
    facts: { checked: choiceFact(["both", "neither"]) },
    message: (f) =>
      f.checked === "both"
        ? "The proposal checks both Upheld and Overturned."
        : "The proposal checks neither Upheld nor Overturned.",
  }),
  "proposal-overdue": findingKind({
    rules: ["PORTAL-OVERDUE"],
    severity: "error",
    party: "MCO",
    summary: "No written proposal by the due date: the ticket is overdue.",
    facts: { dueDate: dateFact, overdueOn: dateFact, proposalOn: maybeFact(dateFact) },
    message: (f) =>
      `No written proposal by ${f.dueDate}: overdue since ${f.overdueOn}.` +
      `${f.proposalOn === null ? "" : ` The written proposal came ${f.proposalOn}.`}`,
  }),
} as const);

// The provider's contest and the HFS review (history.ts, deadlines.ts).
const REVIEW = frozen({
  "contest-without-response": findingKind({
    rules: ["PORTAL-CONTEST"],
    severity: "error",
    party: "provider",
    summary: "A contest with no MCO response to contest: ignored.",
    facts: {},
    message: () => "Contest with no MCO response to contest: ignored.",
  }),
  "contest-repeated": findingKind({
    rules: ["PORTAL-CONTEST"],
    severity: "info",
    party: "provider",
    summary: "Contested again: ignored.",
    facts: { firstContestOn: dateFact },
    message: (f) => `Contested again (first ${f.firstContestOn}): ignored.`,
  }),
  "closed-not-contested": findingKind({
    rules: ["PORTAL-CONTEST"],
    severity: "info",
    party: "provider",
    summary: "The response was not contested in time: the ticket is closed.",
    facts: { responseOn: dateFact, dueDate: dateFact, closedOn: dateFact },
    message: (f) => `The response of ${f.responseOn} was not contested by ${f.dueDate}: ticket closed ${f.closedOn}.`,
  }),
  "review-request-without-contest": findingKind({
    rules: ["PORTAL-HFS-REVIEW-REQUEST"],
    severity: "error",
    party: "provider",
    summary: "HFS review requested with no contest: ignored.",
    facts: {},
    message: () => "HFS review requested with no contest of the MCO response: ignored.",
  }),
  "review-request-repeated": findingKind({
    rules: ["PORTAL-HFS-REVIEW-REQUEST"],
    severity: "warning",
    party: "provider",
    summary: "A second HFS review request: ignored.",
    facts: { firstRequestOn: dateFact },
    message: (f) => `Second HFS review request (the first was ${f.firstRequestOn}): ignored.`,
  }),
  "review-request-late": findingKind({
    rules: ["PORTAL-HFS-REVIEW-REQUEST"],
    severity: "warning",
    party: "provider",
    summary: "The provider requested HFS review after the 30 days.",
    facts: LATE,
    message: (f) => lateText("HFS review request", f),
  }),
  "evidence-without-review-request": findingKind({
    rules: ["PORTAL-HFS-REVIEW-EVIDENCE"],
    severity: "error",
    party: null,
    summary: "Evidence delivered with no HFS review request: ignored.",
    facts: {},
    message: () => "Evidence delivered with no HFS review request: ignored.",
  }),
  "evidence-late": findingKind({
    rules: ["PORTAL-HFS-REVIEW-EVIDENCE"],
    severity: "warning",
    party: null,
    summary: "A party delivered its evidence late, or not yet.",
    facts: { ...LATE, from: requester },
    message: (f) => lateText(`Evidence from the ${f.from}`, f),
  }),
  "review-step-without-request": findingKind({
    rules: ["PORTAL-ADMIN-REVIEW"],
    severity: "error",
    party: "HFS",
    summary: "An Administrative Review or HFS decision with no HFS review request: ignored.",
    facts: { step: choiceFact(["Administrative Review started", "HFS decision"]) },
    message: (f) => `${f.step} with no HFS review request: ignored.`,
  }),
  "decision-repeated": findingKind({
    rules: ["PORTAL-ADMIN-REVIEW"],
    severity: "warning",
    party: "HFS",
    summary: "A second HFS decision (the decision is final): ignored.",
    facts: { firstDecisionOn: dateFact },
    message: (f) => `Second HFS decision (the first was ${f.firstDecisionOn}; the HFS decision is final): ignored.`,
  }),
} as const);

// The fines issued on the ticket (ticket-fine.ts).
const FINES = frozen({
  "fine-not-overdue": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A fine issued on a ticket that did not go overdue.",
    facts: { issuedOn: dateFact },
    message: (f) => `Fine issued ${f.issuedOn} on a ticket that did not go overdue.`,
  }),
  "fine-before-fines-in-force": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A fine issued on a ticket that went overdue before portal fines were in force.",
    facts: { issuedOn: dateFact, overdueOn: dateFact },
    message: (f) =>
      `Fine issued ${f.issuedOn}, but the ticket went overdue ${f.overdueOn}, before portal fines were in force.`,
  }),
  "fine-before-overdue": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A fine issued before the ticket went overdue.",
    facts: { issuedOn: dateFact, overdueOn: dateFact },
    message: (f) => `Fine issued ${f.issuedOn}, before the ticket went overdue on ${f.overdueOn}.`,
  }),
  "fine-repeated": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A second fine: one fine per overdue ticket.",
    facts: { issuedOn: dateFact, firstIssuedOn: dateFact },
    message: (f) => `Second fine issued ${f.issuedOn} (the first was ${f.firstIssuedOn}): one fine per overdue ticket.`,
  }),
} as const);

/**
 * The kinds of finding the portal rules give, by code: rules, severity, party, facts and message
 * (docs/rules.md). `outside-modelled-policy` is listed under every PORTAL-* rule (a ticket filed
 * before the new portal process names the first rule not in force on its filing date, which
 * depends on the registry's versions); `closed-again` under every closure rule (it names the rule
 * of the event's reason).
 */
export const PORTAL_FINDINGS = defineFindingKinds({
  "outside-modelled-policy": findingKind({
    rules: PORTAL_RULE_IDS,
    severity: "warning",
    party: "HFS Portal Team",
    summary: "Filed before the new portal process: only the rules then in force are evaluated.",
    facts: { filedOn: dateFact, newPortalFrom: dateFact, rulesNotInForce: textsFact },
    message: (f) =>
      `Filed ${f.filedOn}, before the new portal process of ${f.newPortalFrom}: outside the modelled ` +
      `policy. Only the rules then in force are evaluated; not evaluated: ${f.rulesNotInForce.join(", ")}.`,
  }),
  ...INTAKE_CLOSURES,
  "closed-again": findingKind({
    rules: CLOSURE_RULE_IDS,
    severity: "info",
    party: "HFS Portal Team",
    summary: "Closed again for another reason; the first closure stands.",
    facts: { reason: closureReason, closedOn: dateFact, firstReason: closureReason, firstClosedOn: dateFact },
    message: (f) =>
      `Ticket closed as "${f.reason}" on ${f.closedOn}; it was already closed as "${f.firstReason}" on ` +
      `${f.firstClosedOn}.`,
  }),
  ...INTAKE,
  ...HISTORY,
  ...EXTENSIONS,
  ...PROPOSAL,
  ...REVIEW,
  ...FINES,
});

/** A finding of the portal rules: a union keyed by `code`, each with its facts as fields. */
export type PortalFinding = FindingOf<typeof PORTAL_FINDINGS>;

/** The code of a portal finding. */
export type PortalFindingCode = PortalFinding["code"];

/**
 * The kinds of finding the portal rules give, each with its stable code (docs/rules.md): the
 * pair (ruleId, code) names one kind; `severity` is the severity every such finding has.
 *
 * @example PORTAL_FINDING_CODES.find((c) => c.code === "proposal-overdue")?.ruleId // "PORTAL-OVERDUE"
 */
export const PORTAL_FINDING_CODES = findingCodeEntries(PORTAL_FINDINGS);
