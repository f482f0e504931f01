// The guards of PORTAL-EXTENSION-ONCE / PORTAL-EXTENSION-REQUEST (one extension per ticket, to
// either party; open point 13 after a denial) and of PORTAL-FINE (one fine per overdue ticket,
// never before the ticket went overdue, nor before fines were in force): each a finding naming
// its events, the ticket going on as if the event had not happened.
import { describe, expect, it } from "vitest";
import { evaluateTicket } from "../../src/index.js";
import { CLEAN_TICKET, type TicketEvent } from "./ticket-fixture.js";

const base = CLEAN_TICKET;
/** Presented 2024-06-04: the proposal is due 2024-07-05 (30 days, rolled past Independence Day), overdue from 2024-07-06. */
const pres: TicketEvent = { type: "presented to MCO", date: "2024-06-04" };
const request = (date: string, requestedBy: "MCO" | "provider" = "MCO"): TicketEvent => ({
  type: "extension requested",
  date,
  requestedBy,
});
const decision = (date: string, approved: boolean): TicketEvent => ({ type: "extension decision", date, approved });
const fine = (date: string): TicketEvent => ({ type: "fine issued", date });

const evaluate = (events: TicketEvent[], asOf: string, options?: object) =>
  evaluateTicket({ ...base, events }, { asOf, ...(options ? { options } : {}) });
const findings = (r: ReturnType<typeof evaluate>) =>
  r.findings.map((f) => ({
    code: f.code,
    party: f.party,
    severity: f.severity,
    events: f.events,
    date: f.date,
    message: f.message,
  }));

describe("PORTAL-EXTENSION-ONCE: one extension per ticket", () => {
  it("a second request after an approval is the requester's error, ignored: the extended due date stands", () => {
    const r = evaluate(
      [pres, request("2024-06-10"), decision("2024-06-12", true), request("2024-06-14", "provider")],
      "2024-06-20",
    );
    expect(r.proposalDueDate).toBe("2024-08-05");
    expect(findings(r)).toEqual([
      {
        code: "extension-after-approval",
        party: "provider",
        severity: "error",
        events: ["extension requested 2024-06-10", "extension requested 2024-06-14"],
        date: "2024-06-14",
        message:
          "Second extension requested by the provider; an extension (requested by the MCO) was already approved: only one extension per ticket, ignored.",
      },
    ]);
  });

  it("a request while another is pending is a warning, ignored", () => {
    const r = evaluate([pres, request("2024-06-10"), request("2024-06-11", "provider")], "2024-06-20");
    expect(r.proposalDueDate).toBe("2024-07-05");
    expect(findings(r)).toEqual([
      {
        code: "extension-while-pending",
        party: "provider",
        severity: "warning",
        events: ["extension requested 2024-06-10", "extension requested 2024-06-11"],
        date: "2024-06-11",
        message: "Extension requested again while the request of 2024-06-10 is pending: ignored.",
      },
    ]);
  });

  it("open point 13: after a denial a new request stands by default (info); under extensionOnceCounts: requests it is an error, ignored", () => {
    const events = [
      pres,
      request("2024-06-10"),
      decision("2024-06-12", false),
      request("2024-06-14", "provider"),
      decision("2024-06-17", true),
    ];
    const allowed = evaluate(events, "2024-06-20");
    expect(allowed.proposalDueDate).toBe("2024-08-05");
    expect(findings(allowed)).toEqual([
      {
        code: "extension-after-denial",
        party: "provider",
        severity: "info",
        events: ["extension requested 2024-06-10", "extension decision 2024-06-12", "extension requested 2024-06-14"],
        date: "2024-06-14",
        message:
          'Extension requested again by the provider after HFS denied the request of 2024-06-10: allowed, "Only one (1) extension is possible" counts the extensions HFS approves and none was (extensionOnceCounts: approved-extensions).',
      },
    ]);
    const refused = evaluate(events, "2024-06-20", { extensionOnceCounts: "requests" });
    expect(refused.proposalDueDate).toBe("2024-07-05");
    expect(findings(refused).map((f) => f.code)).toEqual([
      "extension-after-denial-refused",
      "extension-decision-without-request",
    ]);
    expect(findings(refused)[0]).toEqual({
      code: "extension-after-denial-refused",
      party: "provider",
      severity: "error",
      events: ["extension requested 2024-06-10", "extension decision 2024-06-12", "extension requested 2024-06-14"],
      date: "2024-06-14",
      message:
        'Extension requested again by the provider after HFS denied the request of 2024-06-10: "Only one (1) extension is possible", read as one request per ticket (extensionOnceCounts: requests); ignored.',
    });
  });

  it("PORTAL-EXTENSION-REQUEST: a decision with no pending request is HFS's error, ignored", () => {
    const r = evaluate([pres, decision("2024-06-12", true)], "2024-06-20");
    expect(r.proposalDueDate).toBe("2024-07-05");
    expect(findings(r)).toEqual([
      {
        code: "extension-decision-without-request",
        party: "HFS",
        severity: "error",
        events: ["extension decision 2024-06-12"],
        date: "2024-06-12",
        message: "HFS extension decision with no pending extension request: ignored.",
      },
    ]);
  });

  it("a request still pending after the due date holds the ticket back from overdue, with an info finding; on the due date, none", () => {
    const pastDue = evaluate([pres, request("2024-06-10")], "2024-07-06");
    expect(pastDue.overdue).toBe(false);
    expect(pastDue.findings).toEqual([
      {
        ruleId: "PORTAL-EXTENSION-REQUEST",
        code: "extension-decision-pending",
        party: "HFS",
        severity: "info",
        message:
          "The extension request of 2024-06-10 awaits HFS's decision: the ticket is not counted overdue until HFS decides.",
        requestedOn: "2024-06-10",
        events: ["extension requested 2024-06-10"],
      },
    ]);
    expect(evaluate([pres, request("2024-06-10")], "2024-07-05").findings).toEqual([]);
  });
});

describe("PORTAL-FINE: one fine per overdue ticket", () => {
  it("a fine on a ticket that did not go overdue is HFS's warning, and no fine", () => {
    const r = evaluate([pres, fine("2024-06-20")], "2024-06-25");
    expect(r.fine).toBeNull();
    expect(findings(r)).toEqual([
      {
        code: "fine-not-overdue",
        party: "HFS",
        severity: "warning",
        events: ["fine issued 2024-06-20"],
        date: "2024-06-20",
        message: "Fine issued 2024-06-20 on a ticket that did not go overdue.",
      },
    ]);
  });

  it("a fine on the first day overdue is the fine; one the day before is a warning; a second is a warning", () => {
    const onTheDay = evaluate([pres, fine("2024-07-06")], "2024-07-20");
    expect(onTheDay.fine).toEqual({
      ticketNumber: "T-1",
      mco: "Acme Health",
      dueDate: "2024-07-05",
      overdueOn: "2024-07-06",
      issuedOn: "2024-07-06",
      amountCents: 500000,
    });
    expect(findings(onTheDay).map((f) => f.code)).toEqual(["proposal-overdue"]);
    expect(findings(onTheDay)[0]).toMatchObject({
      party: "MCO",
      severity: "error",
      events: ["proposal"],
      date: "2024-07-06",
      message: "No written proposal by 2024-07-05: overdue since 2024-07-06.",
    });

    const early = evaluate([pres, fine("2024-07-05")], "2024-07-20");
    expect(early.fine?.issuedOn).toBe("2024-07-05");
    expect(findings(early)[1]).toEqual({
      code: "fine-before-overdue",
      party: "HFS",
      severity: "warning",
      events: ["fine issued 2024-07-05"],
      date: "2024-07-05",
      message: "Fine issued 2024-07-05, before the ticket went overdue on 2024-07-06.",
    });

    const twice = evaluate([pres, fine("2024-07-08"), fine("2024-07-09")], "2024-07-20");
    expect(twice.fine?.issuedOn).toBe("2024-07-08");
    expect(findings(twice)[1]).toEqual({
      code: "fine-repeated",
      party: "HFS",
      severity: "warning",
      events: ["fine issued 2024-07-09"],
      date: "2024-07-09",
      message: "Second fine issued 2024-07-09 (the first was 2024-07-08): one fine per overdue ticket.",
    });
    expect(findings(twice)).toHaveLength(2);
  });

  it("a late proposal is named in the overdue finding; the fine stays", () => {
    const r = evaluate(
      [
        pres,
        {
          type: "proposal submitted",
          date: "2024-07-08",
          plan: "Reprocess",
          resolutionPeriod: null,
          contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
          checkboxes: { upheld: true, overturned: false },
        },
      ],
      "2024-07-20",
    );
    expect(r.fine).toMatchObject({ overdueOn: "2024-07-06", issuedOn: null, amountCents: 500000 });
    expect(r.findings.find((f) => f.code === "proposal-overdue")?.message).toBe(
      "No written proposal by 2024-07-05: overdue since 2024-07-06. The written proposal came 2024-07-08.",
    );
  });

  it("a fine on a ticket that went overdue before fines were in force (May 2020) is a warning, and no fine", () => {
    const r = evaluateTicket(
      {
        ...base,
        internalDispute: {
          submittedToMcoOn: "2020-01-15",
          trackingNumber: "ACME-1",
          trackingNumberIssuedOn: "2020-01-16",
          resolution: null,
        },
        portalSubmittedOn: "2020-03-02",
        events: [{ type: "presented to MCO", date: "2020-03-03" }, fine("2020-04-10")],
      },
      { asOf: "2020-04-20" },
    );
    expect(r.overdue).toBe(true);
    expect(r.fine).toBeNull();
    expect(r.findings.filter((f) => f.code === "fine-before-fines-in-force")).toEqual([
      {
        ruleId: "PORTAL-FINE",
        code: "fine-before-fines-in-force",
        party: "HFS",
        severity: "warning",
        message: `Fine issued 2020-04-10, but the ticket went overdue ${r.overdueSince}, before portal fines were in force.`,
        issuedOn: "2020-04-10",
        overdueOn: r.overdueSince,
        events: ["fine issued 2020-04-10"],
        date: "2020-04-10",
      },
    ]);
  });
});
