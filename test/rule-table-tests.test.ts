// ruleTableTests (hfs-mco-rules/rule-tables): a table's rows as tests for any runner. A passing
// row's check returns; a failing row's check throws an Error with the row's differences.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleTableTests } from "../src/rule-tables/index.js";

const FILE = "cal-business-day.yaml";
const text = readFileSync(join(import.meta.dirname, "rule-tables", FILE), "utf8");

describe("ruleTableTests", () => {
  const tests = ruleTableTests(text, FILE);
  it("gives one test per row, titled by rule and name", () => {
    expect(tests.length).toBeGreaterThan(5);
    expect(tests.map((t) => t.title)).toContain("CAL-BUSINESS-DAY · over Independence Day");
  });
  for (const t of tests) it(t.title, t.check);
  it("a failing row's check throws, naming the file and the difference", () => {
    const wrong =
      'rule: CAL-BUSINESS-DAY\ncases:\n  - { kind: addBusinessDays, name: off by one, input: { date: "2024-07-03", n: 1 }, expected: "2024-07-04" }\n';
    const [only] = ruleTableTests(wrong, "wrong.yaml");
    expect(only?.check).toThrow(/^wrong\.yaml:3: CAL-BUSINESS-DAY · off by one\n {2}.*2024-07-04/);
  });
  it("each test says where its row is, and a failing check gives the reasoning of the actual result", () => {
    const wrong = [
      "rule: PORTAL-PROPOSAL-DUE",
      "kind: dueDate",
      "cases:",
      "  - name: right",
      '    input: { rule: PORTAL-PROPOSAL-DUE, start: "2024-06-04", amount: 30, counting: calendar-days, roll: forward }',
      '    expected: { result: "2024-07-05" }',
      "  - name: a day early",
      '    input: { rule: PORTAL-PROPOSAL-DUE, start: "2024-06-04", amount: 30, counting: calendar-days, roll: forward }',
      '    expected: { result: "2024-07-04" }',
      "",
    ].join("\n");
    const [right, early] = ruleTableTests(wrong, "cases/portal.yaml");
    expect([right?.file, right?.line, early?.line]).toEqual(["cases/portal.yaml", 4, 7]);
    expect(right?.check).not.toThrow();
    expect(early?.check).toThrow(/^cases\/portal\.yaml:7: PORTAL-PROPOSAL-DUE · a day early\n/);
    expect(early?.check).toThrow(/\n {2}why: .*Independence Day.*\n {2}actual: \{/);
  });
});
