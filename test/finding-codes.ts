// Shared check of the finding-code lists (src/<area>/finding-codes.ts): every finding an area
// produces carries a code its list holds, with the same rule ID and severity.
import { expect } from "vitest";
import type { Finding, FindingCodeEntry } from "../src/index.js";
import type { FindingKinds } from "../src/findings/kind.js";
import { findingSchemaOf } from "../src/findings/schema.js";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Each entry's code is kebab-case and each (ruleId, code) is listed once. */
export function expectWellFormedCodes(list: readonly FindingCodeEntry[]): void {
  const keys = list.map((e) => `${e.ruleId} ${e.code}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const entry of list) {
    expect(entry.code).toMatch(KEBAB);
    expect(entry.summary.length).toBeGreaterThan(10);
  }
}

/** Every finding has a code, listed under its rule ID with its severity. */
export function expectListedCodes(findings: readonly Finding[], list: readonly FindingCodeEntry[]): void {
  for (const finding of findings) {
    const entry = list.find((e) => e.ruleId === finding.ruleId && e.code === finding.code);
    expect(entry, `${finding.ruleId} ${String(finding.code)}: ${finding.message}`).toBeDefined();
    expect(finding.severity, `${finding.ruleId} ${String(finding.code)}`).toBe(entry?.severity);
  }
}

const SCHEMAS = new WeakMap<FindingKinds, ReturnType<typeof findingSchemaOf>>();

/**
 * Every finding parses with its area's finding schema (strict: no field its kind does not name)
 * and its message is the one its kind writes from its facts.
 */
export function expectKindFindings(findings: readonly Finding[], kinds: FindingKinds): void {
  const schema = SCHEMAS.get(kinds) ?? findingSchemaOf(kinds);
  SCHEMAS.set(kinds, schema);
  for (const finding of findings) {
    const parsed = schema.safeParse(finding);
    expect(parsed.error?.issues ?? [], `${finding.ruleId} ${String(finding.code)}: ${finding.message}`).toEqual([]);
    const kind = kinds[String(finding.code)];
    expect(kind?.message(finding), String(finding.code)).toBe(finding.message);
  }
}
