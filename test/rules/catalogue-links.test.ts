// One step from a rule ID to everything (docs/rules.md): every rule of the registry has its
// definition, code that computes or reports it, at least one rule table, a section of its doc page
// that names it and, when it sets a date, a fast-check property that names it (principle 8).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isTimingRule, ruleLinks } from "../../scripts/rule-links.js";
import { rulePage, ruleTablesByRule } from "../../scripts/rules-doc.js";
import { RULES } from "../../src/index.js";

const ROOT = resolve(import.meta.dirname, "../..");
const links = ruleLinks(ROOT, RULES, rulePage);
const tables = ruleTablesByRule(join(ROOT, "test", "rule-tables"));

describe("every rule has each place it needs", () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    const found = links.get(id);
    const missing = [
      found?.definition === undefined && "a definition in a rules.ts",
      (found?.code.length ?? 0) === 0 && "code that names it",
      (tables.get(id)?.length ?? 0) === 0 && "a rule table",
      found?.section === undefined && `a section of docs/${rulePage(rule).file} that names it`,
      isTimingRule(rule) && (found?.properties.length ?? 0) === 0 && "a fast-check property that names it",
    ].filter(Boolean);
    expect(missing).toEqual([]);
  });

  it("every path the catalogue names exists", () => {
    const catalogue = readFileSync(join(ROOT, "docs", "rules.md"), "utf8");
    const paths = [...catalogue.matchAll(/`((?:src|test)\/[^`\s]+\.ts)`/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(RULES.length * 2);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it("a property names its rule: a test file without fast-check is not counted", () => {
    const fine = links.get("PORTAL-FINE");
    expect(fine?.properties.every((p) => /\bfc\.assert\(/.test(readFileSync(join(ROOT, p), "utf8")))).toBe(true);
    expect(links.get("PORTAL-EXTENSION-REQUEST")?.properties).toContain("test/portal/properties.test.ts");
    expect(links.get("PORTAL-EXTENSION-REQUEST")?.definition).toBe("src/portal/rules.ts");
  });
});
