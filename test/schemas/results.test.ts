// The shipped result schemas describe what the library returns: real evaluations, lean (the
// default) and full (`detail: "full"`), validate against schemas/ticket-evaluation.schema.json
// and the other result schemas with a JSON Schema validator (ajv, draft 2020-12); a result with
// a field the schema does not know, or a lean explanation with a wrong field, does not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Detail,
  evaluateContactDeadlines,
  evaluateTicket,
  sanctionCalendar,
  spenddownReportCalendar,
  type TicketInput,
} from "../../src/index.js";
import { ticketArb } from "../portal/arbitraries.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const shipped = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8")));
const TICKETS = JSON.parse(readFileSync(join(ROOT, "examples/data/tickets.json"), "utf8")) as TicketInput[];
const WEBCM = readFileSync(join(ROOT, "examples/data/webcm-members.ndjson"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const DETAILS: readonly Detail[] = ["lean", "full"];

// A result as an application receives it: JSON.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("ticket-evaluation.schema.json", () => {
  const valid = shipped("ticket-evaluation");
  it("accepts the evaluations of the example tickets, lean and full", () => {
    for (const detail of DETAILS) {
      for (const ticket of TICKETS) {
        const result = asJson(evaluateTicket(ticket, { asOf: "2024-07-10", detail }));
        expect(valid(result), `${detail}: ${JSON.stringify(valid.errors)}`).toBe(true);
      }
    }
  });
  it("accepts the evaluation of any generated ticket, lean and full", () => {
    fc.assert(
      fc.property(ticketArb, fc.constantFrom(...DETAILS), (ticket, detail) => {
        const result = asJson(evaluateTicket(ticket, { asOf: "2024-12-31", detail }));
        expect(valid(result), JSON.stringify(valid.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("refuses a result with an unknown field, or an explanation step without its reason", () => {
    const result = asJson(evaluateTicket(TICKETS[0] as TicketInput, { asOf: "2024-07-10" })) as {
      deadlines: { explanation: { steps: object[] } }[];
    };
    expect(valid({ ...result, extra: 1 })).toBe(false);
    const [first] = result.deadlines;
    if (!first) throw new Error("expected a deadline");
    const stepless = { ...first, explanation: { ...first.explanation, steps: [{ kind: "count", to: "2024-07-05" }] } };
    expect(valid({ ...result, deadlines: [stepless] })).toBe(false);
  });
});

describe("explanation.schema.json and deadline.schema.json", () => {
  const explanation = shipped("explanation");
  const deadline = shipped("deadline");
  it("accept the explanations and deadlines of the other areas, lean and full", () => {
    let checked = 0;
    const check = (validate: typeof explanation, value: unknown) => {
      expect(validate(asJson(value)), JSON.stringify(validate.errors)).toBe(true);
      checked++;
    };
    for (const detail of DETAILS) {
      for (const p of sanctionCalendar(2024, { detail }).periods) check(explanation, p.explanation);
      for (const q of spenddownReportCalendar(2025, { detail }).quarters)
        for (const r of q.reports) check(explanation, r.explanation);
      for (const member of WEBCM)
        for (const d of evaluateContactDeadlines(member, { asOf: "2024-07-10", detail }).deadlines)
          check(deadline, d.deadline);
    }
    expect(checked).toBeGreaterThan(2 * (4 + 8 + WEBCM.length));
  });
});
