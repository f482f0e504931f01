// The portal's kinds of finding of the proposal, the review and the fines; finding-codes.ts gathers them.
import { cutText } from "../../core/describe-value.js";
import { frozen } from "../../core/freeze.js";
import { choiceFact, dateFact, maybeFact, textFact, textsFact } from "../../findings/facts.js";
import { findingKind } from "../../findings/kind.js";

import { requester, LATE, lateText } from "./shared.js";

// The MCO's written proposal (proposal-content.ts, history.ts) and the overdue ticket (ticket-fine.ts).
export const PROPOSAL = frozen({
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
export const REVIEW = frozen({
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
export const FINES = frozen({
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
