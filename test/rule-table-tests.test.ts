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
    expect(only?.check).toThrow(/^wrong\.yaml: .*2024-07-04/);
  });
});
