// The portal's batch entry points: evaluateTickets validates each ticket unless told the tickets
// are already parsed (`validate: false`), and every entry point names itself in a RuleInputError.
import { describe, expect, it } from "vitest";
import { evaluateParsedTicket, evaluateTickets, RuleInputError, type TicketInput } from "../../src/internal.js";
import type { Ticket } from "../../src/portal/schemas.js";
import { CLEAN_TICKET } from "./ticket-fixture.js";

const ticket: TicketInput = { ...CLEAN_TICKET, events: [{ type: "presented to MCO", date: "2024-06-04" }] };

describe("evaluateTickets", () => {
  it("validates each ticket by default: a bad one is collected, the others evaluated", () => {
    const bad = { ...ticket, ticketNumber: "T-2", complete: "yes" } as unknown as TicketInput;
    const results = evaluateTickets([ticket, bad], { asOf: "2024-06-10", onError: "collect" });
    expect(results[0]).toMatchObject({ ticketNumber: "T-1", status: "with MCO" });
    expect(results[1]).toMatchObject({ status: "invalid input", index: 1, ticketNumber: "T-2" });
    expect(() => evaluateTickets([bad], { asOf: "2024-06-10" })).toThrow(RuleInputError);
  });

  it("with validate: false the tickets are taken as parsed, not validated again", () => {
    const withNote = { ...ticket, note: "kept by the caller" } as unknown as Ticket;
    expect(() => evaluateTickets([withNote], { asOf: "2024-06-10" })).toThrow(RuleInputError);
    expect(evaluateTickets([withNote], { asOf: "2024-06-10", validate: false })[0]).toMatchObject({
      ticketNumber: "T-1",
      status: "with MCO",
    });
    expect(evaluateTickets([ticket], { asOf: "2024-06-10", validate: true })).toEqual(
      evaluateTickets([ticket], { asOf: "2024-06-10", validate: false }),
    );
  });

  it("each entry point names itself in its errors", () => {
    expect(() => evaluateTickets(5 as never, { asOf: "2024-06-10" })).toThrow(/^evaluateTickets: tickets: /);
    expect(() => evaluateTickets([ticket], { asOf: "2024-13-01" })).toThrow(/^evaluateTickets: settings\.asOf: /);
    expect(() => evaluateParsedTicket(ticket as Ticket, { asOf: "2024-13-01" })).toThrow(
      /^evaluateParsedTicket: settings\.asOf: /,
    );
  });
});
