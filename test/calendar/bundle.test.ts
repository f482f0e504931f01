// The package never loads date-holidays (CAL-STATE-HOLIDAYS): the default calendar is data plus
// a statute table, and calendarFromDateHolidays takes the caller's own instance. date-holidays
// (with moment-timezone and astronomia) stays a dev dependency, the oracle of the tests.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm;

/** Every module specifier a source file imports at run time (type-only imports left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) if (!match[2] && match[3]) found.push(match[3]);
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) if (match[1]) found.push(match[1]);
  return found;
}

/** The bare package names reachable from an entry through relative imports. */
function packagesReachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith(".")) queue.push(join(dirname(file), specifier).replace(/\.js$/, ".ts"));
      else
        packages.add(
          specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : (specifier.split("/")[0] ?? specifier),
        );
    }
  }
  return packages;
}

describe("date-holidays is not part of the package", () => {
  it("the import graph of each library entry reaches only run-time dependencies; the command's, no date-holidays", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const reachable = (entry: string) =>
      [...packagesReachable(join(ROOT, entry))].filter((p) => !p.startsWith("node:"));
    for (const entry of ["src/index.ts", "src/schemas.ts", "src/rule-tables/index.ts"]) {
      const packages = reachable(entry);
      expect(packages, entry).not.toContain("date-holidays");
      for (const name of packages)
        expect(Object.keys(manifest.dependencies), `${entry} imports ${name}`).toContain(name);
    }
    // The command bundles what it imports (tsup.config.ts): its packages need not be installed.
    expect(reachable("src/cli/index.ts")).not.toContain("date-holidays");
    expect(reachable("src/cli/index.ts")).toContain("commander");
    expect(Object.keys(manifest.dependencies)).not.toContain("date-holidays");
  });
  it.runIf(existsSync(join(ROOT, "dist/cli.js")))(
    "the built command imports no installed package: it holds them",
    () => {
      const bundle = readFileSync(join(ROOT, "dist/cli.js"), "utf8");
      const bare = [...bundle.matchAll(/^\s*import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)]
        .map((match) => match[1] as string)
        .filter((specifier) => !isBuiltin(specifier) && !specifier.startsWith("."));
      expect(bare).toEqual([]);
      expect(bundle).not.toMatch(/node_modules\/(date-holidays|moment|astronomia)\//);
      const licences = readFileSync(join(ROOT, "dist/cli-licenses.txt"), "utf8");
      for (const name of ["commander", "csv-parse", "csv-stringify", "date-fns", "ical-generator", "yaml", "zod"])
        expect(licences, name).toMatch(new RegExp(`^${name} \\d`, "m"));
    },
  );
  it("the graph walk sees a run-time import where there is one (the oracle's)", () => {
    expect(packagesReachable(join(ROOT, "test/calendar/date-holidays-oracle.ts"))).toContain("date-holidays");
  });
  it.runIf(existsSync(join(ROOT, "dist/index.cjs")))("loading the built package loads no date-holidays module", () => {
    const script = `require("./dist/index.cjs"); process.stdout.write(String(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](date-holidays|moment|astronomia)/.test(k)).length));`;
    expect(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })).toBe("0");
    for (const file of ["dist/index.js", "dist/index.cjs"])
      expect(readFileSync(join(ROOT, file), "utf8")).not.toMatch(/["']date-holidays["']/);
  });
});
