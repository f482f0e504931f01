import { runCase } from "./run.js";
import { parseRuleTable } from "./format.js";

/** One rule-table row as a test: its title and a check that throws when the row fails. */
export interface RuleTableTest {
  readonly title: string;
  /** Throws an `Error` listing the row's differences (and its actual result) when it does not pass. */
  readonly check: () => void;
}

/**
 * The rows of a rule table's YAML text as tests for any runner (vitest, jest, node:test), without
 * importing one: `for (const t of ruleTableTests(text, file)) it(t.title, t.check);`. Each check
 * runs the row through `runCase`, the code path of `hfs-mco-rules check`.
 *
 * @example ruleTableTests(readFileSync("cases.yaml", "utf8"), "cases.yaml").map((t) => t.title)
 */
export function ruleTableTests(text: string, source: string): RuleTableTest[] {
  const table = parseRuleTable(text, source);
  return table.cases.map((row) => ({
    title: `${row.rule ?? table.rule ?? ""} · ${row.name}`,
    check: () => {
      const result = runCase(table, row);
      if (!result.passed)
        throw new Error(`${source}: ${result.diffs.join("; ")}\nactual: ${JSON.stringify(result.actual)}`);
    },
  }));
}
