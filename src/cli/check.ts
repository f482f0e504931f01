// `hfs-mco-rules check`: runs rule tables (the library's own format) and prints a readable diff
// for each mismatch. Other projects put this in their CI.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { RuleInputError } from "../core/errors.js";
import { parseRuleTable } from "../rule-tables/format.js";
import { type CaseResult, runRuleTable } from "../rule-tables/run.js";
import { systemReason, UsageError } from "./exit.js";

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

export interface CheckReport {
  readonly files: number;
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly (CaseResult & { readonly file: string })[];
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
  const failures: (CaseResult & { file: string })[] = [];
  let passed = 0;
  const files = ruleTableFiles(paths);
  for (const file of files) {
    let results: CaseResult[];
    try {
      results = runRuleTable(parseRuleTable(readTable(file), file));
    } catch (error) {
      const message = error instanceof RuleInputError || error instanceof Error ? error.message : String(error);
      failures.push({ file, rule: "", kind: "", name: "(table)", passed: false, diffs: [message], actual: undefined });
      continue;
    }
    for (const result of results) {
      if (result.passed) passed++;
      else failures.push({ ...result, file });
    }
  }
  return { files: files.length, passed, failed: failures.length, failures };
}

/** The report as text: one block per failing row, then the `N passed, N failed` line. */
export function formatCheckReport(report: CheckReport): string {
  const blocks = report.failures.map(
    (f) => `✗ ${f.file} › ${f.rule} · ${f.name} [${f.kind}]\n${f.diffs.map((d) => `    ${d}`).join("\n")}`,
  );
  return [...blocks, `${report.files} table(s): ${report.passed} passed, ${report.failed} failed`].join("\n\n");
}
