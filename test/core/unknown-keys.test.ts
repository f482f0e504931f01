// An unknown key is data too (principle 6): a key may be a Recipient ID or a member's name, so it
// is shown only when it is close to a field name the schema knows there, with that name suggested.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { closestFieldName, knownKeysAt } from "../../src/core/known-keys.js";
import { parseInput, RuleInputError } from "../../src/core/errors.js";
import { evaluateTicket } from "../../src/index.js";
import { TicketSchema } from "../../src/portal/schemas.js";
import { CLEAN_TICKET } from "../portal/ticket-fixture.js";

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof RuleInputError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("unknown keys in an input", () => {
  const ticket = { ...CLEAN_TICKET, events: [] };
  const evaluate = (extra: Record<string, unknown>) => () =>
    evaluateTicket({ ...ticket, ...extra } as never, { asOf: "2024-07-10" });

  it("a key written like a Recipient ID or a name is counted at its object, never shown", () => {
    for (const key of ["R123456789", "JordanLee", "Jordan Lee", "412345678"]) {
      const message = messageOf(evaluate({ [key]: 1 }));
      expect(message).toContain("input: an unknown key (not shown: not close to a field name)");
      expect(message).not.toContain(key);
    }
  });

  it("a typo of a field name is named, with the field it likely means", () => {
    expect(messageOf(evaluate({ ticketNumbr: "T" }))).toContain(
      "ticketNumbr: unknown key (did you mean ticketNumber?)",
    );
    expect(messageOf(evaluate({ MCO: "x" }))).toContain("MCO: unknown key (did you mean mco?)");
  });

  it("inside a list of members, at the member's path", () => {
    const member = {
      name: "Jordan Lee",
      recipientId: "412345678",
      datesOfService: [],
      recipientID: "x",
      R987654321: "y",
    };
    const message = messageOf(evaluate({ members: [member] }));
    expect(message).toContain("members[0].recipientID: unknown key (did you mean recipientId?)");
    expect(message).toContain("members[0]: an unknown key (not shown: not close to a field name)");
    expect(message).not.toContain("R987654321");
  });

  it("settings and options are the library's words: their unknown keys are named", () => {
    const schema = z.strictObject({ juneteenth2022: z.optional(z.string()) });
    expect(() => parseInput(schema, { onError: 1 }, "X", "names")).toThrow(/onError: unknown key/);
    expect(() => parseInput(schema, { onError: 1 }, "X")).toThrow(/input: an unknown key \(not shown/);
  });
});

describe("knownKeysAt and closestFieldName", () => {
  it("walk lists, optional fields and unions to the object schemas at a path", () => {
    expect(knownKeysAt(TicketSchema, [])).toContain("ticketNumber");
    expect(knownKeysAt(TicketSchema, ["members", 0])).toContain("recipientId");
    const union = z.union([
      z.object({ a: z.string() }),
      z.object({ b: z.optional(z.array(z.object({ c: z.number() }))) }),
    ]);
    expect(knownKeysAt(union, []).sort()).toEqual(["a", "b"]);
    expect(knownKeysAt(union, ["b", 3])).toEqual(["c"]);
    expect(knownKeysAt(union, ["nowhere"])).toEqual([]);
  });

  it("suggest only a near name: another case, one edit, two for long names, a swap of neighbours", () => {
    const known = ["mco", "ticketNumber", "program"];
    expect(closestFieldName("Mco", known)).toBe("mco");
    expect(closestFieldName("mcoo", known)).toBe("mco");
    expect(closestFieldName("tikcetNumber", known)).toBe("ticketNumber");
    expect(closestFieldName("ticketNumbrr", known)).toBe("ticketNumber");
    expect(closestFieldName("xyz", known)).toBeUndefined();
    expect(closestFieldName("prgrm", known)).toBeUndefined();
  });
});
