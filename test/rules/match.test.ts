import { describe, expect, it } from "vitest";
import { parseRuleTable, runCase } from "../../src/rule-tables/index.js";
import { matchExpected } from "../../src/rule-tables/match.js";

const finding = (ruleId: string, code: string | undefined, message: string) => ({
  ruleId,
  ...(code ? { code } : {}),
  party: "MCO",
  severity: "error",
  message,
  events: [],
});
const deadline = (name: string, dueDate: string) => ({
  ruleId: "PORTAL-PROPOSAL-DUE",
  name,
  party: "MCO",
  dueDate,
  status: "open",
});

describe("rule tables match lists by key", () => {
  const findings = [finding("PORTAL-OVERDUE", "proposal-overdue", "a"), finding("PORTAL-CONTEST", undefined, "b")];
  it("a reordered list of findings matches", () => {
    expect(
      matchExpected(
        { findings },
        { findings: [{ ruleId: "PORTAL-CONTEST" }, { ruleId: "PORTAL-OVERDUE", code: "proposal-overdue" }] },
      ),
    ).toEqual([]);
  });
  it("a missing item fails, naming its key", () => {
    const diffs = matchExpected(
      { findings: [findings[0]] },
      { findings: [{ ruleId: "PORTAL-CONTEST" }, { ruleId: "PORTAL-OVERDUE" }] },
    );
    expect(diffs).toEqual([
      expect.stringContaining(
        "result.findings[ruleId=PORTAL-CONTEST]: expected a finding with ruleId=PORTAL-CONTEST, got none",
      ),
    ]);
  });
  it("an actual finding the row does not list fails (findings are complete)", () => {
    expect(matchExpected({ findings }, { findings: [{ ruleId: "PORTAL-OVERDUE" }] })).toEqual([
      expect.stringContaining("1 finding(s) not in the expected list"),
    ]);
  });
  it("the code is part of the key when stated", () => {
    expect(
      matchExpected(
        { findings },
        { findings: [{ ruleId: "PORTAL-OVERDUE", code: "fine-issued" }, { ruleId: "PORTAL-CONTEST" }] },
      )[0],
    ).toContain("got none");
  });
  it("an expected finding that states no key fails", () => {
    expect(
      matchExpected({ findings }, { findings: [{ severity: "error" }, { ruleId: "PORTAL-CONTEST" }] })[0],
    ).toContain("must state ruleId");
  });
  it("items with the same key are matched in order, then compared", () => {
    const two = [finding("PORTAL-CONTEST", undefined, "first"), finding("PORTAL-CONTEST", undefined, "second")];
    expect(
      matchExpected(
        { findings: two },
        {
          findings: [
            { ruleId: "PORTAL-CONTEST", message: "first" },
            { ruleId: "PORTAL-CONTEST", message: "second" },
          ],
        },
      ),
    ).toEqual([]);
    expect(
      matchExpected(
        { findings: two },
        {
          findings: [
            { ruleId: "PORTAL-CONTEST", message: "second" },
            { ruleId: "PORTAL-CONTEST", message: "first" },
          ],
        },
      ),
    ).toHaveLength(2);
  });
  it("deadlines match by name, in any order", () => {
    const deadlines = [deadline("present to MCO", "2024-06-04"), deadline("proposal", "2024-07-05")];
    expect(
      matchExpected(
        { deadlines },
        { deadlines: [{ name: "proposal", dueDate: "2024-07-05" }, { name: "present to MCO" }] },
      ),
    ).toEqual([]);
    expect(
      matchExpected(
        { deadlines },
        { deadlines: [{ name: "proposal", dueDate: "2024-07-06" }, { name: "present to MCO" }] },
      ),
    ).toEqual(['result.deadlines[name=proposal].dueDate: expected "2024-07-06", got "2024-07-05"']);
  });
  it("standards are named one by one, without placeholders", () => {
    const standards = [1, 2, 3].map((standard) => ({ standard, met: standard !== 2 }));
    expect(matchExpected({ standards }, { standards: [{ standard: 2, met: false }] })).toEqual([]);
    expect(matchExpected({ standards }, { standards: [{ standard: 3, met: false }] })).toEqual([
      "result.standards[standard=3].met: expected false, got true",
    ]);
  });
  it("other lists are sequences: order and length count", () => {
    expect(matchExpected({ steps: [{ to: "a" }, { to: "b" }] }, { steps: [{ to: "b" }, { to: "a" }] })).toHaveLength(2);
    expect(matchExpected({ events: ["x"] }, { events: ["x", "y"] })[0]).toContain("expected 2 item(s), got 1");
  });
  it("a work queue's items are a sequence: their order (by due date) is checked", () => {
    const item = (ticket: string, dueDate: string) => ({
      ruleId: "PORTAL-PROPOSAL-DUE",
      name: "proposal",
      dueDate,
      businessDaysLeft: 1,
      subject: { ticketNumber: ticket },
    });
    const items = [item("T-1", "2024-07-05"), item("T-2", "2024-07-25")];
    expect(
      matchExpected({ items }, { items: [{ subject: { ticketNumber: "T-1" } }, { subject: { ticketNumber: "T-2" } }] }),
    ).toEqual([]);
    expect(
      matchExpected({ items }, { items: [{ subject: { ticketNumber: "T-2" } }, { subject: { ticketNumber: "T-1" } }] }),
    ).toHaveLength(2);
  });
  it("an empty expectation is an error; expected: null is an expectation", () => {
    const table = parseRuleTable(
      [
        "rule: CAL-BUSINESS-DAY",
        "cases:",
        '  - { kind: holidayOn, name: empty, input: { date: "2024-11-27" }, expected: {} }',
        '  - { kind: holidayOn, name: a null result, input: { date: "2024-11-27" }, expected: null }',
      ].join("\n"),
      "inline.yaml",
    );
    const [empty, none] = table.cases.map((row) => runCase(table, row));
    expect(empty).toMatchObject({ passed: false, diffs: [expect.stringContaining("expected: {} states nothing")] });
    expect(none).toMatchObject({ passed: true });
  });
});
