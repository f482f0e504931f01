// Issue 23, item 4 (with item 3): a property put on Object.prototype, before the import or after it,
// changes no answer of the module-level code: holiday tables, calendars, the rule registry, sources,
// finding codes, defaults. Each case runs in a child process (the pollution would reach every other
// test of this worker) and its answers are compared, as JSON, with those of a clean process.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "pollution-answers.mjs");
// The library bundled once here, in a clean process, and run by plain Node in the child: a key put
// on Object.prototype before the import must meet the library's code, not a loader's. (Under
// `--import tsx` on Node 22 the pollution reached tsx's own transform: `source` changed the text
// it compiled.)
// Its dependencies stay packages, resolved from the repository's node_modules (the bundle is
// written below it, in a folder of its own per run).
const ROOT = join(import.meta.dirname, "..", "..");
const CACHE = join(ROOT, "node_modules", ".cache");
mkdirSync(CACHE, { recursive: true });
const BUNDLE = join(mkdtempSync(join(CACHE, "hfs-pollution-")), "internal.mjs");
buildSync({
  entryPoints: [join(ROOT, "src", "internal.ts")],
  bundle: true,
  packages: "external",
  format: "esm",
  platform: "node",
  outfile: BUNDLE,
  logLevel: "silent",
});
afterAll(() => rmSync(dirname(BUNDLE), { recursive: true, force: true }));
/** Names of real settings, options and fields of the library, and of its own constants' optional keys. */
const KEYS = [
  "onError",
  "detail",
  "options",
  "calendar",
  "asOf",
  "validate",
  "closedOn",
  "type",
  "date",
  "name",
  "weekend",
  "source",
  "basis",
  "note",
  "from",
  "to",
  "monthOnly",
  "openPoints",
  "parameters",
  "url",
  "juneteenth2022",
  "holidaysOfYear",
  "provenance",
  "version",
  "severity",
  "summary",
  "ruleId",
  "code",
];

/**
 * The keys put on Object.prototype before the import: all but `source`, which Node's own ES module
 * loader reads off a plain object (a polluted `source` is compiled as the module's text: any
 * program's import fails, whatever the library does).
 */
const BEFORE_IMPORT_KEYS = KEYS.filter((key) => key !== "source");

function answers(mode: string, keys: readonly string[] = KEYS): unknown {
  const out = execFileSync(process.execPath, [SCRIPT, mode, keys.join(","), BUNDLE], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(out);
}

/**
 * Operations that read a caller's settings or options: with a polluted prototype they read the
 * inherited key (`options.juneteenth2022`, `settings.calendar`) and refuse the call. That reading is
 * the boundary's (issue 23, item 3), not module-level code; until it reads own properties only, these
 * may answer with a RuleInputError, never with another error or a changed answer.
 */
const READ_SETTINGS = new Set(["holidays2021", "holidays2022", "holidays2031", "tickets"]);

function compare(polluted: Record<string, unknown>, clean: Record<string, unknown>): void {
  expect(Object.keys(polluted).sort()).toEqual(Object.keys(clean).sort());
  for (const [name, answer] of Object.entries(polluted)) {
    const threw = (answer as { threw?: string } | null)?.threw;
    if (READ_SETTINGS.has(name) && threw !== undefined) expect(threw, name).toMatch(/^RuleInputError: /);
    else expect(answer, name).toEqual(clean[name]);
  }
}

describe("Object.prototype pollution changes no answer of the module-level code", () => {
  const clean = answers("clean") as Record<string, unknown>;
  it("the clean process answers every case", () => {
    for (const [name, answer] of Object.entries(clean))
      expect((answer as { threw?: string } | null)?.threw, name).toBeUndefined();
  });
  it("keys set before the import (not enumerable): the import succeeds and no answer changes", () => {
    compare(answers("before", BEFORE_IMPORT_KEYS) as Record<string, unknown>, clean);
  });
  it("keys set after the import (by assignment, enumerable): no answer changes", () => {
    compare(answers("after") as Record<string, unknown>, clean);
  });
});
