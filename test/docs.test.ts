// The docs stand alone: docs/rules.md is what the registry generates today, every relative link
// of README.md and docs/ resolves inside the repository (and, for what the package ships, inside
// the package), and nothing names a file outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "../scripts/rules-doc.js";
import { CASE_EVALUATORS } from "../src/rule-tables/index.js";

const ROOT = resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const markdown = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.startsWith(`api${sep}`))
    .map((f) => join("docs", f)),
].sort();

/** The anchors a Markdown file offers: GitHub's heading slugs and explicit `<a id>`s. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const body = text.replace(/```[\s\S]*?```/g, "");
  for (const [, heading = ""] of body.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const [, id = ""] of body.matchAll(/<a (?:id|name)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** Relative link targets of a Markdown text (outside code blocks and code spans). */
function linksOf(text: string): string[] {
  const body = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? "")
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** What `npm pack` ships: the entries of package.json "files", plus package.json itself. */
const SHIPPED: readonly string[] = [...(JSON.parse(read("package.json")) as { files: string[] }).files, "package.json"];
const isShipped = (path: string) => SHIPPED.some((entry) => path === entry || path.startsWith(`${entry}/`));

describe("docs", () => {
  it("docs/rules.md is the catalogue the registry generates (run `npm run docs:rules`)", () => {
    expect(read("docs/rules.md")).toBe(renderRulesDoc(ROOT));
  });

  it("have pages to check", () => {
    expect(markdown).toContain("README.md");
    expect(markdown).toContain(join("docs", "rules.md"));
  });

  for (const file of markdown) {
    it(`${file}: every relative link resolves inside the repository and the package`, () => {
      const broken: string[] = [];
      for (const target of linksOf(read(file))) {
        const [path = "", anchor] = target.split("#");
        const absolute = path === "" ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURIComponent(path));
        const inRepo = relative(ROOT, absolute).split(sep).join("/");
        if (inRepo.startsWith("..") || !existsSync(absolute)) {
          broken.push(`${target}: no such file in the repository`);
          continue;
        }
        if (isShipped(file) && !isShipped(inRepo)) broken.push(`${target}: ${inRepo} is not in the package ("files")`);
        if (
          anchor &&
          statSync(absolute).isFile() &&
          absolute.endsWith(".md") &&
          !anchorsOf(readFileSync(absolute, "utf8")).has(anchor)
        ) {
          broken.push(`${target}: no heading or anchor #${anchor} in ${inRepo}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

describe("the product stands alone", () => {
  const files = (dir: string, ext: RegExp) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => ext.test(f) && !f.startsWith(`api${sep}`))
      .map((f) => join(dir, f));
  const product = [
    "README.md",
    "CHANGELOG.md",
    "package.json",
    ...files("src", /\.ts$/),
    ...files("docs", /\.md$/),
    ...files("examples", /\.(ts|csv|json|ndjson)$/),
    ...files("scripts", /\.(ts|mjs)$/),
    ...files("test/rule-tables", /\.ya?ml$/),
  ];
  const tests = files("test", /\.ts$/);
  // A path out of the repository, a file name of the reference texts, the word for them.
  const outside = /\.\.\/shared|shared\/(?:RULES|SOURCES)\.md|shared\/seeds|\b\d{3}_[0-9a-f]{16}\b/;
  const seedWord = /\bseeds?\b/i;
  const seedNumber = /\bseeds? 0\d\d/i;
  const documentNumber = /\(00[0-4][;,)]/;

  it("names no file outside the repository and no document by a file name", () => {
    const hits = [...product, ...tests].filter((f) => outside.test(read(f)));
    expect(hits).toEqual([]);
  });

  it('calls no document a "seed" (src, docs, examples, scripts, rule tables, the README)', () => {
    // The CHANGELOG may say what was renamed; the tests may seed a random generator.
    const hits = product.filter(
      (f) => f !== "CHANGELOG.md" && (seedWord.test(read(f)) || documentNumber.test(read(f))),
    );
    expect(hits).toEqual([]);
    expect(tests.filter((f) => seedNumber.test(read(f)))).toEqual([]);
  });
});

describe("docs/rule-tables.md's recipes are the files that run", () => {
  const doc = read("docs/rule-tables.md");
  const section = doc.slice(doc.indexOf("## In your project's tests"), doc.indexOf("## Matching"));
  const blocks = [...section.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]);
  it("the vitest recipe is test/consumer/rule-tables.vitest.test.ts", () => {
    expect(blocks.find(([lang]) => lang === "ts")?.[1]).toBe(read("test/consumer/rule-tables.vitest.test.ts"));
  });
  it("the node:test recipe is the one the package check runs (scripts/smoke-test.mjs)", () => {
    const smoke = read("scripts/smoke-test.mjs");
    const start = smoke.indexOf("const NODE_TEST_RECIPE = `") + "const NODE_TEST_RECIPE = `".length;
    expect(blocks.find(([lang]) => lang === "js")?.[1]).toBe(smoke.slice(start, smoke.indexOf("`;\n", start)));
  });
});

describe("docs/rule-tables.md says what each kind takes", () => {
  const kinds = read("docs/rule-tables.md").slice(read("docs/rule-tables.md").indexOf("## Kinds"));
  it("names every kind of CASE_EVALUATORS in its Kinds section", () => {
    const missing = Object.keys(CASE_EVALUATORS).filter((kind) => !kinds.includes(`\`${kind}\``));
    expect(missing).toEqual([]);
  });
});
