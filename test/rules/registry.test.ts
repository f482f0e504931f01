// The rule registry holds every rule of ../shared/RULES.md, and nothing else is ever named.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getRule, hasRule, type IsoDate, parseRuleTable, RULES, ruleVersionAt, SEEDS } from "../../src/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ID = /\b(?:CAL|PORTAL|SANCTION|REGISTRATION|WEBCM|SPENDDOWN)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f))
    .map((f) => join(ROOT, dir, f));
}

describe("rule registry", () => {
  it("holds exactly the rule IDs of ../shared/RULES.md", () => {
    const catalogue = readFileSync(join(ROOT, "..", "shared", "RULES.md"), "utf8");
    const ids = new Set([...catalogue.matchAll(/^\| ((?:CAL|PORTAL|SANCTION|REGISTRATION|WEBCM|SPENDDOWN)-[A-Z0-9-]+) \|/gm)].map((m) => m[1]));
    expect(ids.size).toBeGreaterThan(30);
    expect(new Set(RULES.map((r) => r.id))).toEqual(ids);
  });

  it("has no duplicate IDs", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("gives every rule a title, a quote, known seeds and ordered, non-overlapping versions", () => {
    const seeds = new Set<string>(Object.values(SEEDS));
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.quote.length, rule.id).toBeGreaterThan(10);
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.source) expect(seeds.has(s), `${rule.id} cites ${s}`).toBe(true);
      expect(rule.versions.length, rule.id).toBeGreaterThan(0);
      rule.versions.forEach((v, i) => {
        if (v.effectiveTo !== null) expect(v.effectiveFrom <= v.effectiveTo, rule.id).toBe(true);
        const next = rule.versions[i + 1];
        if (next) {
          expect(v.effectiveTo, `${rule.id} version ${i} must end before the next starts`).not.toBeNull();
          expect((v.effectiveTo ?? "") < next.effectiveFrom, rule.id).toBe(true);
        }
      });
    }
  });

  it("applies the version in force (fines only from May 2020)", () => {
    expect(ruleVersionAt("PORTAL-FINE", "2020-04-30" as IsoDate)).toBeUndefined();
    expect(ruleVersionAt("PORTAL-FINE", "2020-05-01" as IsoDate)?.parameters.amountCents).toBe(500000);
    expect(() => getRule("NO-SUCH-RULE")).toThrow("NO-SUCH-RULE");
  });

  it("knows every rule ID named in src/, test/, docs/ and examples/", () => {
    const files = [
      ...filesUnder("src", /\.ts$/),
      ...filesUnder("test", /\.(ts|ya?ml)$/),
      ...filesUnder("docs", /\.md$/),
      ...filesUnder("examples", /\.ts$/),
    ];
    const unknown = new Set<string>();
    for (const file of files) {
      for (const [id] of readFileSync(file, "utf8").matchAll(ID)) {
        if (!hasRule(id)) unknown.add(`${id} in ${file.slice(ROOT.length + 1)}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it("has at least one rule-table row for every rule", () => {
    const dir = join(ROOT, "test", "rule-tables");
    const covered = new Set<string>();
    for (const file of filesUnder("test/rule-tables", /\.ya?ml$/)) {
      const table = parseRuleTable(readFileSync(file, "utf8"), file.slice(dir.length + 1));
      for (const row of table.cases) covered.add(row.rule ?? table.rule ?? "");
    }
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
