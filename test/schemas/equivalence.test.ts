// The shipped JSON Schemas say what the library accepts: on generated near-valid inputs
// (blank, untrimmed and line-separator strings included), a JSON Schema validator (ajv,
// draft 2020-12) accepts exactly what the library accepts. An application that validates
// with the schema before sending then never meets a RuleInputError, and never sends
// something the schema refuses but the library would take.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { evaluateTicket, InternalDisputeSchema, RuleInputError, TicketEventSchema, TicketMemberSchema, type TicketSchema } from "../../src/index.js";
import { nearValid } from "./mutations.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
const shipped = (name: string) => ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8")));

type Ticket = z.input<typeof TicketSchema>;
const TICKETS = JSON.parse(readFileSync(join(ROOT, "examples/data/tickets.json"), "utf8")) as Ticket[];
const RUNS = { numRuns: 2000 };

function libraryAccepts(accept: () => unknown): boolean {
  try {
    accept();
    return true;
  } catch (error) {
    if (error instanceof RuleInputError) return false;
    throw error;
  }
}

describe("ticket.schema.json ⇔ evaluateTicket", () => {
  const valid = shipped("ticket");
  const asOf = "2024-12-31";
  it("accept and refuse the same tickets", () => {
    fc.assert(
      fc.property(nearValid(TICKETS), (ticket) => {
        expect(valid(ticket), JSON.stringify(ticket)).toBe(libraryAccepts(() => evaluateTicket(ticket as Ticket, { asOf })));
      }),
      RUNS,
    );
  });
  it("refuse a blank ticket number, and one that starts or ends with a space or line separator", () => {
    for (const ticketNumber of ["", "  ", "\u2028", "T-3\u2028", " T-3", "T-3\n", "\ufeffT-3"]) {
      const ticket = { ...TICKETS[0], ticketNumber } as Ticket;
      expect(valid(ticket), JSON.stringify(ticketNumber)).toBe(false);
      expect(() => evaluateTicket(ticket, { asOf }), JSON.stringify(ticketNumber)).toThrow(RuleInputError);
    }
    expect(evaluateTicket({ ...TICKETS[0], ticketNumber: "T 3" } as Ticket, { asOf }).ticketNumber).toBe("T 3");
  });
  it("refuse a blank MCO name (the library trims other text, it does not refuse untrimmed)", () => {
    expect(valid({ ...TICKETS[0], mco: "  " })).toBe(false);
    expect(() => evaluateTicket({ ...TICKETS[0], mco: "\u2028" } as Ticket, { asOf })).toThrow(RuleInputError);
    expect(valid({ ...TICKETS[0], mco: " Acme " })).toBe(true);
    expect(evaluateTicket({ ...TICKETS[0], mco: " Acme " } as Ticket, { asOf }).mco).toBe("Acme");
  });
});

const parts: [string, z.ZodType, unknown[]][] = [
  ["ticket-event", TicketEventSchema, TICKETS.flatMap((t) => t.events)],
  ["ticket-member", TicketMemberSchema, TICKETS.flatMap((t) => t.members)],
  ["internal-dispute", InternalDisputeSchema, TICKETS.map((t) => t.internalDispute)],
];

describe("the ticket's parts: JSON Schema ⇔ zod schema", () => {
  for (const [name, schema, samples] of parts) {
    it(`${name}.schema.json accepts what ${name} accepts`, () => {
      const valid = shipped(name);
      fc.assert(
        fc.property(nearValid(samples), (value) => {
          expect(valid(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
        }),
        RUNS,
      );
    });
  }
});
