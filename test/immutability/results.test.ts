// Principle 1: results are plain data that share nothing mutable with the engine or with one
// another. Each test takes the answers of an entry point, then assigns to every property and
// array element of its results, recursively (a frozen value throws in strict mode: caught), and
// checks that later answers equal the answers given before any mutation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateContactDeadlines,
  evaluateMemberMonth,
  evaluateTicket,
  evaluateTickets,
  evaluateSanctionNotices,
  portalStatistics,
  evaluateProviderQuarter,
  sanctionNotices,
  submissionWindow,
  type TicketInput,
  webcmComplianceReport,
} from "../../src/index.js";
import { ticketArb } from "../portal/arbitraries.js";

const DATA = join(import.meta.dirname, "../../examples/data");
const tickets: TicketInput[] = JSON.parse(readFileSync(join(DATA, "tickets.json"), "utf8"));
const lines = (file: string) =>
  readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));

/** Tries to change every value reachable from `value`; counts the assignments that were refused. */
function mutateEverything(value: unknown, seen = new Set<object>()): { tried: number; refused: number } {
  const count = { tried: 0, refused: 0 };
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    const target = v as Record<string, unknown>;
    for (const key of Object.keys(target)) {
      visit(target[key]);
      const old = target[key];
      const replacement = typeof old === "number" ? -1 : typeof old === "boolean" ? !old : "1999-01-01";
      count.tried++;
      try {
        target[key] = replacement;
      } catch {
        count.refused++;
      }
    }
    try {
      if (Array.isArray(v)) v.push("1999-01-01");
      else target.mutated = true;
    } catch {
      count.refused++;
    }
  };
  visit(value);
  return count;
}

/** The answers of `run`, then every answer mutated, then `run` again: the same answers. */
function expectUnchangedAfterMutation(run: () => unknown): { tried: number; refused: number } {
  const before = structuredClone(run());
  const count = mutateEverything(run());
  expect(count.tried).toBeGreaterThan(0);
  expect(structuredClone(run())).toEqual(before);
  return count;
}

describe("results share nothing mutable", () => {
  it("portal: mutating every field of evaluateTickets' results changes no later answer (shared explanations are frozen)", () => {
    const generated = fc.sample(ticketArb, { seed: 42, numRuns: 150 });
    const all = [...tickets, ...generated, ...tickets.map((t) => ({ ...t, ticketNumber: "COPY" }))];
    for (const asOf of ["2024-07-10", "2024-12-31"]) {
      const count = expectUnchangedAfterMutation(() => evaluateTickets(all, { asOf }));
      // Explanations and policies are shared between results, so some assignments must be refused.
      expect(count.refused).toBeGreaterThan(0);
      // One call per ticket shares the same state as the batch.
      expectUnchangedAfterMutation(() => all.map((t) => evaluateTicket(t, { asOf })));
    }
  });
  it("portal: the issue's example (an explanation's result assigned on one result) cannot reach another ticket", () => {
    const [a, b] = tickets as [TicketInput, TicketInput];
    const asOf = "2024-07-10";
    const expected = evaluateTicket(b, { asOf }).proposalDueDate;
    const first = evaluateTicket(a, { asOf });
    const explanation = first.deadlines[0]?.explanation as { result: string } | undefined;
    expect(explanation).toBeDefined();
    expect(() => {
      if (explanation) explanation.result = "1999-01-01";
    }).toThrow(TypeError);
    expect(evaluateTicket(b, { asOf }).proposalDueDate).toBe(expected);
  });
  it("portal: under other options (their own shared state, 140.75 windows) too", () => {
    const options = {
      submissionWindowStart: "adm-code-140.75",
      eventsAfterAsOf: "presentation-from-record",
      extensionOnceCounts: "requests",
    } as const;
    expectUnchangedAfterMutation(() => evaluateTickets(tickets, { asOf: "2024-09-30", options }));
    expectUnchangedAfterMutation(() => evaluateTickets(tickets, { asOf: "2024-09-30", onError: "collect" }));
  });
  it("portal statistics", () => {
    expectUnchangedAfterMutation(() => portalStatistics(tickets, { asOf: "2024-09-30", options: { byQuarter: true } }));
  });
  it("single date functions", () => {
    const facts = {
      internalDispute: { submittedToMcoOn: "2024-05-01", trackingNumber: "A-1", trackingNumberIssuedOn: "2024-05-02" },
      portalSubmittedOn: "2024-06-01",
    } as Parameters<typeof submissionWindow>[0];
    expectUnchangedAfterMutation(() => submissionWindow(facts));
  });
  it("WebCM", () => {
    const members = lines("webcm-members.ndjson");
    expectUnchangedAfterMutation(() => members.map((m) => evaluateContactDeadlines(m, { asOf: "2024-04-15" })));
    expectUnchangedAfterMutation(() =>
      webcmComplianceReport({ mco: "Meridian", quarter: "2024-Q1", members }, { asOf: "2024-04-15" }),
    );
  });
  it("spenddown", () => {
    const quarters = lines("spenddown-quarters.ndjson");
    expectUnchangedAfterMutation(() => quarters.map((q) => evaluateProviderQuarter({ ...q }, { asOf: "2024-11-15" })));
    const member = quarters[0].members[0];
    expectUnchangedAfterMutation(() =>
      evaluateMemberMonth({ memberId: member.memberId, ...member.months[0] }, { asOf: "2024-09-01" }),
    );
  });
  it("sanctions", () => {
    const fines = [
      {
        ticketNumber: "T-1",
        mco: "Acme",
        dueDate: "2024-01-16",
        overdueOn: "2024-01-17",
        issuedOn: "2024-01-18",
        amountCents: 500000,
      },
      {
        ticketNumber: "T-2",
        mco: "Acme",
        dueDate: "2024-03-04",
        overdueOn: "2024-03-05",
        issuedOn: null,
        amountCents: 500000,
      },
    ] as never[];
    expectUnchangedAfterMutation(() => sanctionNotices(fines));
    expectUnchangedAfterMutation(() => evaluateSanctionNotices({ fines }, { asOf: "2024-05-15" }));
  });
});
