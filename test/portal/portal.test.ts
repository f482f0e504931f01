// Unit tests of the ticket rules engine: the fine notice wording, input errors, batch entry points.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explanationText,
  evaluateParsedTicket,
  evaluateTicket,
  evaluateTickets,
  fineNotice,
  getRule,
  type IsoDate,
  RuleInputError,
  type TicketInput,
} from "../../src/internal.js";
import { PORTAL_OPTION_DEFAULTS } from "../../src/portal/options.js";
import { TicketSchema } from "../../src/schemas.js";
import { ticketArb } from "./arbitraries.js";

const ticket: TicketInput = {
  ticketNumber: "T-2024-0001",
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
  members: [{ name: "Jane Doe", recipientId: "123456789", datesOfService: ["2024-03-01"] }],
  events: [{ type: "presented to MCO", date: "2024-06-04" }],
};

describe("PORTAL-FINE-NOTICE wording", () => {
  it("is the policy's text, quoted", () => {
    const notice = fineNotice({ ticketNumber: "T-2024-0001", dueDate: "2024-07-05" as IsoDate, amountCents: 500000 });
    expect(notice.subject).toBe("MCO Provider Resolution Portal Fine Notice \u2013 T-2024-0001");
    expect(notice.body).toBe(
      "A written proposal for Provider Resolution ticket T-2024-0001 was due 2024-07-05. Your written proposal was not received on or before this date. Your plan has been fined $5,000.00 for the untimely handling of the Provider Resolution Ticket.",
    );
  });
  it("matches the wording the registry quotes from the HFS Provider Resolution Portal Requirements, placeholders filled in", () => {
    const { citations } = getRule("PORTAL-FINE-NOTICE");
    const quoted = (section: string) =>
      citations.find((c) => c.source === "hfs-prp-requirements" && c.section.endsWith(section))?.quote ?? "";
    const subject = quoted("Email subject line");
    const body = quoted("Email message");
    expect(subject).toContain("[ticket tracking number]");
    expect(body).toContain("[insert date]");
    expect(subject).toContain("\u2013");
    const notice = fineNotice({ ticketNumber: "T-9", dueDate: "2024-12-02" as IsoDate, amountCents: 500000 });
    expect(notice.subject).toBe(subject.replace("[ticket tracking number]", "T-9"));
    expect(notice.body).toBe(
      body.replace("[insert ticket reference number]", "T-9").replace("[insert date]", "2024-12-02"),
    );
  });
  it("comes with the fine of an overdue ticket", () => {
    const result = evaluateTicket(ticket, { asOf: "2024-07-06" });
    expect(result.fine).toEqual({
      ticketNumber: "T-2024-0001",
      mco: "Acme Health",
      dueDate: "2024-07-05",
      overdueOn: "2024-07-06",
      issuedOn: null,
      amountCents: 500000,
    });
    expect(result.fineNotice?.subject).toBe("MCO Provider Resolution Portal Fine Notice \u2013 T-2024-0001");
  });
});

describe("input errors", () => {
  it("names the bad field of the ticket", () => {
    const bad: TicketInput = { ...ticket, events: [{ type: "presented to MCO", date: "2024-06-31" }] };
    expect(() => evaluateTicket(bad, { asOf: "2024-07-01" })).toThrow(RuleInputError);
    expect(() => evaluateTicket(bad, { asOf: "2024-07-01" })).toThrow(
      /events\[0\]\.date: expected a calendar date YYYY-MM-DD/,
    );
  });
  it("names an unknown event type", () => {
    expect(() =>
      evaluateTicket({ ...ticket, events: [{ type: "escalated", date: "2024-06-04" }] } as unknown as TicketInput, {
        asOf: "2024-07-01",
      }),
    ).toThrow(/events\[0\]\.type: expected one of "presented to MCO"/);
  });
  it("names a bad asOf and a bad option", () => {
    expect(() => evaluateTicket(ticket, { asOf: "07/01/2024" })).toThrow(/asOf/);
    expect(() =>
      evaluateTicket(ticket, { asOf: "2024-07-01", options: { mcoClockStart: "whenever" as never } }),
    ).toThrow(/mcoClockStart/);
  });
  it("never throws anything but a RuleInputError, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          evaluateTicket(input as TicketInput, { asOf: "2024-07-01" });
        } catch (error) {
          expect(error).toBeInstanceOf(RuleInputError);
        }
      }),
    );
  });
});

describe("entry points", () => {
  it("evaluateTickets gives what evaluateTicket gives, validated or not", () => {
    const tickets = fc.sample(ticketArb, { numRuns: 60, seed: 7 });
    const asOf = "2024-07-01";
    const one = tickets.map((t) => evaluateTicket(t, { asOf }));
    expect(evaluateTickets(tickets, { asOf })).toEqual(one);
    expect(evaluateTickets(tickets, { asOf, validate: false })).toEqual(one);
    expect(tickets.map((t) => evaluateParsedTicket(TicketSchema.parse(t), { asOf }))).toEqual(one);
  });
  it("records the open-point options that shaped each date (the full record), and lean only those that decided a step", () => {
    const lean = evaluateTicket(ticket, { asOf: "2024-07-01" });
    // The 30th day is Independence Day: the roll decided the proposal due date.
    expect(lean.deadlines.find((d) => d.name === "proposal")?.explanation.options).toEqual({ roll: "forward" });
    const result = evaluateTicket(ticket, { asOf: "2024-07-01", detail: "full" });
    const proposal = result.deadlines.find((d) => d.name === "proposal");
    expect(proposal?.explanation.options).toMatchObject({
      mcoClockStart: PORTAL_OPTION_DEFAULTS.mcoClockStart,
      roll: "forward",
    });
    expect(result.submissionWindow?.earliest.options).toMatchObject({
      submissionWindowStart: "tracking-number-issued",
    });
    const present = result.deadlines.find((d) => d.name === "present to MCO");
    expect(present?.explanation.options).toMatchObject({ businessDayStart: "count-from-start" });
  });
  it("explains the Independence Day roll in one line", () => {
    const proposal = evaluateTicket(ticket, { asOf: "2024-07-01" }).deadlines.find((d) => d.name === "proposal");
    if (!proposal) throw new Error("expected a proposal deadline");
    const text =
      "ticket presented to the MCO 2024-06-04 → + 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day (State Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)";
    expect(explanationText(proposal.explanation)).toBe(text);
    expect(
      evaluateTicket(ticket, { asOf: "2024-07-01", detail: "full" }).deadlines.find((d) => d.name === "proposal")
        ?.explanation.text,
    ).toBe(text);
  });
});
