// The guards of the history walk not stated elsewhere (a second HFS review request, a second HFS
// decision, a second proposal, a presentation after the proposal, an event before the filing
// day), and the days an act is still in time: information provided on its due date
// (PORTAL-INFO-RESPONSE), a contest on its due date (PORTAL-CONTEST), an event on the filing day.
import { describe, expect, it } from "vitest";
import { evaluateTicket } from "../../src/index.js";
import { CLEAN_TICKET, proposalOn, type TicketEvent } from "./ticket-fixture.js";

const base = CLEAN_TICKET;
const P = proposalOn;
const pres: TicketEvent = { type: "presented to MCO", date: "2024-06-04" };
/** Presented, answered 2024-07-01 (contest due 2024-07-09), contested, review requested 2024-07-03. */
const reviewed: TicketEvent[] = [
  pres,
  P("2024-07-01"),
  { type: "provider contest", date: "2024-07-02" },
  { type: "HFS review requested", date: "2024-07-03" },
];

const evaluate = (events: TicketEvent[], asOf: string) => evaluateTicket({ ...base, events }, { asOf });
const codes = (r: { findings: readonly { code?: string }[] }) => r.findings.map((f) => f.code);
const deadline = (r: ReturnType<typeof evaluate>, name: string) =>
  r.deadlines.filter((d) => d.name === name).map((d) => `${d.dueDate} ${d.status}`);

describe("a second step of a kind is a finding, and the first one stands", () => {
  it("PORTAL-HFS-REVIEW-REQUEST: a second review request is ignored; the evidence is due 30 days after the first", () => {
    const r = evaluate([...reviewed, { type: "HFS review requested", date: "2024-07-05" }], "2024-07-06");
    expect(r.findings).toEqual([
      {
        ruleId: "PORTAL-HFS-REVIEW-REQUEST",
        code: "review-request-repeated",
        party: "provider",
        severity: "warning",
        message: "Second HFS review request (the first was 2024-07-03): ignored.",
        firstRequestOn: "2024-07-03",
        events: ["HFS review requested 2024-07-03", "HFS review requested 2024-07-05"],
        date: "2024-07-05",
      },
    ]);
    expect(deadline(r, "evidence")).toEqual(["2024-08-02 open", "2024-08-02 open"]);
  });

  it("PORTAL-ADMIN-REVIEW: a second HFS decision is ignored (the decision is final)", () => {
    const r = evaluate(
      [...reviewed, { type: "HFS decision", date: "2024-07-20" }, { type: "HFS decision", date: "2024-07-25" }],
      "2024-07-26",
    );
    expect(r.status).toBe("decided");
    expect(r.findings).toEqual([
      {
        ruleId: "PORTAL-ADMIN-REVIEW",
        code: "decision-repeated",
        party: "HFS",
        severity: "warning",
        message: "Second HFS decision (the first was 2024-07-20; the HFS decision is final): ignored.",
        firstDecisionOn: "2024-07-20",
        events: ["HFS decision 2024-07-20", "HFS decision 2024-07-25"],
        date: "2024-07-25",
      },
    ]);
  });

  it("PORTAL-PROPOSAL-CONTENT: a second written proposal is ignored; the contest is due from the first", () => {
    const r = evaluate([pres, P("2024-07-01"), P("2024-07-03")], "2024-07-04");
    expect(r.findings).toEqual([
      {
        ruleId: "PORTAL-PROPOSAL-CONTENT",
        code: "proposal-repeated",
        party: "MCO",
        severity: "error",
        message: "Second written proposal (the first was 2024-07-01): ignored.",
        firstProposalOn: "2024-07-01",
        events: ["proposal submitted 2024-07-01", "proposal submitted 2024-07-03"],
        date: "2024-07-03",
      },
    ]);
    expect(deadline(r, "contest")).toEqual(["2024-07-09 open"]);
  });

  it("PORTAL-PRESENT-TO-MCO: a presentation after the MCO's proposal is a warning; both dates stand", () => {
    const r = evaluate([P("2024-06-03"), pres], "2024-06-05");
    expect(r.status).toBe("proposal issued");
    expect(r.findings).toEqual([
      {
        ruleId: "PORTAL-PRESENT-TO-MCO",
        code: "presented-after-proposal",
        party: "HFS Portal Team",
        severity: "warning",
        message:
          "Presented to the MCO on 2024-06-04, after the MCO's written proposal of 2024-06-03: a proposal cannot come before the MCO has the ticket; one of the two dates is wrong.",
        presentedOn: "2024-06-04",
        proposalOn: "2024-06-03",
        events: ["proposal submitted 2024-06-03", "presented to MCO 2024-06-04"],
        date: "2024-06-04",
      },
    ]);
    expect(deadline(r, "present to MCO")).toEqual(["2024-06-04 met"]);
  });
});

describe("PORTAL-INTERNAL-FIRST: the filing day", () => {
  it("an event the day before the portal submission is ignored; one on the filing day counts", () => {
    const before = evaluate([{ type: "presented to MCO", date: "2024-05-19" }], "2024-05-21");
    expect(before.status).toBe("submitted");
    expect(before.findings).toEqual([
      {
        ruleId: "PORTAL-INTERNAL-FIRST",
        code: "event-before-submission",
        party: "HFS Portal Team",
        severity: "error",
        message: "presented to MCO on 2024-05-19, before the ticket was submitted to the Portal (2024-05-20): ignored.",
        eventType: "presented to MCO",
        eventOn: "2024-05-19",
        filedOn: "2024-05-20",
        events: ["presented to MCO 2024-05-19"],
        date: "2024-05-19",
      },
    ]);
    const onTheDay = evaluate([{ type: "presented to MCO", date: "2024-05-20" }], "2024-05-21");
    expect(onTheDay.status).toBe("with MCO");
    expect(onTheDay.findings).toEqual([]);
    expect(deadline(onTheDay, "present to MCO")).toEqual(["2024-06-04 met"]);
  });
});

describe("a provider's act on its due date is in time; the day after, the ticket is already closed", () => {
  it("PORTAL-INFO-RESPONSE: information requested 2024-06-06 is due 2024-06-13", () => {
    const requested: TicketEvent[] = [pres, { type: "information requested", date: "2024-06-06" }];
    const onDue = evaluate([...requested, { type: "information provided", date: "2024-06-13" }], "2024-06-20");
    expect(onDue.closure).toBeNull();
    expect(codes(onDue)).toEqual([]);
    expect(deadline(onDue, "provide information")).toEqual(["2024-06-13 met"]);
    const dayAfter = evaluate([...requested, { type: "information provided", date: "2024-06-14" }], "2024-06-20");
    expect(dayAfter.closure).toEqual({
      reason: "information not provided",
      ruleId: "PORTAL-INFO-RESPONSE",
      on: "2024-06-14",
      source: "policy",
    });
    expect(codes(dayAfter)).toEqual(["closed-information-not-provided", "event-after-closure"]);
    expect(deadline(dayAfter, "provide information")).toEqual(["2024-06-13 missed"]);
  });

  it("PORTAL-CONTEST: a response of 2024-07-01 may be contested through 2024-07-09", () => {
    const onDue = evaluate([pres, P("2024-07-01"), { type: "provider contest", date: "2024-07-09" }], "2024-07-20");
    expect(onDue.status).toBe("contested");
    expect(codes(onDue)).toEqual([]);
    expect(deadline(onDue, "contest")).toEqual(["2024-07-09 met"]);
    const dayAfter = evaluate([pres, P("2024-07-01"), { type: "provider contest", date: "2024-07-10" }], "2024-07-20");
    expect(dayAfter.closure).toEqual({
      reason: "not contested",
      ruleId: "PORTAL-CONTEST",
      on: "2024-07-10",
      source: "policy",
    });
    expect(codes(dayAfter)).toEqual(["closed-not-contested", "event-after-closure"]);
  });

  it("a Portal Team closure for the reason the policy already closed it is no second finding", () => {
    const r = evaluate(
      [
        pres,
        { type: "information requested", date: "2024-06-06" },
        { type: "ticket closed", date: "2024-06-15", reason: "information not provided" },
      ],
      "2024-06-20",
    );
    expect(r.closure).toEqual({
      reason: "information not provided",
      ruleId: "PORTAL-INFO-RESPONSE",
      on: "2024-06-14",
      source: "policy",
    });
    expect(codes(r)).toEqual(["closed-information-not-provided"]);
  });

  it("PORTAL-HFS-REVIEW-EVIDENCE: each party's evidence is its own deadline", () => {
    const r = evaluate([...reviewed, { type: "evidence delivered", date: "2024-07-05", by: "provider" }], "2024-07-06");
    expect(deadline(r, "evidence")).toEqual(["2024-08-02 open", "2024-08-02 met"]);
    expect(codes(r)).toEqual([]);
  });
});

describe("a ticket filed before the new portal process (2020-02-28): only the rules then in force", () => {
  it("an information request and an extension request there set no deadline of the new process", () => {
    const old = evaluateTicket(
      {
        ...base,
        internalDispute: {
          submittedToMcoOn: "2019-04-01",
          trackingNumber: "ACME-1",
          trackingNumberIssuedOn: "2019-04-02",
          resolution: null,
        },
        portalSubmittedOn: "2019-06-03",
        events: [
          { type: "presented to MCO", date: "2019-06-10" },
          { type: "information requested", date: "2019-06-12" },
          { type: "extension requested", date: "2019-06-20", requestedBy: "MCO" },
        ] as TicketEvent[],
      },
      { asOf: "2019-08-30" },
    );
    expect(old.status).toBe("awaiting provider information");
    expect(old.closure).toBeNull();
    expect(old.deadlines).toEqual([]);
    expect(old.findings).toEqual([
      {
        ruleId: "PORTAL-TRACKING-NUMBER", // the first PORTAL-* rule not in force on the filing date
        code: "outside-modelled-policy",
        party: "HFS Portal Team",
        severity: "warning",
        message: old.findings[0]?.message,
        filedOn: "2019-06-03",
        newPortalFrom: "2020-02-28",
        rulesNotInForce: old.policy.rulesNotInForce,
        events: ["portal submission"],
        date: "2019-06-03",
      },
    ]);
    expect(
      old.findings[0]?.message.startsWith(
        "Filed 2019-06-03, before the new portal process of 2020-02-28: outside the modelled policy.",
      ),
    ).toBe(true);
  });
});
