// The MCO's proposal clock and the ticket's status as of a date: where the clock starts under
// open point 4 (mcoClockStart) and what its explanation records (PORTAL-PROPOSAL-DUE), the
// finding for an extension approved too late (PORTAL-EXTENSION-DUE), and when a ticket is
// "with MCO" before any presentation is recorded.
import { describe, expect, it } from "vitest";
import { evaluateTicket, explanationText, type TicketInput } from "../../src/index.js";

/** An event as a caller writes it (dates as text). */
type TicketEvent = TicketInput["events"][number];

const base: Omit<TicketInput, "events"> = {
  ticketNumber: "T-C",
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
const evaluate = (events: TicketEvent[], asOf: string, options: object = {}, detail: "lean" | "full" = "lean") =>
  evaluateTicket({ ...base, events }, { asOf, options, detail });

describe("PORTAL-PROPOSAL-DUE: where the MCO's clock starts (open point 4)", () => {
  it("with mcoClockStart portal-receipt, at the Portal receipt even when a presentation is recorded, and the explanation says so", () => {
    const result = evaluate([{ type: "presented to MCO", date: "2024-06-04" }], "2024-06-10", {
      mcoClockStart: "portal-receipt",
    });
    expect(result.mcoReceivedOn).toBe("2024-05-20");
    const explanation = result.deadlines.find((d) => d.name === "proposal")?.explanation;
    if (!explanation) throw new Error("expected a proposal deadline");
    expect(explanationText(explanation)).toBe(
      "ticket received via the Portal (mcoClockStart: portal-receipt) 2024-05-20 → + 30 calendar days = 2024-06-19 → 2024-06-19 Juneteenth (State Holiday, Illinois State Holidays) → rolled forward to 2024-06-20 (CAL-ROLL-FORWARD)",
    );
    // Lean: the roll decided the date (Juneteenth); the clock's start is told by the start label.
    expect(explanation.options).toEqual({ roll: "forward" });
    const full = evaluate(
      [{ type: "presented to MCO", date: "2024-06-04" }],
      "2024-06-10",
      { mcoClockStart: "portal-receipt" },
      "full",
    ).deadlines.find((d) => d.name === "proposal")?.explanation;
    expect(full?.options).toEqual({ mcoClockStart: "portal-receipt", roll: "forward" });
    expect(full?.text).toBe(explanationText(explanation));
  });
  it("by default, at the presentation, recorded as the default choice", () => {
    const explanation = evaluate(
      [{ type: "presented to MCO", date: "2024-06-04" }],
      "2024-06-10",
      {},
      "full",
    ).deadlines.find((d) => d.name === "proposal")?.explanation;
    expect(explanation?.options).toEqual({ mcoClockStart: "presentation-else-portal-receipt", roll: "forward" });
    expect(explanation?.startLabel).toBe("ticket presented to the MCO");
    expect(explanation?.start).toBe("2024-06-04");
  });
});

describe("PORTAL-EXTENSION-DUE: an extension approved on a request made after the due date", () => {
  it("is HFS's warning naming the request and the decision, and the 30-day date stays in force", () => {
    const result = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        { type: "extension requested", date: "2024-07-06", requestedBy: "MCO" },
        { type: "extension decision", date: "2024-07-08", approved: true },
      ],
      "2024-07-10",
    );
    expect(result.proposalDueDate).toBe("2024-07-05");
    expect(result.findings.find((f) => f.ruleId === "PORTAL-EXTENSION-DUE")).toEqual({
      ruleId: "PORTAL-EXTENSION-DUE",
      code: "extension-after-due-date",
      party: "HFS",
      severity: "warning",
      message:
        "Extension approved on a request of 2024-07-06, after the proposal due date 2024-07-05: the ticket had already gone overdue; the extension is not counted.",
      requestedOn: "2024-07-06",
      dueDate: "2024-07-05",
      events: ["extension requested 2024-07-06", "extension decision 2024-07-08"],
      date: "2024-07-06",
    });
  });
});

describe("ticket status before a presentation is recorded", () => {
  it("is with MCO once the MCO or the provider acts on the ticket: an extension request, an answered information request", () => {
    expect(evaluate([], "2024-05-30").status).toBe("submitted");
    expect(
      evaluate([{ type: "extension requested", date: "2024-05-28", requestedBy: "provider" }], "2024-05-30").status,
    ).toBe("with MCO");
    expect(
      evaluate(
        [
          { type: "information requested", date: "2024-05-28" },
          { type: "information provided", date: "2024-05-29" },
        ],
        "2024-05-30",
      ).status,
    ).toBe("with MCO");
  });
});
