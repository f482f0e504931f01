// A lean explanation (the default) renders the text the full record holds (`detail: "full"`),
// word for word, in every area: explanationText(lean) === full.text. The lean record has no text,
// source or documents, and no rule ID where its holder (a Deadline) carries it; the full record
// has them all, its documents the rule's (getRule, ruleDocuments).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Detail,
  evaluateContactDeadlines,
  evaluateProviderQuarter,
  evaluateRegistration,
  evaluateTicket,
  type Explanation,
  explanationText,
  getRule,
  RuleInputError,
  type RuleId,
  ruleDocuments,
  sanctionCalendar,
  sanctionNotices,
  spenddownReportCalendar,
} from "../../src/index.js";
import { portalOptionsArb, richTicketArb, ticketArb } from "../portal/arbitraries.js";

const ROOT = join(import.meta.dirname, "..", "..");
const lines = (file: string) =>
  readFileSync(join(ROOT, "examples/data", file), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

const isExplanation = (x: Record<string, unknown>): boolean =>
  typeof x.start === "string" && typeof x.counting === "string" && Array.isArray(x.steps);

/** The explanations of a lean result and of the same full result, side by side, with the rule ID of each one's holder. */
function pairs(
  lean: unknown,
  full: unknown,
  holderRule?: unknown,
  out: [Explanation, Explanation, unknown][] = [],
): [Explanation, Explanation, unknown][] {
  if (typeof lean !== "object" || lean === null) return out;
  const l = lean as Record<string, unknown>;
  const f = full as Record<string, unknown>;
  if (!Array.isArray(lean) && isExplanation(l)) {
    out.push([l as unknown as Explanation, f as unknown as Explanation, holderRule]);
    return out;
  }
  for (const key of Object.keys(l)) pairs(l[key], f?.[key], Array.isArray(lean) ? holderRule : l.ruleId, out);
  return out;
}

/** Every explanation of the two results agrees: the lean one renders the full one's text. */
function expectSameText(evaluate: (detail: Detail) => unknown): number {
  const found = pairs(evaluate("lean"), evaluate("full"));
  for (const [lean, full, holder] of found) {
    const ruleId = (lean.ruleId ?? holder) as RuleId;
    expect(explanationText(lean)).toBe(full.text);
    expect(explanationText(full)).toBe(full.text);
    expect(Object.keys(lean)).not.toContain("text");
    expect(Object.keys(lean)).not.toContain("source");
    expect(Object.keys(lean)).not.toContain("documents");
    expect(full.ruleId).toBe(ruleId);
    expect(full.source).toEqual(getRule(ruleId).source);
    expect(full.documents).toEqual(ruleDocuments(ruleId));
    expect(full.steps).toEqual(lean.steps);
    // Lean options are the full record's, fewer.
    expect(full.options).toMatchObject(lean.options ?? {});
  }
  return found.length;
}

describe("explanationText(lean) is the full record's text", () => {
  it("for generated tickets under any options", () => {
    let count = 0;
    fc.assert(
      fc.property(fc.oneof(ticketArb, richTicketArb), portalOptionsArb, (ticket, options) => {
        count += expectSameText((detail) => evaluateTicket(ticket, { asOf: "2025-06-30", options, detail }));
      }),
      { numRuns: 200 },
    );
    expect(count).toBeGreaterThan(200);
  });

  it("for sanction notice deadlines and notices, spenddown reports, WebCM contacts and registration", () => {
    let count = 0;
    for (const unstatedRoll of ["none", "forward", "backward"] as const) {
      for (let year = 2021; year <= 2027; year++)
        count += expectSameText((detail) => sanctionCalendar(year, { detail, options: { unstatedRoll } }));
    }
    const fines = [
      {
        ticketNumber: "T-1",
        mco: "Acme Health",
        dueDate: "2024-03-01",
        overdueOn: "2024-03-02",
        issuedOn: "2024-04-02",
        amountCents: 500000,
      },
    ];
    count += expectSameText((detail) => sanctionNotices(fines, { detail, options: { fineDateBasis: "overdue" } }));
    for (const unstatedRoll of ["none", "forward"] as const) {
      for (let year = 2024; year <= 2027; year++)
        count += expectSameText((detail) => spenddownReportCalendar(year, { detail, options: { unstatedRoll } }));
      for (const member of lines("webcm-members.ndjson"))
        count += expectSameText((detail) =>
          evaluateContactDeadlines(member, { asOf: "2024-12-31", detail, options: { unstatedRoll } }),
        );
    }
    for (const quarter of lines("spenddown-quarters.ndjson"))
      count += expectSameText((detail) => evaluateProviderQuarter(quarter, { asOf: "2025-06-30", detail }));
    for (const individuals of [1, 12]) {
      for (const submittedOn of ["2024-06-03", "2024-06-08", "2024-07-03"]) {
        const request = { submittedOn, complete: true, individuals, usedMultipleTemplate: true };
        for (const bulkExtension of ["21-calendar-days", "15-business-days"] as const)
          count += expectSameText((detail) =>
            evaluateRegistration(request, {
              detail,
              options: { bulkExtension, businessDayStart: "roll-start-forward" },
            }),
          );
      }
    }
    expect(count).toBeGreaterThan(150);
  });

  it("renders a hand-made explanation, and names what is wrong with a bad one", () => {
    expect(
      explanationText({ start: "2024-06-04" as never, steps: [{ reason: "+ 1 calendar day = 2024-06-05" }] }),
    ).toBe("2024-06-04 → + 1 calendar day = 2024-06-05");
    expect(() => explanationText(null as never)).toThrow(RuleInputError);
    expect(() => explanationText({ start: "2024-06-04" as never, steps: [{ reason: 1 as never }] })).toThrow(
      /explanation.steps\[\].reason/,
    );
    expect(() => explanationText({ start: "2024-13-01" as never, steps: [] })).toThrow(/explanation.start/);
  });

  it("the detail setting is lean or full, anything else a RuleInputError naming settings.detail", () => {
    expect(() => evaluateTicket({} as never, { asOf: "2024-07-10", detail: "some" as never })).toThrow(
      /settings\.detail/,
    );
    expect(() => sanctionCalendar(2024, { detail: 1 as never })).toThrow(/settings\.detail/);
  });
});
