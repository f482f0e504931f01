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
import type * as z from "zod/mini";
import {
  CareCoordinatorChangedSchema,
  FineSchema,
  InternalDisputeSchema,
  TicketEventSchema,
  TicketMemberSchema,
  type TicketSchema,
} from "../../src/schemas.js";
import {
  evaluateContactDeadlines,
  evaluateTicket,
  RuleInputError,
  type WebcmMemberHistoryInput,
} from "../../src/index.js";
import { parseFines } from "../../src/api/operations/sanctions-runs.js";
import { nearValid } from "./mutations.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function shipped(name: string): ReturnType<typeof ajv.compile> {
  const known = compiled.get(name);
  if (known) return known;
  const valid = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8")));
  compiled.set(name, valid);
  return valid;
}

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
        expect(valid(ticket), JSON.stringify(ticket)).toBe(
          libraryAccepts(() => evaluateTicket(ticket as Ticket, { asOf })),
        );
      }),
      RUNS,
    );
  });
  it("refuse a blank ticket number, and one that starts or ends with a space or line separator", () => {
    for (const ticketNumber of [
      "",
      "  ",
      "\u2028",
      "T-3\u2028",
      " T-3",
      "T-3\n",
      "\ufeffT-3",
      "\u0000",
      "\u200b",
      "\u0001\u0002",
    ]) {
      const ticket = { ...TICKETS[0], ticketNumber } as Ticket;
      expect(valid(ticket), JSON.stringify(ticketNumber)).toBe(false);
      expect(() => evaluateTicket(ticket, { asOf }), JSON.stringify(ticketNumber)).toThrow(RuleInputError);
    }
    expect(evaluateTicket({ ...TICKETS[0], ticketNumber: "T 3" } as Ticket, { asOf }).ticketNumber).toBe("T 3");
  });
  it("refuse a blank MCO name (the library trims other text, it does not refuse untrimmed)", () => {
    expect(valid({ ...TICKETS[0], mco: "  " })).toBe(false);
    expect(() => evaluateTicket({ ...TICKETS[0], mco: "\u2028" } as Ticket, { asOf })).toThrow(RuleInputError);
    for (const mco of ["\u200b", "\u0000", " \u0085 "]) {
      expect(valid({ ...TICKETS[0], mco }), JSON.stringify(mco)).toBe(false);
      expect(() => evaluateTicket({ ...TICKETS[0], mco } as Ticket, { asOf }), JSON.stringify(mco)).toThrow(
        RuleInputError,
      );
    }
    expect(valid({ ...TICKETS[0], mco: " Acme " })).toBe(true);
    expect(evaluateTicket({ ...TICKETS[0], mco: " Acme " } as Ticket, { asOf }).mco).toBe("Acme");
  });
});

const parts: [string, z.ZodMiniType, unknown[]][] = [
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

const HISTORIES = readFileSync(join(ROOT, "examples/data/webcm-members.ndjson"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as WebcmMemberHistoryInput);
/** Names and IDs that show nothing: blank, line separators, control and format characters only. */
const INVISIBLE = [
  "",
  " ",
  "\n",
  "\r\n",
  "\t",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u0000",
  " \u0001 ",
  "\u200b",
  "\ufeff",
  "\u00a0\u200b",
];

describe("webcm-member-history.schema.json ⇔ evaluateContactDeadlines", () => {
  const valid = shipped("webcm-member-history");
  const asOf = "2024-12-31";
  it("accept and refuse the same histories", () => {
    fc.assert(
      fc.property(nearValid(HISTORIES), (history) => {
        expect(valid(history), JSON.stringify(history)).toBe(
          libraryAccepts(() => evaluateContactDeadlines(history as WebcmMemberHistoryInput, { asOf })),
        );
      }),
      RUNS,
    );
  });
  it("refuse a care-coordinator name, a member or an MCO that shows nothing", () => {
    const change = { type: "care coordinator changed", date: "2024-02-26", newCoordinator: "Bo Chan" } as const;
    const base = HISTORIES[0] as WebcmMemberHistoryInput;
    for (const blank of INVISIBLE) {
      const histories = [
        { ...base, events: [...base.events, { ...change, newCoordinator: blank }] },
        { ...base, member: blank },
        { ...base, mco: blank },
      ];
      for (const history of histories) {
        expect(valid(history), JSON.stringify(history)).toBe(false);
        expect(() => evaluateContactDeadlines(history, { asOf }), JSON.stringify(blank)).toThrow(RuleInputError);
      }
      expect(shipped("care-coordinator-changed")({ ...change, newCoordinator: blank })).toBe(false);
      expect(CareCoordinatorChangedSchema.safeParse({ ...change, newCoordinator: blank }).success).toBe(false);
    }
    expect(
      evaluateContactDeadlines(
        { ...base, events: [...base.events, { ...change, newCoordinator: " Bo Chan\n" }] },
        { asOf },
      ).deadlines.at(-1)?.newCoordinator,
    ).toBe("Bo Chan");
  });
});

const FINES = [
  {
    ticketNumber: "T-2024-0101",
    mco: "Meridian",
    dueDate: "2024-02-05",
    overdueOn: "2024-02-06",
    issuedOn: "2024-02-07",
    amountCents: 500000,
  },
  {
    ticketNumber: "T 2024 0102",
    mco: "Acme Health",
    dueDate: "2024-03-29",
    overdueOn: "2024-03-30",
    issuedOn: null,
    amountCents: 500000,
  },
];

/**
 * The library's verdict on one fine. `overdueOn` must be the day after `dueDate`: a rule between
 * two fields that a JSON Schema cannot state, so the shipped schema accepts such a fine and only
 * the library refuses it (the one difference, and only when nothing else is wrong).
 */
function fineVerdict(fine: unknown): "accepted" | "refused" | "overdueOn only" {
  try {
    parseFines([fine]);
    return "accepted";
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return error.issues.every((i) => i.field === "[0].overdueOn" && i.reason.includes("day after the due date"))
      ? "overdueOn only"
      : "refused";
  }
}

describe("fine.schema.json ⇔ parseFines", () => {
  const valid = shipped("fine");
  it("accept and refuse the same fines (but for overdueOn = dueDate + 1, which JSON Schema cannot state)", () => {
    fc.assert(
      fc.property(nearValid(FINES), (fine) => {
        expect(valid(fine), JSON.stringify(fine)).toBe(fineVerdict(fine) !== "refused");
      }),
      RUNS,
    );
  });
  it("refuse a ticket number or an MCO that shows nothing, and an untrimmed ticket number", () => {
    for (const blank of [...INVISIBLE, " T-1", "T-1\u2028"]) {
      for (const fine of [
        { ...FINES[0], ticketNumber: blank },
        ...(blank.includes("T-1") ? [] : [{ ...FINES[0], mco: blank }]),
      ]) {
        expect(valid(fine), JSON.stringify(fine)).toBe(false);
        expect(FineSchema.safeParse(fine).success, JSON.stringify(fine)).toBe(false);
        expect(() => parseFines([fine]), JSON.stringify(blank)).toThrow(RuleInputError);
      }
    }
  });
});
