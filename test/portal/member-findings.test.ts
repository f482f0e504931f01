// PORTAL-SINGLE-TOPIC: each member of a ticket needs a name, a 9-digit Recipient Identification
// Number and a date of service. A member's finding names the member by position and the RIN
// only by its length (docs/privacy.md): never the name, the RIN or a date of service.
import { describe, expect, it } from "vitest";
import { evaluateTicket, type TicketInput } from "../../src/index.js";
import { CLEAN_TICKET } from "./ticket-fixture.js";

const base: TicketInput = { ...CLEAN_TICKET, events: [] };

const messages = (members: TicketInput["members"]) =>
  evaluateTicket({ ...base, members }, { asOf: "2024-05-21" })
    .findings.filter((f) => f.code === "member-incomplete")
    .map((f) => `${f.events.join(",")}: ${f.message}`);

describe("PORTAL-SINGLE-TOPIC: an incomplete member", () => {
  it("a RIN of one character is '1 character', of three '3 characters'; a complete member is no finding", () => {
    expect(
      messages([
        { name: "Jane Q. Member", recipientId: "7", datesOfService: ["2024-03-01"] },
        { name: "John Member", recipientId: "123456789", datesOfService: ["2024-03-01"] },
        { name: " ", recipientId: "123", datesOfService: [] },
      ] as TicketInput["members"]),
    ).toEqual([
      "members[0]: Member 1: the Recipient Identification Number is not 9 digits (it has 1 character).",
      "members[2]: Member 3: no name, the Recipient Identification Number is not 9 digits (it has 3 characters), no date of service.",
    ]);
  });
});
