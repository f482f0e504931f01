import type { z } from "zod";

/** One problem with an input: which field, what value, what was expected, which rule asks for it. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `events.2.date`; empty for the whole input. */
  readonly field: string;
  readonly value: unknown;
  readonly reason: string;
  readonly ruleId?: string;
}

/**
 * The one error this library throws for bad input. Its message names the field, the value and,
 * where known, the rule (principle 6): never a bare TypeError.
 */
export class RuleInputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[], context?: string) {
    const lines = issues.map(formatIssue);
    super(`${context ? `${context}: ` : ""}${lines.join("; ")}`);
    this.name = "RuleInputError";
    this.issues = issues;
  }
}

function formatIssue(issue: InputIssue): string {
  const where = issue.field === "" ? "input" : issue.field;
  const rule = issue.ruleId ? ` (${issue.ruleId})` : "";
  return `${where} = ${safeJson(issue.value)}: ${issue.reason}${rule}`;
}

function safeJson(value: unknown): string {
  if (value === undefined) return "undefined";
  // JSON would print NaN and Infinity as null: name them as they are.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Parses `input` with `schema`; on failure throws a {@link RuleInputError} naming every bad
 * field, its value and the rule the input is for.
 *
 * @example parseInput(IsoDateSchema, "2024-02-30", "PORTAL-PROPOSAL-DUE")
 * // throws RuleInputError: PORTAL-PROPOSAL-DUE: input = "2024-02-30": expected a calendar date …
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, ruleId?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    value: valueAt(input, issue.path),
    reason: issue.message,
    ...(ruleId ? { ruleId } : {}),
  }));
  throw new RuleInputError(issues, ruleId);
}
