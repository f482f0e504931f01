// The portal's kinds of finding of the events' walk and the extensions; finding-codes.ts gathers them.
import { frozen } from "../../core/freeze.js";
import { dateFact, maybeFact } from "../../findings/facts.js";
import { findingKind } from "../../findings/kind.js";

import { eventType, requester, LATE, lateText } from "./shared.js";

// The walk of the ticket's events (history.ts, extension-events.ts): impossible or ignored events, closures.
export const HISTORY = frozen({
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
export const EXTENSIONS = frozen({
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
