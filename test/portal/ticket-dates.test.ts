import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateTicket, RuleInputError, type TicketInput } from "../../src/index.js";

const sample = (
  JSON.parse(readFileSync(new URL("../../examples/data/tickets.json", import.meta.url), "utf8")) as TicketInput[]
)[0] as TicketInput;

describe("a ticket's dates leave its deadlines room in the supported range", () => {
  it("a fact dated after 2198-12-31 is an input error naming the field, never an error from a computed date", () => {
    const ticket = {
      ...sample,
      internalDispute: { ...sample.internalDispute, trackingNumberIssuedOn: "2199-12-31" },
    } as TicketInput;
    let error: unknown;
    try {
      evaluateTicket(ticket, { asOf: "2024-12-31" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleInputError);
    expect((error as RuleInputError).issues.map((i) => i.field)).toEqual(["internalDispute.trackingNumberIssuedOn"]);
    expect((error as Error).message).toContain("up to 2198-12-31");
  });
  it("the shipped JSON Schema refuses it too (a pattern on the year)", () => {
    const schema = readFileSync(new URL("../../schemas/ticket.schema.json", import.meta.url), "utf8");
    expect(schema).toContain("219[0-8]");
  });
});
