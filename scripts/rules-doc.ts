// Renders docs/rules.md, the rule catalogue, from the registry: the documents (src/rules/sources.ts),
// then every rule with its citations, versions, open points, doc page and rule tables. Used by
// `npm run docs:rules` (scripts/docs-rules.ts) and by the test that fails when the file is stale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findingCodesOf } from "../src/rules/finding-codes.js";
import { parseRuleTable } from "../src/rule-tables/index.js";
import { RULES, type Rule, type RuleVersion, SOURCES, type Source } from "../src/index.js";
import { isTimingRule, type RuleLinks, ruleLinks } from "./rule-links.js";

/** The doc page of each area; a rule with a page of its own is named in RULE_PAGES. */
const AREA_PAGES: Readonly<Record<Rule["area"], { file: string; title: string }>> = {
  calendar: { file: "calendar.md", title: "Calendar and State Holidays" },
  portal: { file: "portal.md", title: "Provider Resolution Portal tickets" },
  sanctions: { file: "sanctions.md", title: "Quarterly sanction calendar" },
  registration: { file: "registration.md", title: "Portal registration" },
  webcm: { file: "webcm.md", title: "WebCM care-coordinator contacts" },
  spenddown: { file: "spenddown.md", title: "Williams spenddown" },
};
const RULE_PAGES: Readonly<Record<string, { file: string; title: string }>> = {
  "PORTAL-STATISTICS": { file: "statistics.md", title: "Portal statistics" },
};

/** The doc page that documents a rule (relative to docs/). */
export function rulePage(rule: Rule): { file: string; title: string } {
  return RULE_PAGES[rule.id] ?? AREA_PAGES[rule.area];
}

/** The numbered open points of docs/interpretations.md: number → title. */
export function openPointTitles(interpretations: string): ReadonlyMap<number, string> {
  const rows = interpretations.matchAll(/^\| (\d+) \| ([^|]+?) \|/gm);
  return new Map([...rows].map((m) => [Number(m[1]), (m[2] ?? "").trim()]));
}

/** The rule tables under `dir` (file names, sorted) that hold a row of each rule. */
export function ruleTablesByRule(dir: string): ReadonlyMap<string, readonly string[]> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const byRule = new Map<string, string[]>();
  for (const file of files) {
    const table = parseRuleTable(readFileSync(join(dir, file), "utf8"), file);
    const rules = new Set(table.cases.map((row) => row.rule ?? table.rule ?? ""));
    for (const id of rules) byRule.set(id, [...(byRule.get(id) ?? []), file]);
  }
  return byRule;
}

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

function sourceLink(source: Source): string {
  return `[${source.short}](#source-${source.id})`;
}

function documentsTable(): string[] {
  const citing = (id: string) =>
    RULES.filter((r) => r.source.includes(id) || r.versions.some((v) => v.sources.includes(id))).length;
  return [
    "| ID | Document | Issuer | Date | Kind | Rules citing it |",
    "|---|---|---|---|---|---|",
    ...SOURCES.map((s) => {
      const title = s.url ? `[${cell(s.title)}](${s.url})` : cell(s.title);
      return `| <a id="source-${s.id}"></a>\`${s.id}\` | ${title} | ${cell(s.issuer)} | ${cell(s.date)} | ${s.kind} | ${citing(s.id)} |`;
    }),
  ];
}

function parameters(version: RuleVersion): string {
  const entries = Object.entries(version.parameters);
  const shown = (value: unknown): string => (Array.isArray(value) ? `[${value.join(", ")}]` : String(value));
  return entries.length === 0
    ? "-"
    : entries.map(([k, p]) => `\`${k}\`: ${cell(shown(p.value))} (${p.unit})`).join("; ");
}

/**
 * Repository paths as code spans: src/ and the tests are not in the package, where links to them
 * would break; in the repository each path is one click in an editor or a search away.
 */
const fileLinks = (paths: readonly string[]): string => paths.map((p) => `\`${p}\``).join(", ");

/** Where the rule is defined, computed, tested by properties and documented: one step from its ID. */
function placeLines(rule: Rule, page: { file: string; title: string }, links: RuleLinks | undefined): string[] {
  const section = links?.section ?? page.file;
  const noProperties = isTimingRule(rule) ? "none" : "none (not a timing rule: its rule tables state it)";
  return [
    `- Area: ${rule.area}; documented in [${page.title}](${section}).`,
    `- Defined in ${links?.definition ? fileLinks([links.definition]) : "?"}; code naming it: ${
      links && links.code.length > 0 ? fileLinks(links.code) : "none"
    }.`,
    `- Property tests: ${links && links.properties.length > 0 ? fileLinks(links.properties) : noProperties}.`,
  ];
}

function ruleSection(
  rule: Rule,
  openPoints: ReadonlyMap<number, string>,
  tables: readonly string[],
  links: RuleLinks | undefined,
): string[] {
  const page = rulePage(rule);
  const bySource = new Map(SOURCES.map((s) => [s.id, s]));
  const points = rule.openPoints.map((n) => `[${n}. ${openPoints.get(n) ?? "?"}](interpretations.md)`);
  const tableLinks = tables.map((f) => `[${f}](../test/rule-tables/${f})`);
  return [
    `### ${rule.id}`,
    "",
    `${rule.title}.`,
    "",
    ...placeLines(rule, page, links),
    `- Rule tables: ${tableLinks.length > 0 ? tableLinks.join(", ") : "none"}.`,
    `- Open points: ${points.length > 0 ? points.join("; ") : "none"}.`,
    "- Cited from:",
    ...rule.citations.map((c) => {
      const source = bySource.get(c.source);
      return `  - ${source ? sourceLink(source) : c.source}, ${cell(c.section)}: "${cell(c.quote)}"`;
    }),
    "",
    "| In force from | to | Parameters | Basis |",
    "|---|---|---|---|",
    ...rule.versions.map((v) => {
      const documents = v.sources
        .map((id) => (bySource.has(id) ? sourceLink(bySource.get(id) as Source) : id))
        .join(", ");
      return `| ${v.effectiveFrom}${v.effectiveMonthOnly ? " (month only: open point 9)" : ""} | ${v.effectiveTo ?? "-"} | ${parameters(v)} | ${cell(v.basis)} (${documents}) |`;
    }),
    "",
    ...findingCodes(rule),
  ];
}

function findingCodes(rule: Rule): string[] {
  const codes = findingCodesOf(rule.id);
  if (codes.length === 0) return ["Finding codes: none listed.", ""];
  return [
    "| Finding code | Severity | Meaning | Facts |",
    "|---|---|---|---|",
    ...codes.map(
      (c) =>
        `| \`${c.code}\` | ${c.severity} | ${cell(c.summary)} | ${(c.facts ?? []).map((f) => `\`${f}\``).join(", ") || "-"} |`,
    ),
    "",
  ];
}

/**
 * The text of docs/rules.md for the repository at `root`.
 *
 * @example renderRulesDoc(process.cwd()).startsWith("# Rule catalogue") // true
 */
export function renderRulesDoc(root: string): string {
  const openPoints = openPointTitles(readFileSync(join(root, "docs", "interpretations.md"), "utf8"));
  const tables = ruleTablesByRule(join(root, "test", "rule-tables"));
  const links = ruleLinks(root, RULES, rulePage);
  const areas = [...new Set(RULES.map((r) => r.area))];
  const lines = [
    "# Rule catalogue",
    "",
    "<!-- Generated from the registry by `npm run docs:rules` (scripts/docs-rules.ts); do not edit: a test fails when it is stale. -->",
    "",
    "Every rule the library models, with its stable ID, the documents it comes from (section and a",
    "short quote), its effective-dated versions and parameters, the open points that touch it",
    "([interpretations](interpretations.md)), its doc section, the code that defines and computes it, its",
    "property tests (paths from the repository's root: they are not in the package) and its rule tables",
    "([format](rule-tables.md)).",
    "In code: `RULES`, `getRule`, `ruleVersionAt`, `parameterOf`, `FINDING_CODES`, `SOURCES`, `getSource`. Each rule lists its finding codes (`Finding.code`). The counting words",
    "(calendar days, business days, roll forward) are defined in [the calendar page](calendar.md).",
    "",
    "## Documents",
    "",
    ...documentsTable(),
    "",
    "## Rules",
    "",
    "| ID | Area | Title |",
    "|---|---|---|",
    ...RULES.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.area} | ${cell(r.title)} |`),
    "",
  ];
  for (const area of areas) {
    lines.push(`## ${AREA_PAGES[area].title}`, "");
    for (const rule of RULES.filter((r) => r.area === area))
      lines.push(...ruleSection(rule, openPoints, tables.get(rule.id) ?? [], links.get(rule.id)));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
