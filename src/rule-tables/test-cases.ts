import { caseLines, explanationTexts } from "./case-details.js";
import { parseRuleTable } from "./format.js";
import { runCase } from "./run.js";

/** One rule-table row as a test: its title, where it is, and a check that throws when the row fails. */
export interface RuleTableTest {
  /** `<rule ID> · <row name>`. */
  readonly title: string;
  /** The table's name as given to {@link ruleTableTests} (its file, for a failure to point at). */
  readonly file: string;
  /** The 1-based line of the row in the YAML text (0 when it cannot be told). */
  readonly line: number;
  /**
   * Throws an `Error` when the row does not pass. Its message starts with `<file>:<line>: <title>`
   * and lists each difference, the explanation of each date of the actual result (`why:`) and the
   * actual result, so that a CI log says where the row is and why the library answered as it did.
   */
  readonly check: () => void;
}

/**
 * The rows of a rule table's YAML text as tests for any runner (vitest, jest, node:test), without
 * importing one: `for (const t of ruleTableTests(text, file)) it(t.title, t.check);`. Each check
 * runs the row through `runCase`, the code path of `hfs-mco-rules check`. docs/rule-tables.md,
 * "In your project's tests", has the whole recipe for vitest, jest and node:test.
 *
 * @example ruleTableTests(readFileSync("cases.yaml", "utf8"), "cases.yaml").map((t) => t.title)
 */
export function ruleTableTests(text: string, source: string): RuleTableTest[] {
  const table = parseRuleTable(text, source);
  const lines = caseLines(text);
  return table.cases.map((row, i) => {
    const title = `${row.rule ?? table.rule ?? ""} · ${row.name}`;
    const line = lines[i] ?? 0;
    return {
      title,
      file: source,
      line,
      check: () => {
        const result = runCase(table, row);
        if (result.passed) return;
        const why = explanationTexts(result.actual).map((t) => `  why: ${t}`);
        const details = [...result.diffs.map((d) => `  ${d}`), ...why, `  actual: ${JSON.stringify(result.actual)}`];
        throw new Error([`${source}:${line}: ${title}`, ...details].join("\n"));
      },
    };
  });
}
