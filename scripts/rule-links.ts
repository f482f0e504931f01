// From a rule ID to every place that states or checks it, for the catalogue (docs/rules.md): the
// code that defines and computes it, its property tests and its doc section. Found by reading
// the repository: a file of src/ names the rule as a string ("PORTAL-FINE"); a property test is a
// test file that calls fast-check and names the rule; the doc section is the first section of
// its page that names it. test/docs.test.ts checks that every rule has each kind it needs.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, sep } from "node:path";
import type { Rule } from "../src/index.js";

/** Units of a parameter that make a rule a timing rule (principle 8: tested twice). */
const TIMING_UNITS = new Set([
  "calendar-days",
  "business-days",
  "weeks",
  "months",
  "day-of-month",
  "month-of-year",
  "month-days",
  "roll",
  "weekdays",
]);

/** Whether a rule sets a date: a parameter counts days, weeks or months, or the rule is a calendar rule. */
export function isTimingRule(rule: Rule): boolean {
  return (
    rule.area === "calendar" ||
    rule.versions.some((v) => Object.values(v.parameters).some((p) => TIMING_UNITS.has(p.unit)))
  );
}

/** The places of one rule, as paths relative to the repository (docs/ for the section). */
export interface RuleLinks {
  /** The file that defines it (its registry entry). */
  readonly definition: string | undefined;
  /** The other files of src/ that name it: the code that computes, checks or reports it. */
  readonly code: readonly string[];
  /** The test files with fast-check properties that name it. */
  readonly properties: readonly string[];
  /** `<page>.md#<anchor>`: the first section of its doc page that names it. */
  readonly section: string | undefined;
}

interface TextFile {
  readonly path: string;
  readonly text: string;
}

function readTree(root: string, dir: string, keep: (path: string) => boolean): TextFile[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .map((f) => posix.join(dir, f.split(sep).join("/")))
    .filter(keep)
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

/** The rule ID as a whole word: PORTAL-FINE is not found in PORTAL-FINE-NOTICE. */
const idPattern = (id: string): RegExp => new RegExp(`(?<![A-Z0-9-])${id}(?![A-Z0-9-])`);

/** GitHub's anchor of a Markdown heading. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");
}

/** The first section of a Markdown page whose heading or text names `id`, as `#anchor` (undefined: none). */
function sectionNaming(page: string, id: string): string | undefined {
  const seen = new Map<string, number>();
  let anchor: string | undefined;
  let inCode = false;
  for (const line of page.split("\n")) {
    if (line.startsWith("```")) inCode = !inCode;
    const heading = inCode ? undefined : /^#{1,6} (.+)$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchor = n === 0 ? base : `${base}-${n}`;
    }
    if (anchor !== undefined && idPattern(id).test(line)) return anchor;
  }
  return undefined;
}

/**
 * The places of every rule in the repository at `root`, by rule ID. `pageOf` gives a rule's doc
 * page (relative to docs/).
 *
 * @example ruleLinks(process.cwd(), RULES, rulePage).get("PORTAL-FINE")?.definition // "src/portal/rules.ts"
 */
export function ruleLinks(
  root: string,
  rules: readonly Rule[],
  pageOf: (rule: Rule) => { file: string },
): ReadonlyMap<string, RuleLinks> {
  const src = readTree(root, "src", (p) => p.endsWith(".ts"));
  const tests = readTree(root, "test", (p) => p.endsWith(".test.ts")).filter((f) => /\bfc\.assert\(/.test(f.text));
  const pages = new Map<string, string>();
  const page = (file: string) => {
    if (!pages.has(file)) pages.set(file, readFileSync(join(root, "docs", file), "utf8"));
    return pages.get(file) as string;
  };
  const links = new Map<string, RuleLinks>();
  for (const rule of rules) {
    const quoted = `"${rule.id}"`;
    const definition = src.find((f) => f.path.endsWith("/rules.ts") && f.text.includes(`id: ${quoted}`))?.path;
    const named = idPattern(rule.id);
    const file = pageOf(rule).file;
    const anchor = sectionNaming(page(file), rule.id);
    links.set(rule.id, {
      definition,
      code: src.filter((f) => f.path !== definition && f.text.includes(quoted)).map((f) => f.path),
      properties: tests.filter((f) => named.test(f.text)).map((f) => f.path),
      section: anchor === undefined ? undefined : `${file}#${anchor}`,
    });
  }
  return links;
}
