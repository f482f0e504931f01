// Principle 6: "a batch reports a bad item and goes on". Every batch entry takes onError:
// "throw" (default: the first bad item stops it, named by its 0-based index and, for tickets and
// fines, its ticket number) or "collect" (one answer per item, a bad item's is an InvalidInput).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateTicket,
  evaluateTickets,
  isInvalidInput,
  evaluateSanctionNotices,
  portalStatistics,
  evaluateProviderQuarter,
  RuleInputError,
  sanctionNotices,
  type TicketInput,
  webcmComplianceReport,
} from "../../src/index.js";
import { ticketArb } from "../portal/arbitraries.js";

const DATA = join(import.meta.dirname, "../../examples/data");
// JSON from outside: typed as what callers send, validated at run time.
const tickets: TicketInput[] = JSON.parse(readFileSync(join(DATA, "tickets.json"), "utf8"));
const lines = (file: string) =>
  readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
const asOf = "2024-09-30";
const [t0, t1, t2] = tickets as [TicketInput, TicketInput, TicketInput];
const badDate = { ...t1, portalSubmittedOn: "2024-02-30" };
const noNumber = { ...t2, ticketNumber: 42 } as unknown as TicketInput;

function thrown(run: () => unknown): RuleInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error("expected a RuleInputError");
}

describe("evaluateTickets", () => {
  it("collect: one answer per ticket, in order; a bad one is { status: invalid input, index (0-based), ticketNumber, error }", () => {
    const out = evaluateTickets([t0, badDate, noNumber, "not a ticket" as unknown as TicketInput, t2], {
      asOf,
      onError: "collect",
    });
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual(evaluateTicket(t0, { asOf }));
    expect(out[4]).toEqual(evaluateTicket(t2, { asOf }));
    expect(out.map((x) => (isInvalidInput(x) ? x.index : null))).toEqual([null, 1, 2, 3, null]);
    const [, bad, unnamed, notObject] = out;
    expect(bad).toMatchObject({
      status: "invalid input",
      index: 1,
      ticketNumber: t1.ticketNumber,
      error: { name: "RuleInputError" },
    });
    if (!isInvalidInput(bad)) throw new Error("expected an invalid input");
    expect(bad.error.issues.map((i) => i.field)).toEqual(["portalSubmittedOn"]);
    expect(bad.error.message).toContain(`ticket "${t1.ticketNumber}" (index 1)`);
    expect(unnamed).not.toHaveProperty("ticketNumber");
    expect(notObject).toMatchObject({ status: "invalid input", index: 3 });
    // Plain data: survives JSON.
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
  it("throw (the default): the error names the ticket number and the 0-based index", () => {
    const error = thrown(() => evaluateTickets([t0, badDate], { asOf }));
    expect(error.message).toMatch(
      new RegExp(`^Provider Resolution Portal ticket "${t1.ticketNumber}" \\(index 1\\): portalSubmittedOn`),
    );
    expect(thrown(() => evaluateTickets([noNumber], { asOf })).message).toMatch(
      /^Provider Resolution Portal ticket at index 0: ticketNumber/,
    );
    expect(thrown(() => evaluateTickets([t0], { asOf, onError: "skip" as never })).message).toMatch(/onError/);
  });
  it("collect with validate: false still goes on past a ticket the engine refuses (a RuleInputError from inside)", () => {
    const out = evaluateTickets([t0, badDate, t2], { asOf, validate: false, onError: "collect" });
    expect(out.map(isInvalidInput)).toEqual([false, true, false]);
    expect(out[1]).toMatchObject({ index: 1, ticketNumber: t1.ticketNumber });
  });
  it("counts in = evaluations + invalid inputs, at exactly the damaged positions (property)", () => {
    const damaged = fc.oneof(
      fc.constant(null),
      fc.constant({}),
      ticketArb.map((t) => ({ ...t, portalSubmittedOn: "2024-13-01" })),
      ticketArb.map((t) => ({ ...t, events: [{ type: "unknown event", date: "2024-01-01" }] })),
    );
    const item = fc.oneof(
      ticketArb.map((t) => ({ t, bad: false })),
      damaged.map((t) => ({ t, bad: true })),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const out = evaluateTickets(
          items.map((i) => i.t as TicketInput),
          { asOf, onError: "collect" },
        );
        expect(out).toHaveLength(items.length);
        out.forEach((x, i) => {
          expect(isInvalidInput(x)).toBe(items[i]?.bad);
          if (isInvalidInput(x)) expect(x.index).toBe(i);
          else expect(x).toEqual(evaluateTicket(items[i]?.t as TicketInput, { asOf }));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("portalStatistics", () => {
  it("collect: invalid tickets are counted and listed apart; every count is that of the valid tickets", () => {
    const stats = portalStatistics([t0, badDate, t2, noNumber], { asOf, onError: "collect" });
    const valid = portalStatistics([t0, t2], { asOf });
    expect(stats.invalidCount).toBe(2);
    expect(stats.invalidTickets.map((x) => [x.index, x.ticketNumber])).toEqual([
      [1, t1.ticketNumber],
      [3, undefined],
    ]);
    expect({ ...stats, invalidCount: 0, invalidTickets: [] }).toEqual(valid);
    expect(thrown(() => portalStatistics([t0, badDate], { asOf })).message).toContain(`"${t1.ticketNumber}" (index 1)`);
  });
});

describe("the other batch entries", () => {
  const members = lines("webcm-members.ndjson");
  it("WebCM compliance report: a bad member history is listed apart, by index; its member ID never in a message", () => {
    const bad = { ...members[1], events: [{ type: "file transfer", date: "2024-02-31" }] };
    const report = webcmComplianceReport(
      { mco: "Meridian", quarter: "2024-Q1", members: [members[0], bad, members[2]] },
      { asOf: "2024-04-15", onError: "collect" },
    );
    const valid = webcmComplianceReport(
      { mco: "Meridian", quarter: "2024-Q1", members: [members[0], members[2]] },
      { asOf: "2024-04-15" },
    );
    expect(report.invalidMembers.map((x) => [x.index, x.member])).toEqual([[1, members[1].member]]);
    expect(report.invalidMembers[0]?.error.message).not.toContain(members[1].member);
    expect({ ...report, invalidMembers: [] }).toEqual(valid);
    const error = thrown(() =>
      webcmComplianceReport(
        { mco: "Meridian", quarter: "2024-Q1", members: [members[0], bad] },
        { asOf: "2024-04-15" },
      ),
    );
    expect(error.message).toMatch(/^WebCM member history at index 1: /);
    expect(error.message).not.toContain(members[1].member);
  });
  it("spenddown provider quarter: a bad Class Member (or one given twice) is listed apart, by index; no member ID in a message", () => {
    const [quarter] = lines("spenddown-quarters.ndjson");
    const [m0, m1] = quarter.members;
    const bad = { ...m1, months: [{ ...m1.months[0], householdIncome: "1,005" }] };
    const input = { ...quarter, members: [m0, bad, m1, m0] };
    const result = evaluateProviderQuarter(input, { asOf: "2024-11-15", onError: "collect" });
    const valid = evaluateProviderQuarter({ ...quarter, members: [m0, m1] }, { asOf: "2024-11-15" });
    expect(result.invalidMembers.map((x) => [x.index, x.memberId])).toEqual([
      [1, m1.memberId],
      [3, m0.memberId],
    ]);
    expect({ ...result, invalidMembers: [] }).toEqual(valid);
    for (const x of result.invalidMembers)
      expect(x.error.message).not.toMatch(new RegExp(`${m0.memberId}|${m1.memberId}`));
    expect(thrown(() => evaluateProviderQuarter(input, { asOf: "2024-11-15" })).message).toMatch(
      /^Class Member at index 1: months\[0\]\.householdIncome/,
    );
  });
  it("sanction notices and notices due as of a date: a bad fine is listed apart with its ticket number", () => {
    const fine = (ticketNumber: string, amountCents: unknown) => ({
      ticketNumber,
      mco: "Acme",
      dueDate: "2024-03-04",
      overdueOn: "2024-03-05",
      issuedOn: "2024-03-06",
      amountCents,
    });
    const fines = [fine("T-1", 500000), fine("T-2", 12.5), fine("T-3", 500000)] as never[];
    const notices = sanctionNotices(fines, { onError: "collect" });
    expect(notices.invalidFines.map((x) => [x.index, x.ticketNumber])).toEqual([[1, "T-2"]]);
    expect(notices.notices[0]?.count).toBe(2);
    const asOfNotices = evaluateSanctionNotices({ fines }, { asOf: "2024-05-15", onError: "collect" });
    expect(asOfNotices.invalidFines.map((x) => x.index)).toEqual([1]);
    expect(asOfNotices.notices[0]?.notice.count).toBe(2);
    expect(thrown(() => sanctionNotices(fines)).message).toMatch(/^fine "T-2" \(index 1\): amountCents/);
  });
});
