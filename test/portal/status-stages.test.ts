// A ticket's status as of a date (docs/portal.md): closed once closed, else the latest stage its
// history reached; "submitted" lasts until the ticket is presented to the MCO or the MCO acts.
import { describe, expect, it } from "vitest";
import { evaluateTicket } from "../../src/index.js";
import { CLEAN_TICKET, type TicketEvent } from "./ticket-fixture.js";

const base = CLEAN_TICKET;
const status = (events: TicketEvent[], asOf: string) => evaluateTicket({ ...base, events }, { asOf }).status;

describe("the status of a ticket", () => {
  it.each<[string, TicketEvent[], string]>([
    ["submitted", [], "2024-05-21"],
    [
      "with MCO",
      [
        { type: "information requested", date: "2024-05-22" },
        { type: "information provided", date: "2024-05-23" },
      ],
      "2024-05-24",
    ],
    ["with MCO", [{ type: "extension requested", date: "2024-05-22", requestedBy: "MCO" }], "2024-05-24"],
    [
      "with MCO",
      [
        { type: "extension requested", date: "2024-05-22", requestedBy: "MCO" },
        { type: "extension decision", date: "2024-05-23", approved: false },
      ],
      "2024-05-24",
    ],
    [
      "extended",
      [
        { type: "extension requested", date: "2024-05-22", requestedBy: "MCO" },
        { type: "extension decision", date: "2024-05-23", approved: true },
      ],
      "2024-05-24",
    ],
    ["awaiting provider information", [{ type: "information requested", date: "2024-05-22" }], "2024-05-23"],
    ["closed", [{ type: "ticket closed", date: "2024-05-24", reason: "withdrawn" }], "2024-05-24"],
    ["submitted", [{ type: "ticket closed", date: "2024-05-24", reason: "withdrawn" }], "2024-05-23"],
  ])("%s (%#)", (want, events, asOf) => {
    expect(status(events, asOf)).toBe(want);
  });
});
