// `hfs-mco-rules check`: runs rule tables (the library's own format) and prints a readable diff
// for each mismatch. Other projects put this in their CI.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { RuleInputError } from "../core/errors.js";
import { parseRuleTable } from "../rule-tables/format.js";
import { type CaseResult, runRuleTable } from "../rule-tables/run.js";
import { caseLines, explanationTexts } from "../rule-tables/case-details.js";
import type { CheckedCase } from "./check-details.js";
import { systemReason, UsageError } from "./exit.js";
import { yamlSource } from "./warnings.js";

/** The files under a folder, or a UsageError naming the path once. */
function filesOf(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(path, f));
  } catch (error) {
    throw new UsageError(`check: cannot read ${path}: ${systemReason(error)}`);
  }
}

/** The YAML files named, or found under the folders named, sorted. */
export function ruleTableFiles(paths: readonly string[]): string[] {
  return paths.flatMap(filesOf).sort();
}

/** A failing case, with where it is (the table's file and the 1-based line of its row). */
export type CheckFailure = CaseResult & { readonly file: string; readonly line: number };

export interface CheckReport {
  readonly files: number;
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly CheckFailure[];
  /** Every case run, passed or not, in file and row order (the JUnit report's test cases). */
  readonly cases: readonly CheckedCase[];
}

function readTable(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read the file: ${systemReason(error)}`);
  }
}

/** Runs every row of every table; a table that cannot be read counts as one failure. */
export function checkRuleTables(paths: readonly string[]): CheckReport {
  const failures: CheckFailure[] = [];
  const cases: CheckedCase[] = [];
  let passed = 0;
  const files = ruleTableFiles(paths);
  for (const file of files) {
    let results: CaseResult[];
    let lines: number[] = [];
    try {
      const text = readTable(file);
      results = runRuleTable(yamlSource(file, () => parseRuleTable(text, file)));
      lines = caseLines(text);
    } catch (error) {
      const message = error instanceof RuleInputError || error instanceof Error ? error.message : String(error);
      failures.push({
        file,
        line: 0,
        rule: "",
        kind: "",
        name: "(table)",
        passed: false,
        diffs: [message],
        actual: undefined,
      });
      cases.push({
        file,
        line: 0,
        rule: "",
        kind: "",
        name: "(table)",
        passed: false,
        diffs: [message],
        explanations: [],
      });
      continue;
    }
    for (const [i, result] of results.entries()) {
      const line = lines[i] ?? 0;
      const explanations = result.passed ? [] : explanationTexts(result.actual);
      cases.push({
        file,
        line,
        rule: result.rule,
        kind: result.kind,
        name: result.name,
        passed: result.passed,
        diffs: result.diffs,
        explanations,
      });
      if (result.passed) passed++;
      else failures.push({ ...result, file, line });
    }
  }
  return { files: files.length, passed, failed: failures.length, failures, cases };
}

/**
 * The report as text: one block per failing row (its file and line, each mismatch, and the
 * explanations of the actual result, when it holds any), then the `N passed, N failed` line.
 */
export function formatCheckReport(report: CheckReport): string {
  const blocks = report.failures.map((f) => {
    const why = explanationTexts(f.actual).map((t) => `    why: ${t}`);
    return [
      `✗ ${f.file} › ${f.rule} · ${f.name} [${f.kind}]`,
      `    at ${f.file}:${f.line}`,
      ...f.diffs.map((d) => `    ${d}`),
      ...why,
    ].join("\n");
  });
  return [...blocks, `${report.files} table(s): ${report.passed} passed, ${report.failed} failed`].join("\n\n");
}
