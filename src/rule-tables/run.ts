import { listArgument, settingsArgument } from "../core/arguments.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import { hasRule } from "../rules/registry.js";
import { CASE_EVALUATORS } from "./evaluators.js";
import { type RuleTable, type RuleTableCase, RuleTableCaseSchema } from "./format.js";
import { isEmptyExpectation, matchExpected } from "./match.js";

/** The outcome of one rule-table row. */
export interface CaseResult {
  readonly rule: string;
  readonly kind: string;
  readonly name: string;
  readonly passed: boolean;
  /** One line per mismatch between expected and actual. */
  readonly diffs: readonly string[];
  readonly actual: unknown;
}

function expectedError(expected: unknown): string | undefined {
  if (expected !== null && typeof expected === "object" && "error" in expected) {
    const error = (expected as { error: unknown }).error;
    return typeof error === "string" ? error : "";
  }
  return undefined;
}

/**
 * Evaluates one row of a table and compares it with the expected result.
 *
 * @example runCase(table, table.cases[0]) // { passed: true, diffs: [], ... }
 */
export function runCase(table: RuleTable, row: RuleTableCase): CaseResult {
  return runRow(tableDefaults(table, "runCase"), parseInput(RuleTableCaseSchema, row, "runCase: row"));
}

/** The defaults a table gives its rows (`rule`, `kind`), checked. */
function tableDefaults(table: RuleTable, fn: string): Pick<RuleTable, "rule" | "kind"> {
  settingsArgument(table, fn, "table");
  for (const key of ["rule", "kind"] as const) {
    const value: unknown = table[key];
    if (value !== undefined && typeof value !== "string")
      throw new RuleInputError([{ field: `table.${key}`, reason: "expected text", value }], fn);
  }
  return { rule: table.rule, kind: table.kind };
}

function runRow(table: Pick<RuleTable, "rule" | "kind">, row: RuleTableCase): CaseResult {
  const rule = row.rule ?? table.rule ?? "";
  const kind = row.kind ?? table.kind ?? "";
  const base = { rule, kind, name: row.name };
  if (!hasRule(rule))
    return { ...base, passed: false, diffs: [`unknown rule ID ${JSON.stringify(rule)}`], actual: undefined };
  if (isEmptyExpectation(row.expected))
    return {
      ...base,
      passed: false,
      diffs: ["expected: {} states nothing to check; name the result the row is about"],
      actual: undefined,
    };
  const evaluate = Object.hasOwn(CASE_EVALUATORS, kind) ? CASE_EVALUATORS[kind] : undefined;
  if (!evaluate) return { ...base, passed: false, diffs: [`unknown kind ${JSON.stringify(kind)}`], actual: undefined };
  const wantError = expectedError(row.expected);
  let actual: unknown;
  try {
    actual = JSON.parse(JSON.stringify(evaluate(row.input)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (wantError !== undefined && error instanceof RuleInputError && message.includes(wantError)) {
      return { ...base, passed: true, diffs: [], actual: { error: message } };
    }
    return { ...base, passed: false, diffs: [`threw: ${message}`], actual: { error: message } };
  }
  if (wantError !== undefined) {
    return {
      ...base,
      passed: false,
      diffs: [`expected an error containing ${JSON.stringify(wantError)}, got a result`],
      actual,
    };
  }
  const diffs = matchExpected(actual, row.expected);
  return { ...base, passed: diffs.length === 0, diffs, actual };
}

/**
 * Evaluates every row of a table.
 *
 * @example runRuleTable(parseRuleTable(text, "cases.yaml")).filter((r) => !r.passed)
 */
export function runRuleTable(table: RuleTable): CaseResult[] {
  const defaults = tableDefaults(table, "runRuleTable");
  return listArgument(table.cases, "runRuleTable", "table.cases").map((row, i) =>
    runRow(defaults, parseInput(RuleTableCaseSchema, row, `runRuleTable: table.cases[${i}]`)),
  );
}
