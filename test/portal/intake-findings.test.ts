// What the Portal Team's intake review reports besides a closure (PORTAL-TRACKING-NUMBER,
// PORTAL-INTERNAL-FIRST, PORTAL-EXPEDITE), each at its boundary day; and a presentation that
// comes after the proposal due date counted from the Portal receipt (PORTAL-PRESENT-TO-MCO,
// open points 4 and 11): on the due date it still starts the MCO's clock, the day after not.
import { describe, expect, it } from "vitest";
import { evaluateTicket, type TicketInput } from "../../src/index.js";
import { CLEAN_TICKET } from "./ticket-fixture.js";

const base: TicketInput = { ...CLEAN_TICKET, events: [] };
type Dispute = TicketInput["internalDispute"];
const dispute = (patch: Partial<Dispute>): Dispute => ({ ...base.internalDispute, ...patch });
const findings = (patch: Partial<TicketInput>, asOf = "2024-05-21") =>
  evaluateTicket({ ...base, ...patch }, { asOf }).findings.map((f) => ({
    ruleId: f.ruleId,
    code: f.code,
    party: f.party,
    severity: f.severity,
    events: f.events,
    date: f.date,
    message: f.message,
  }));

describe("PORTAL-TRACKING-NUMBER at intake", () => {
  it("a tracking number with no issue date: the window counts from the dispute's submission, a warning says so", () => {
    expect(findings({ internalDispute: dispute({ trackingNumberIssuedOn: null }) })).toEqual([
      {
        ruleId: "PORTAL-TRACKING-NUMBER",
        code: "tracking-number-issue-date-unknown",
        party: "MCO",
        severity: "warning",
        events: ["internal dispute"],
        date: undefined,
        message:
          "Tracking number ACME-1 has no issue date; the submission window counts from the day the dispute was submitted to the MCO (2024-04-01).",
      },
    ]);
  });

  it("issued the day the dispute was submitted is no finding; the day before is the MCO's warning", () => {
    expect(findings({ internalDispute: dispute({ trackingNumberIssuedOn: "2024-04-01" }) })).toEqual([]);
    expect(findings({ internalDispute: dispute({ trackingNumberIssuedOn: "2024-03-31" }) })).toEqual([
      {
        ruleId: "PORTAL-TRACKING-NUMBER",
        code: "tracking-number-before-dispute",
        party: "MCO",
        severity: "warning",
        events: ["internal dispute"],
        date: "2024-03-31",
        message: "Tracking number issued 2024-03-31, before the dispute was submitted to the MCO (2024-04-01).",
      },
    ]);
  });

  it("issued on the Portal submission day is no tracking finding; the day after is the provider's warning", () => {
    expect(findings({ internalDispute: dispute({ trackingNumberIssuedOn: "2024-05-20" }) }).map((f) => f.code)).toEqual(
      ["closed-premature"],
    );
    expect(
      findings({ internalDispute: dispute({ trackingNumberIssuedOn: "2024-05-21" }) }, "2024-05-22"),
    ).toContainEqual({
      ruleId: "PORTAL-TRACKING-NUMBER",
      code: "tracking-number-after-submission",
      party: "provider",
      severity: "warning",
      events: ["internal dispute"],
      date: "2024-05-21",
      message: "Tracking number issued 2024-05-21, after the Portal submission (2024-05-20).",
    });
  });
});

describe("PORTAL-INTERNAL-FIRST and PORTAL-EXPEDITE at intake", () => {
  it("an internal resolution the day the dispute was submitted is possible; the day before is the MCO's warning", () => {
    expect(findings({ internalDispute: dispute({ resolution: { date: "2024-04-01" } }) })).toEqual([]);
    expect(findings({ internalDispute: dispute({ resolution: { date: "2024-03-31" } }) })).toEqual([
      {
        ruleId: "PORTAL-INTERNAL-FIRST",
        code: "resolution-before-dispute",
        party: "MCO",
        severity: "warning",
        events: ["internal dispute"],
        date: "2024-03-31",
        message:
          "Internal resolution dated 2024-03-31, before the dispute was submitted to the MCO (2024-04-01): a dispute cannot be resolved before it is filed; one of the two dates is wrong.",
      },
    ]);
  });

  it("a ticket impacting immediate access to care is to be expedited (no period given)", () => {
    expect(findings({ accessToCare: true })).toEqual([
      {
        ruleId: "PORTAL-EXPEDITE",
        code: "access-to-care",
        party: "HFS Portal Team",
        severity: "info",
        events: ["portal submission"],
        date: undefined,
        message: "Impacts immediate access to care: to be expedited (the policy gives no period).",
      },
    ]);
  });
});

describe("PORTAL-PRESENT-TO-MCO: a presentation after the due date counted from the Portal receipt", () => {
  // Filed 2024-05-20: counted from the Portal receipt, the proposal is due 2024-06-20.
  const presented = (date: string) =>
    evaluateTicket({ ...base, events: [{ type: "presented to MCO", date }] }, { asOf: "2024-07-30" });

  it("presented on that due date, the MCO's 30 days count from the presentation", () => {
    const r = presented("2024-06-20");
    expect(r.mcoReceivedOn).toBe("2024-06-20");
    expect(r.proposalDueDate).toBe("2024-07-22");
    expect(r.findings.map((f) => f.code)).not.toContain("presented-after-due-date");
  });

  it("presented the day after, the deadline already passed stays: a warning, the clock from the Portal receipt", () => {
    const r = presented("2024-06-21");
    expect(r.mcoReceivedOn).toBe("2024-05-20");
    expect(r.proposalDueDate).toBe("2024-06-20");
    expect(r.findings[0]).toEqual({
      ruleId: "PORTAL-PRESENT-TO-MCO",
      code: "presented-after-due-date",
      party: "HFS Portal Team",
      severity: "warning",
      message:
        "Presented to the MCO on 2024-06-21, after the proposal due date 2024-06-20 counted from the Portal receipt had passed with no presentation known: the presentation does not move a deadline already passed; the MCO's 30 days count from the Portal receipt (eventsAfterAsOf: not-known).",
      presentedOn: "2024-06-21",
      dueDate: "2024-06-20",
      events: ["presented to MCO 2024-06-21"],
      date: "2024-06-21",
    });
  });

  it("under presentation-only or eventsAfterAsOf: presentation-from-record the presentation always starts the clock", () => {
    for (const options of [
      { mcoClockStart: "presentation-only" },
      { eventsAfterAsOf: "presentation-from-record" },
    ] as const) {
      const r = evaluateTicket(
        { ...base, events: [{ type: "presented to MCO", date: "2024-06-21" }] },
        { asOf: "2024-07-30", options },
      );
      expect(r.mcoReceivedOn).toBe("2024-06-21");
      expect(r.findings.map((f) => f.code)).not.toContain("presented-after-due-date");
    }
  });
});
