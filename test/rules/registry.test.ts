// The rule registry holds every rule of the product's catalogue (docs/rules.md), each citing
// documents of the source registry, and nothing else is ever named.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  getRule,
  getSource,
  type IsoDate,
  parameterOf,
  RULES,
  type RuleId,
  ruleDocuments,
  ruleVersionAt,
  SOURCES,
} from "../../src/index.js";
import { hasRule, parameterInForce, ruleParameter } from "../../src/rules/registry.js";
import { hasSource } from "../../src/rules/sources.js";
import { parseRuleTable } from "../../src/rule-tables/index.js";
import { openPointTitles } from "../../scripts/rules-doc.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ID = /\b(?:CAL|PORTAL|SANCTION|REGISTRATION|WEBCM|SPENDDOWN)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f))
    .map((f) => join(ROOT, dir, f));
}

describe("rule registry", () => {
  it("holds exactly the rules of its catalogue, docs/rules.md, in the same order", () => {
    const catalogue = readFileSync(join(ROOT, "docs", "rules.md"), "utf8");
    const ids = [
      ...catalogue.matchAll(/^### ((?:CAL|PORTAL|SANCTION|REGISTRATION|WEBCM|SPENDDOWN)-[A-Z0-9-]+)$/gm),
    ].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(RULES.map((r) => r.id)).toEqual(ids);
  });

  it("has no duplicate IDs", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("gives every rule a title, citations of known documents and ordered, non-overlapping versions", () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) {
        expect(hasSource(c.source), `${rule.id} cites ${c.source}`).toBe(true);
        expect(c.section.length, `${rule.id}: section of ${c.source}`).toBeGreaterThan(0);
        expect(c.quote.length, `${rule.id}: quote of ${c.source}`).toBeGreaterThan(10);
        expect(c.quote.length, `${rule.id}: a short quote of ${c.source}`).toBeLessThanOrEqual(300);
      }
      expect(rule.source).toEqual([...new Set(rule.citations.map((c) => c.source))]);
      expect(ruleDocuments(rule.id)).toEqual(rule.source.map((id) => getSource(id).short));
      expect(rule.versions.length, rule.id).toBeGreaterThan(0);
      rule.versions.forEach((v, i) => {
        expect(v.sources.length, `${rule.id} version ${i} names the documents of its basis`).toBeGreaterThan(0);
        for (const id of v.sources) expect(hasSource(id), `${rule.id} version ${i} cites ${id}`).toBe(true);
        if (v.effectiveTo !== null) expect(v.effectiveFrom <= v.effectiveTo, rule.id).toBe(true);
        const next = rule.versions[i + 1];
        if (next) {
          expect(v.effectiveTo, `${rule.id} version ${i} must end before the next starts`).not.toBeNull();
          expect((v.effectiveTo ?? "") < next.effectiveFrom, rule.id).toBe(true);
        }
      });
    }
  });

  it("names only open points that docs/interpretations.md lists", () => {
    const points = openPointTitles(readFileSync(join(ROOT, "docs", "interpretations.md"), "utf8"));
    expect(points.size).toBeGreaterThanOrEqual(10);
    for (const rule of RULES)
      for (const n of rule.openPoints) expect(points.has(n), `${rule.id} names open point ${n}`).toBe(true);
  });

  it("applies the version in force (fines only from May 2020)", () => {
    expect(ruleVersionAt("PORTAL-FINE", "2020-04-30" as IsoDate)).toBeUndefined();
    expect(ruleVersionAt("PORTAL-FINE", "2020-05-01" as IsoDate)?.parameters.amountCents.value).toBe(500000);
    expect(() => getRule("NO-SUCH-RULE" as RuleId)).toThrow("NO-SUCH-RULE");
  });
  it("reads parameters by rule and name, typed, with lists as arrays and units beside the values", () => {
    expect(parameterOf("PORTAL-PROPOSAL-DUE", "2024-01-01" as IsoDate, "days")).toBe(30);
    expect(parameterOf("SPENDDOWN-QUARTERLY-REPORTS", "2024-01-01" as IsoDate, "reportDueDates")).toEqual([
      "11-01",
      "02-01",
      "05-01",
      "08-01",
    ]);
    expect(ruleVersionAt("PORTAL-PROPOSAL-DUE", "2024-01-01" as IsoDate)?.parameters.days).toEqual({
      value: 30,
      unit: "calendar-days",
    });
    expect(parameterInForce("PORTAL-FINE", "2020-04-30" as IsoDate, "amountCents")).toBeUndefined();
    expect(() => parameterOf("PORTAL-FINE", "2020-04-30" as IsoDate, "amountCents")).toThrow(
      "PORTAL-FINE is not in force",
    );
    expect(() => ruleParameter("PORTAL-FINE", "2024-01-01" as IsoDate, "nope")).toThrow("no parameter 'nope'");
    expect(() => ruleParameter("NO-SUCH-RULE", "2024-01-01" as IsoDate, "days")).toThrow("NO-SUCH-RULE");
  });
  it("applies open point 9 (month-only effective dates) in the registry lookup, for every area", () => {
    const mid = "2020-05-15" as IsoDate;
    expect(ruleVersionAt("PORTAL-FINE", mid)?.effectiveFrom).toBe("2020-05-01");
    expect(ruleVersionAt("PORTAL-FINE", mid, { monthOnlyEffectiveDate: "first-day-of-month" })?.effectiveFrom).toBe(
      "2020-05-01",
    );
    expect(ruleVersionAt("PORTAL-FINE", mid, { monthOnlyEffectiveDate: "first-day-of-next-month" })).toBeUndefined();
    expect(
      ruleVersionAt("PORTAL-FINE", "2020-06-01" as IsoDate, { monthOnlyEffectiveDate: "first-day-of-next-month" })
        ?.effectiveFrom,
    ).toBe("2020-05-01");
    // A version with a full date is untouched by the option.
    expect(
      ruleVersionAt("PORTAL-PROPOSAL-DUE", "2020-02-28" as IsoDate, {
        monthOnlyEffectiveDate: "first-day-of-next-month",
      }),
    ).toBeDefined();
    for (const rule of RULES)
      for (const v of rule.versions)
        if (v.effectiveMonthOnly) expect(v.effectiveFrom.endsWith("-01"), rule.id).toBe(true);
  });

  it("knows every rule ID named in src/, test/, docs/, examples/ and the README", () => {
    const files = [
      join(ROOT, "README.md"),
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

describe("source registry", () => {
  it("gives every document a stable ID (lower case, digits, '-' and '.'), an issuer, a title, a date, a kind and a citation line", () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const s of SOURCES) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
      for (const field of [s.issuer, s.title, s.date, s.kind, s.short]) expect(field.length, s.id).toBeGreaterThan(0);
      if (s.url !== undefined) expect(s.url, s.id).toMatch(/^https?:\/\/[^\s]+$/);
      expect(getSource(s.id)).toBe(s);
    }
    expect(() => getSource("no-such-document")).toThrow("no-such-document");
  });

  it("holds the five policy texts the rules come from", () => {
    const policy = [
      "hfs-prp-requirements",
      "hfs-hsp-webcm-contacts",
      "hfs-press-2017-02-08",
      "hfs-notice-2023-02-22",
      "dhs-williams-spenddown",
    ];
    for (const id of policy)
      expect(
        RULES.some((r) => r.source.includes(id)),
        id,
      ).toBe(true);
    expect(getSource("hfs-notice-2023-02-22").short).toBe("HFS Provider Notice of 2023-02-22");
  });
});
