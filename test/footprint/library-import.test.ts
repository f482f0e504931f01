// A library import of the root loads none of the CLI's dependencies (issue 23, item 7): the
// built root, imported (ESM, every resolved module recorded by a loader hook) or required (CJS,
// require.cache), in a child Node process. The rule-table runner (yaml) and the iCalendar writer
// (ical-generator) are not part of the root; the controls check that the harness sees a load.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI_DEPENDENCIES = ["commander", "csv-parse", "csv-stringify", "yaml", "date-fns", "ical-generator"];
const built = existsSync(join(ROOT, "dist/index.js")) && existsSync(join(ROOT, "dist/index.cjs"));

/** The packages under node_modules among the paths or URLs. */
function packagesIn(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(path);
    if (match?.[1]) found.add(match[1].replace("\\", "/"));
  }
  return [...found].sort();
}

/** The packages an ESM import of `specifier` (by the package's own name) resolves, in a child process. */
function importedPackages(specifier: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "hfs-loads-"));
  const file = join(dir, "loads.txt");
  try {
    execFileSync(
      process.execPath,
      [
        "--import",
        "./test/footprint/register-loads.mjs",
        "--input-type=module",
        "-e",
        `await import(${JSON.stringify(specifier)});`,
      ],
      { cwd: ROOT, env: { ...process.env, LOADS_FILE: file }, stdio: ["ignore", "ignore", "inherit"] },
    );
    return packagesIn(readFileSync(file, "utf8").split("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The packages a CommonJS require of `file` loads (require.cache), in a child process. */
function requiredPackages(file: string): string[] {
  const script = `require(${JSON.stringify(file)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  return packagesIn(JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })));
}

describe.runIf(built)("a library import of the built root loads none of the CLI's dependencies", () => {
  // The Node build holds the part of zod it uses (tsup.config.ts): no installed package at all.
  it('import("hfs-mco-rules"): no installed package, zod inside the build', () => {
    const loaded = importedPackages("hfs-mco-rules");
    for (const name of CLI_DEPENDENCIES) expect(loaded, `${name} is loaded`).not.toContain(name);
    expect(loaded).toEqual([]);
  });
  it('require("hfs-mco-rules") (dist/index.cjs): no installed package, zod inside the build', () => {
    const loaded = requiredPackages("./dist/index.cjs");
    for (const name of CLI_DEPENDENCIES) expect(loaded, `${name} is loaded`).not.toContain(name);
    expect(loaded).toEqual([]);
  });
  it("the controls: the rule-table runner's entry loads yaml, by import and by require", () => {
    expect(importedPackages("hfs-mco-rules/rule-tables")).toContain("yaml");
    expect(requiredPackages("./dist/rule-tables.cjs")).toContain("yaml");
  });
});
