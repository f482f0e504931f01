// PORTAL-PROPOSAL-DUE's clock at its edges: a presentation on asOf is known that day; a
// presentation after the due date counted from the Portal receipt leaves that receipt as the
// start, and the explanation says so; an approved extension is the "extended proposal"; the
// pending request named is the one HFS has not decided.
import { describe, expect, it } from "vitest";
import { evaluateTicket, explanationText } from "../../src/index.js";
import { CLEAN_TICKET, proposalOn, type TicketEvent } from "./ticket-fixture.js";

const evaluate = (events: TicketEvent[], asOf: string) => evaluateTicket({ ...CLEAN_TICKET, events }, { asOf });

describe("the MCO's clock at its edges", () => {
  it("a presentation on asOf starts the clock that day", () => {
    expect(evaluate([{ type: "presented to MCO", date: "2024-06-04" }], "2024-06-04")).toMatchObject({
      mcoReceivedOn: "2024-06-04",
      proposalDueDate: "2024-07-05",
    });
  });

  it("a presentation after the receipt-counted due date: the proposal explanation names the Portal receipt as its start", () => {
    const r = evaluate([{ type: "presented to MCO", date: "2024-06-21" }], "2024-07-30");
    const proposal = r.deadlines.find((d) => d.name === "proposal");
    expect(proposal && explanationText(proposal.explanation)).toContain(
      "ticket received via the Portal (presented to the MCO only after the due date counted from it)",
    );
  });

  it("an approved extension is the 'extended proposal' deadline", () => {
    const r = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        { type: "extension requested", date: "2024-06-10", requestedBy: "MCO" },
        { type: "extension decision", date: "2024-06-12", approved: true },
      ],
      "2024-06-20",
    );
    expect(r.deadlines.map((d) => `${d.name} ${d.dueDate}`)).toContain("extended proposal 2024-08-05");
  });

  it("past the due date, the pending request named is the undecided one, not an earlier denied one", () => {
    const r = evaluate(
      [
        { type: "presented to MCO", date: "2024-06-04" },
        { type: "extension requested", date: "2024-06-10", requestedBy: "MCO" },
        { type: "extension decision", date: "2024-06-12", approved: false },
        { type: "extension requested", date: "2024-06-14", requestedBy: "provider" },
      ],
      "2024-07-08",
    );
    expect(r.findings.find((f) => f.code === "extension-decision-pending")?.message).toBe(
      "The extension request of 2024-06-14 awaits HFS's decision: the ticket is not counted overdue until HFS decides.",
    );
  });

  it("before the new portal process a proposal's content is not reviewed (PORTAL-PROPOSAL-CONTENT not in force)", () => {
    const r = evaluateTicket(
      {
        ...CLEAN_TICKET,
        internalDispute: {
          submittedToMcoOn: "2019-04-01",
          trackingNumber: "ACME-1",
          trackingNumberIssuedOn: "2019-04-02",
          resolution: null,
        },
        portalSubmittedOn: "2019-06-03",
        events: [
          { type: "presented to MCO", date: "2019-06-10" },
          { ...proposalOn("2019-06-20"), plan: "" } as TicketEvent,
        ],
      },
      { asOf: "2019-08-30" },
    );
    expect(r.findings.map((f) => f.code)).toEqual(["outside-modelled-policy"]);
  });
});
