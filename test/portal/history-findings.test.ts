// Impossible or redundant ticket histories are findings, never exceptions: each names its rule,
// the party, the events involved and the date, and the history goes on as if the event had not
// happened (or as the first one of its kind left it). One row per guard of the history walk.
import { describe, expect, it } from "vitest";
import { evaluateTicket, type TicketInput } from "../../src/index.js";
import { proposalOn, type TicketEvent } from "./ticket-fixture.js";

const base: Omit<TicketInput, "events"> = {
  ticketNumber: "T-H",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  internalDispute: {
    submittedToMcoOn: "2024-04-01",
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: "2024-04-02",
    resolution: null,
  },
  portalSubmittedOn: "2024-05-20",
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
  members: [],
};
const P = proposalOn;
const pres: TicketEvent = { type: "presented to MCO", date: "2024-06-04" };

const cases: Record<string, [TicketEvent[], string]> = {
  infoNotProvided: [[pres, { type: "information requested", date: "2024-06-06" }], "2024-06-20"],
  notContested: [[pres, P("2024-07-01")], "2024-07-20"],
  closedTwice: [
    [pres, P("2024-07-01"), { type: "ticket closed", date: "2024-07-15", reason: "resolved" }],
    "2024-07-20",
  ],
  afterClosure: [
    [
      pres,
      { type: "ticket closed", date: "2024-06-10", reason: "withdrawn" },
      { type: "information requested", date: "2024-06-12" },
    ],
    "2024-06-20",
  ],
  reviewNoContest: [[pres, P("2024-07-01"), { type: "HFS review requested", date: "2024-07-03" }], "2024-07-05"],
  evidenceNoReview: [[pres, { type: "evidence delivered", date: "2024-06-10", by: "MCO" }], "2024-06-12"],
  decisionNoReview: [
    [pres, { type: "HFS decision", date: "2024-06-10" }, { type: "Administrative Review started", date: "2024-06-11" }],
    "2024-06-12",
  ],
  infoAgain: [
    [
      pres,
      { type: "information requested", date: "2024-06-06" },
      { type: "information requested", date: "2024-06-07" },
    ],
    "2024-06-08",
  ],
  providedNoRequest: [[pres, { type: "information provided", date: "2024-06-06" }], "2024-06-08"],
  presentedAgain: [[pres, { type: "presented to MCO", date: "2024-06-05" }], "2024-06-08"],
  contestNoProposal: [[pres, { type: "provider contest", date: "2024-06-06" }], "2024-06-08"],
  contestAgain: [
    [
      pres,
      P("2024-07-01"),
      { type: "provider contest", date: "2024-07-02" },
      { type: "provider contest", date: "2024-07-03" },
    ],
    "2024-07-04",
  ],
  evidenceTwice: [
    [
      pres,
      P("2024-07-01"),
      { type: "provider contest", date: "2024-07-02" },
      { type: "HFS review requested", date: "2024-07-03" },
      { type: "evidence delivered", date: "2024-07-05", by: "MCO" },
      { type: "evidence delivered", date: "2024-07-06", by: "MCO" },
      { type: "Administrative Review started", date: "2024-07-10" },
      { type: "Administrative Review started", date: "2024-07-11" },
    ],
    "2024-07-12",
  ],
};

const expected: Record<string, { name: string; status: string; closure: unknown; findings: unknown[] }> = {
  infoNotProvided: {
    name: "PORTAL-INFO-RESPONSE: information not provided in 5 business days closes the ticket the day after",
    status: "closed",
    closure: { reason: "information not provided", ruleId: "PORTAL-INFO-RESPONSE", on: "2024-06-14", source: "policy" },
    findings: [
      {
        ruleId: "PORTAL-INFO-RESPONSE",
        code: "closed-information-not-provided",
        party: "provider",
        severity: "error",
        message: "Information requested 2024-06-06 was not provided by 2024-06-13: ticket closed 2024-06-14.",
        requestedOn: "2024-06-06",
        dueDate: "2024-06-13",
        closedOn: "2024-06-14",
        events: ["information requested 2024-06-06"],
        date: "2024-06-06",
      },
    ],
  },
  notContested: {
    name: "PORTAL-CONTEST: a response not contested in 5 business days closes the ticket the day after",
    status: "closed",
    closure: { reason: "not contested", ruleId: "PORTAL-CONTEST", on: "2024-07-10", source: "policy" },
    findings: [
      {
        ruleId: "PORTAL-CONTEST",
        code: "closed-not-contested",
        party: "provider",
        severity: "info",
        message: "The response of 2024-07-01 was not contested by 2024-07-09: ticket closed 2024-07-10.",
        responseOn: "2024-07-01",
        dueDate: "2024-07-09",
        closedOn: "2024-07-10",
        events: ["proposal submitted 2024-07-01"],
        date: "2024-07-01",
      },
    ],
  },
  closedTwice: {
    name: "PORTAL-COMPLETE: a Portal Team closure after the policy closed the ticket keeps the first closure",
    status: "closed",
    closure: { reason: "not contested", ruleId: "PORTAL-CONTEST", on: "2024-07-10", source: "policy" },
    findings: [
      {
        ruleId: "PORTAL-CONTEST",
        code: "closed-not-contested",
        party: "provider",
        severity: "info",
        message: "The response of 2024-07-01 was not contested by 2024-07-09: ticket closed 2024-07-10.",
        responseOn: "2024-07-01",
        dueDate: "2024-07-09",
        closedOn: "2024-07-10",
        events: ["proposal submitted 2024-07-01"],
        date: "2024-07-01",
      },
      {
        ruleId: "PORTAL-CONTEST",
        code: "closed-again",
        party: "HFS Portal Team",
        severity: "info",
        message: 'Ticket closed as "resolved" on 2024-07-15; it was already closed as "not contested" on 2024-07-10.',
        reason: "resolved",
        closedOn: "2024-07-15",
        firstReason: "not contested",
        firstClosedOn: "2024-07-10",
        events: ["ticket closed 2024-07-15"],
        date: "2024-07-15",
      },
    ],
  },
  afterClosure: {
    name: "PORTAL-COMPLETE: an event after the closure is ignored (closed tickets are not re-opened)",
    status: "closed",
    closure: { reason: "withdrawn", ruleId: "PORTAL-COMPLETE", on: "2024-06-10", source: "event" },
    findings: [
      {
        ruleId: "PORTAL-COMPLETE",
        code: "event-after-closure",
        party: "HFS Portal Team",
        severity: "warning",
        message:
          "information requested on 2024-06-12 after the ticket was closed on 2024-06-10 (closed tickets are not re-opened): ignored.",
        eventType: "information requested",
        eventOn: "2024-06-12",
        closedOn: "2024-06-10",
        events: ["information requested 2024-06-12"],
        date: "2024-06-12",
      },
    ],
  },
  reviewNoContest: {
    name: "PORTAL-HFS-REVIEW-REQUEST: a review request with no contest is ignored",
    status: "proposal issued",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-HFS-REVIEW-REQUEST",
        code: "review-request-without-contest",
        party: "provider",
        severity: "error",
        message: "HFS review requested with no contest of the MCO response: ignored.",
        events: ["HFS review requested 2024-07-03"],
        date: "2024-07-03",
      },
    ],
  },
  evidenceNoReview: {
    name: "PORTAL-HFS-REVIEW-EVIDENCE: evidence with no review request is ignored",
    status: "with MCO",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-HFS-REVIEW-EVIDENCE",
        code: "evidence-without-review-request",
        party: "MCO",
        severity: "error",
        message: "Evidence delivered with no HFS review request: ignored.",
        events: ["evidence delivered 2024-06-10"],
        date: "2024-06-10",
      },
    ],
  },
  decisionNoReview: {
    name: "PORTAL-ADMIN-REVIEW: a decision or Administrative Review with no review request is ignored",
    status: "with MCO",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-ADMIN-REVIEW",
        code: "review-step-without-request",
        party: "HFS",
        severity: "error",
        message: "HFS decision with no HFS review request: ignored.",
        step: "HFS decision",
        events: ["HFS decision 2024-06-10"],
        date: "2024-06-10",
      },
      {
        ruleId: "PORTAL-ADMIN-REVIEW",
        code: "review-step-without-request",
        party: "HFS",
        severity: "error",
        message: "Administrative Review started with no HFS review request: ignored.",
        step: "Administrative Review started",
        events: ["Administrative Review started 2024-06-11"],
        date: "2024-06-11",
      },
    ],
  },
  infoAgain: {
    name: "PORTAL-INFO-REQUEST: a second request while one is open is ignored",
    status: "awaiting provider information",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-INFO-REQUEST",
        code: "info-request-while-open",
        party: "MCO",
        severity: "warning",
        message: "Information requested again while the request of 2024-06-06 is open: ignored.",
        openRequestOn: "2024-06-06",
        events: ["information requested 2024-06-06", "information requested 2024-06-07"],
        date: "2024-06-07",
      },
    ],
  },
  providedNoRequest: {
    name: "PORTAL-INFO-RESPONSE: information provided with no open request is ignored",
    status: "with MCO",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-INFO-RESPONSE",
        code: "info-without-request",
        party: "provider",
        severity: "error",
        message: "Information provided with no open information request: ignored.",
        events: ["information provided 2024-06-06"],
        date: "2024-06-06",
      },
    ],
  },
  presentedAgain: {
    name: "PORTAL-PRESENT-TO-MCO: a second presentation is ignored; the first stands",
    status: "with MCO",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-PRESENT-TO-MCO",
        code: "presented-again",
        party: "HFS Portal Team",
        severity: "info",
        message: "Presented again (first presented 2024-06-04): ignored.",
        firstPresentedOn: "2024-06-04",
        events: ["presented to MCO 2024-06-04", "presented to MCO 2024-06-05"],
        date: "2024-06-05",
      },
    ],
  },
  contestNoProposal: {
    name: "PORTAL-CONTEST: a contest with no MCO response is ignored",
    status: "with MCO",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-CONTEST",
        code: "contest-without-response",
        party: "provider",
        severity: "error",
        message: "Contest with no MCO response to contest: ignored.",
        events: ["provider contest 2024-06-06"],
        date: "2024-06-06",
      },
    ],
  },
  contestAgain: {
    name: "PORTAL-CONTEST: a second contest is ignored; the first stands",
    status: "contested",
    closure: null,
    findings: [
      {
        ruleId: "PORTAL-CONTEST",
        code: "contest-repeated",
        party: "provider",
        severity: "info",
        message: "Contested again (first 2024-07-02): ignored.",
        firstContestOn: "2024-07-02",
        events: ["provider contest 2024-07-02", "provider contest 2024-07-03"],
        date: "2024-07-03",
      },
    ],
  },
  evidenceTwice: {
    name: "PORTAL-HFS-REVIEW-EVIDENCE, PORTAL-ADMIN-REVIEW: evidence delivered twice and a second start of the review keep the first",
    status: "Administrative Review",
    closure: null,
    findings: [],
  },
};

describe("impossible and redundant histories", () => {
  for (const [key, [events, asOf]] of Object.entries(cases)) {
    const want = expected[key];
    if (!want) throw new Error(`no expectation for ${key}`);
    it(want.name, () => {
      const result = evaluateTicket({ ...base, events }, { asOf });
      expect(result.status).toBe(want.status);
      expect(result.closure).toEqual(want.closure);
      expect(result.findings).toEqual(want.findings);
    });
  }
});
