// One generic test for every rule table under test/rule-tables/ (principle 7). It runs the
// same code path as `hfs-mco-rules check`: parseRuleTable → runCase.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRuleTable, runCase } from "../src/rule-tables/index.js";

const DIR = join(import.meta.dirname, "rule-tables");
const files = readdirSync(DIR, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
  .sort();

describe("rule tables", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const table = parseRuleTable(readFileSync(join(DIR, file), "utf8"), file);
    describe(file, () => {
      for (const row of table.cases) {
        it(`${row.rule ?? table.rule} · ${row.name}`, () => {
          const result = runCase(table, row);
          expect(result.diffs, `actual: ${JSON.stringify(result.actual)}`).toEqual([]);
          expect(result.passed).toBe(true);
        });
      }
    });
  }
});
