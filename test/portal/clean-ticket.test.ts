// isCleanTicket lets evaluateTicket(s) skip the zod parse, which costs about as much as the
// evaluation itself; it is written apart from TicketSchema, so it must never accept a
// ticket TicketSchema rejects or changes: checked here on valid tickets and on random damage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IsoDateSchema, TicketSchema } from "../../src/schemas.js";
import { isIsoDate } from "../../src/index.js";
import { isCleanTicket } from "../../src/api/operations/portal-clean-ticket.js";
import { damaged } from "../damage.js";
import { richTicketArb, ticketArb } from "./arbitraries.js";

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    undefined,
    null,
    "",
    " T-1",
    "T-1 ",
    "2024-02-30",
    "2024-7-04",
    "0000-01-01",
    "unknown type",
    "MCO ",
    0,
    true,
    [],
    {},
  ),
  fc.date({ noInvalidDate: true }),
);

/** A valid ticket with one member replaced, deleted, or one unknown key added. */
const damagedTicket = fc
  .tuple(
    fc.oneof(ticketArb, richTicketArb),
    fc.nat(),
    fc.constantFrom("set" as const, "delete" as const, "add" as const),
    odd,
  )
  .map(([ticket, n, how, value]) => damaged(ticket, n, how, value, "ticketNumber"));

function agreesWithSchema(input: unknown): void {
  if (!isCleanTicket(input)) return;
  const parsed = TicketSchema.safeParse(input);
  expect(parsed.success).toBe(true);
  // Same data (fast-check's records have a null prototype, zod's output a plain one).
  expect(parsed.data).toEqual(input);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(input));
}

describe("isCleanTicket (the zod fast path of evaluateTicket(s))", () => {
  it("accepts the valid tickets of the properties, which the schema returns unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(ticketArb, richTicketArb), (ticket) => {
        expect(isCleanTicket(ticket)).toBe(true);
        agreesWithSchema(ticket);
      }),
    );
  });

  it("never accepts a damaged ticket the schema rejects or changes", () => {
    fc.assert(fc.property(damagedTicket, agreesWithSchema), { numRuns: 3000 });
  });

  it("reads dates as IsoDateSchema does (isIsoDate is its test of a date)", () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "9", "a", " "), minLength: n, maxLength: n });
    const dateLike = fc
      .tuple(digits(4), fc.constantFrom("-", "/"), digits(2), fc.constantFrom("-", "/"), digits(2))
      .map((parts) => parts.join(""));
    const leapDays = fc.integer({ min: 0, max: 9999 }).map((y) => `${String(y).padStart(4, "0")}-02-29`);
    fc.assert(
      fc.property(fc.oneof(dateLike, leapDays, fc.string()), (text) => {
        expect(isIsoDate(text)).toBe(IsoDateSchema.safeParse(text).success);
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves to the schema what it is not sure of", () => {
    const ticket = fc.sample(ticketArb, { numRuns: 1, seed: 7 })[0];
    expect(isCleanTicket({ ...ticket, ticketNumber: " T-1" })).toBe(false);
    expect(isCleanTicket({ ...ticket, extra: 1 })).toBe(false);
    const holey = [...(ticket?.events ?? [])];
    holey.length += 1;
    expect(isCleanTicket({ ...ticket, events: holey })).toBe(false);
    expect(isCleanTicket({ ...ticket, events: [{ type: "presented to MCO", date: "2024-02-30" }] })).toBe(false);
    expect(isCleanTicket({ ...ticket, events: [{ type: "toString", date: "2024-02-03" }] })).toBe(false);
  });
});
