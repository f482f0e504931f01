// Every deadline of a ticket, by name and party, and how a late or missed one is reported: a late
// or missed obligation of the MCO or the Portal Team is a finding that says what was due, when,
// and by how many days it was missed; a provider's missed deadline is reported by its
// consequence instead (PORTAL-PRESENT-TO-MCO, PORTAL-INFO-REQUEST, PORTAL-INFO-RESPONSE,
// PORTAL-EXTENSION-REQUEST, PORTAL-CONTEST, PORTAL-HFS-REVIEW-REQUEST, PORTAL-HFS-REVIEW-EVIDENCE).
import { describe, expect, it } from "vitest";
import { evaluateTicket, type TicketInput } from "../../src/index.js";

/** An event as a caller writes it (dates as text). */
type TicketEvent = TicketInput["events"][number];

const base: Omit<TicketInput, "events"> = {
  ticketNumber: "T-L",
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
const proposal: TicketEvent = {
  type: "proposal submitted",
  date: "2024-07-01",
  plan: "Reprocess",
  resolutionPeriod: null,
  contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
  checkboxes: { upheld: true, overturned: false },
};

function evaluate(events: TicketEvent[], asOf: string) {
  const result = evaluateTicket({ ...base, events }, { asOf });
  return {
    deadlines: result.deadlines.map((d) => [d.name, d.party, d.ruleId, d.dueDate, d.status, d.daysLate]),
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      party: f.party,
      severity: f.severity,
      message: f.message,
      events: f.events,
      date: f.date,
    })),
  };
}

describe("late and missed deadlines of the MCO's clock", () => {
  it("a late presentation is the Portal Team's warning, a late information request the MCO's error; the provider's timely answer and the MCO's timely extension request raise nothing", () => {
    const { deadlines, findings } = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-05" },
        { type: "information requested", date: "2024-06-14" },
        { type: "information provided", date: "2024-06-24" },
        { type: "extension requested", date: "2024-06-28", requestedBy: "MCO" },
      ],
      "2024-06-28",
    );
    expect(deadlines).toEqual([
      ["present to MCO", "HFS Portal Team", "PORTAL-PRESENT-TO-MCO", "2024-06-04", "late", 1],
      ["request information", "MCO", "PORTAL-INFO-REQUEST", "2024-06-12", "late", 2],
      ["provide information", "provider", "PORTAL-INFO-RESPONSE", "2024-06-24", "met", 0],
      ["extension request limit", "MCO", "PORTAL-EXTENSION-REQUEST", "2024-06-28", "met", 0],
      ["proposal", "MCO", "PORTAL-PROPOSAL-DUE", "2024-07-05", "open", 0],
    ]);
    expect(findings).toEqual([
      {
        ruleId: "PORTAL-PRESENT-TO-MCO",
        party: "HFS Portal Team",
        severity: "warning",
        message: "Presentation to the MCO due 2024-06-04: done 2024-06-05, 1 day late.",
        events: ["present to MCO"],
        date: "2024-06-04",
      },
      {
        ruleId: "PORTAL-INFO-REQUEST",
        party: "MCO",
        severity: "error",
        message: "Information request due 2024-06-12: done 2024-06-14, 2 days late.",
        events: ["request information"],
        date: "2024-06-12",
      },
    ]);
  });

  it("an extension request one day past the limit is the MCO's error", () => {
    const { findings } = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        { type: "extension requested", date: "2024-06-28", requestedBy: "MCO" },
      ],
      "2024-06-30",
    );
    expect(findings).toEqual([
      {
        ruleId: "PORTAL-EXTENSION-REQUEST",
        party: "MCO",
        severity: "error",
        message: "Extension request due 2024-06-27: done 2024-06-28, 1 day late.",
        events: ["extension request limit"],
        date: "2024-06-27",
      },
    ]);
  });

  it("a presentation not done is reported with the days it is overdue", () => {
    const { deadlines, findings } = evaluate([], "2024-06-10");
    expect(deadlines).toEqual([
      ["present to MCO", "HFS Portal Team", "PORTAL-PRESENT-TO-MCO", "2024-06-04", "missed", 6],
      ["proposal", "MCO", "PORTAL-PROPOSAL-DUE", "2024-06-20", "open", 0],
    ]);
    expect(findings).toEqual([
      {
        ruleId: "PORTAL-PRESENT-TO-MCO",
        party: "HFS Portal Team",
        severity: "warning",
        message: "Presentation to the MCO due 2024-06-04: not done, 6 days overdue.",
        events: ["present to MCO"],
        date: "2024-06-04",
      },
    ]);
  });
});

describe("late and missed deadlines of the HFS review", () => {
  it("a late review request is the provider's warning; missing evidence is a warning for the party that owes it", () => {
    const { deadlines, findings } = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        proposal,
        { type: "provider contest", date: "2024-07-08" },
        { type: "HFS review requested", date: "2024-08-09" },
        { type: "evidence delivered", date: "2024-08-30", by: "MCO" },
      ],
      "2024-09-30",
    );
    expect(deadlines).toEqual([
      ["present to MCO", "HFS Portal Team", "PORTAL-PRESENT-TO-MCO", "2024-06-04", "met", 0],
      ["proposal", "MCO", "PORTAL-PROPOSAL-DUE", "2024-07-05", "met", 0],
      ["contest", "provider", "PORTAL-CONTEST", "2024-07-09", "met", 0],
      ["HFS review request", "provider", "PORTAL-HFS-REVIEW-REQUEST", "2024-08-07", "late", 2],
      ["evidence", "MCO", "PORTAL-HFS-REVIEW-EVIDENCE", "2024-09-08", "met", 0],
      ["evidence", "provider", "PORTAL-HFS-REVIEW-EVIDENCE", "2024-09-08", "missed", 22],
    ]);
    expect(findings).toEqual([
      {
        ruleId: "PORTAL-HFS-REVIEW-REQUEST",
        party: "provider",
        severity: "warning",
        message: "HFS review request due 2024-08-07: done 2024-08-09, 2 days late.",
        events: ["HFS review request"],
        date: "2024-08-07",
      },
      {
        ruleId: "PORTAL-HFS-REVIEW-EVIDENCE",
        party: "provider",
        severity: "warning",
        message: "Evidence from the provider due 2024-09-08: not done, 22 days overdue.",
        events: ["evidence"],
        date: "2024-09-08",
      },
    ]);
  });

  it("the MCO's missing evidence is reported as the MCO's", () => {
    const { findings } = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        proposal,
        { type: "provider contest", date: "2024-07-08" },
        { type: "HFS review requested", date: "2024-07-15" },
        { type: "evidence delivered", date: "2024-07-20", by: "provider" },
      ],
      "2024-08-30",
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "PORTAL-HFS-REVIEW-EVIDENCE",
        party: "MCO",
        severity: "warning",
        message: expect.stringMatching(/^Evidence from the MCO due \d{4}-\d\d-\d\d: not done, \d+ days overdue\.$/),
      }),
    ]);
  });

  it("a review request the provider chose not to make is no finding: its deadline is only listed as missed", () => {
    const { deadlines, findings } = evaluate(
      [{ type: "presented to MCO", date: "2024-06-04" }, proposal, { type: "provider contest", date: "2024-07-08" }],
      "2024-09-30",
    );
    expect(deadlines.at(-1)).toEqual([
      "HFS review request",
      "provider",
      "PORTAL-HFS-REVIEW-REQUEST",
      "2024-08-07",
      "missed",
      54,
    ]);
    expect(findings).toEqual([]);
  });
});

describe("which deadlines a ticket has", () => {
  it("the HFS review request is counted from the contest by default, or from the MCO response (open point 5), and its explanation says which", () => {
    const events: TicketEvent[] = [
      { type: "presented to MCO", date: "2024-06-04" },
      proposal,
      { type: "provider contest", date: "2024-07-08" },
    ];
    // The full record (detail: "full") lists every option used and holds the text.
    const review = (options: object) =>
      evaluateTicket({ ...base, events }, { asOf: "2024-07-20", options, detail: "full" }).deadlines.find(
        (d) => d.name === "HFS review request",
      )?.explanation;
    expect(review({})).toMatchObject({
      start: "2024-07-08",
      result: "2024-08-07",
      text: "response contested 2024-07-08 → + 30 calendar days = 2024-08-07",
      options: { hfsReviewClockFrom: "contest", unstatedRoll: "none", roll: "none" },
    });
    expect(review({ hfsReviewClockFrom: "mco-response" })).toMatchObject({
      start: "2024-07-01",
      result: "2024-07-31",
      text: "MCO response received 2024-07-01 → + 30 calendar days = 2024-07-31",
      options: { hfsReviewClockFrom: "mco-response", unstatedRoll: "none", roll: "none" },
    });
  });

  it("a ticket filed before the new portal process has none of its deadlines, whatever its events", () => {
    const old = {
      ...base,
      internalDispute: {
        submittedToMcoOn: "2019-04-01",
        trackingNumber: "ACME-1",
        trackingNumberIssuedOn: "2019-04-02",
        resolution: null,
      },
      portalSubmittedOn: "2019-05-20",
    };
    const events: TicketEvent[] = [
      { type: "presented to MCO", date: "2019-06-04" },
      { type: "information requested", date: "2019-06-14" },
      { type: "extension requested", date: "2019-06-20", requestedBy: "MCO" },
    ];
    const result = evaluateTicket({ ...old, events }, { asOf: "2019-08-30" });
    expect(result.policy.inScope).toBe(false);
    expect(result.deadlines).toEqual([]);
    expect(result.closure).toBeNull();
    expect(result.status).toBe("awaiting provider information");
  });
});
