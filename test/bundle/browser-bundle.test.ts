// The calendar functions bundle for the browser apart from the rest of the package: an esbuild
// --platform=browser bundle of addBusinessDays alone builds, leaves out zod, the YAML reader, the
// CLI's dependencies and the other areas, and runs in a context with no Node globals. Its size is
// a figure of `npm run bench`, never a threshold here.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const ESM_BUILD = join(ROOT, "dist/esm/index.js");

/** A browser bundle (IIFE) exposing `addBusinessDays` of `entry` as `calendar`, with the files it took code from. */
async function bundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { addBusinessDays } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "calendar",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]?.text ?? "", inputs: inBundle(result.metafile as Metafile) };
}

/** The files that put code in the bundle (the metafile's inputs also list the files read and then dropped). */
function inBundle(metafile: Metafile): string[] {
  const inputs = Object.values(metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

/** Runs a bundle in a fresh context: ECMAScript's globals only (no process, require, Buffer, module). */
function runAlone(code: string, call: string): unknown {
  const context: Record<string, unknown> = {};
  return runInNewContext(`${code}\n;${call}`, context, { timeout: 5000 });
}

function expectCalendarOnly(inputs: readonly string[]): void {
  for (const left of [
    "node_modules/zod",
    "node_modules/yaml",
    "node_modules/commander",
    "node_modules/csv-parse",
    "node_modules/ical-generator",
    "/portal/",
    "/spenddown/",
    "/rules/registry",
    "/rule-tables/",
  ]) {
    expect(
      inputs.filter((input) => input.includes(left)),
      `${left} is in the bundle`,
    ).toEqual([]);
  }
}

describe("a browser bundle of addBusinessDays alone", () => {
  it("from the source: builds, takes in the calendar only, and runs without Node", async () => {
    const { code, inputs } = await bundle("./src/index.ts");
    expectCalendarOnly(inputs);
    expect(inputs.some((input) => input.endsWith("src/calendar/add-business-days.ts"))).toBe(true);
    expect(runAlone(code, 'calendar.addBusinessDays("2024-07-03", 1)')).toBe("2024-07-05"); // 07-04 Independence Day
    expect(runAlone(code, 'calendar.addBusinessDays("2024-12-20", 5)')).toBe("2024-12-30"); // 12-25 Christmas
  });
  it("a bad argument is still a RuleInputError naming it, in the bundle", async () => {
    const { code } = await bundle("./src/index.ts");
    const message = runAlone(
      code,
      'try { calendar.addBusinessDays("2024-02-30", 1); "no error" } catch (e) { e.name + ": " + e.message }',
    );
    expect(message).toMatch(/^RuleInputError: addBusinessDays: date: /);
  });
  it.runIf(existsSync(ESM_BUILD))("from the ESM build for bundlers (dist/esm): the same", async () => {
    const { code, inputs } = await bundle("./dist/esm/index.js");
    expectCalendarOnly(inputs);
    expect(runAlone(code, 'calendar.addBusinessDays("2024-07-03", 1)')).toBe("2024-07-05");
    expect(runAlone(code, 'calendar.addBusinessDays("2031-07-03", 1)')).toBe("2031-07-07"); // a projected year: 07-04 Friday
  });
  it.runIf(existsSync(ESM_BUILD))(
    "by the package's name, as a bundler resolves it (the exports map's browser condition): the same",
    async () => {
      const { code, inputs } = await bundle("hfs-mco-rules");
      expectCalendarOnly(inputs);
      expect(
        inputs.every((input) => !input.endsWith("dist/index.js")),
        "the single-file Node build is in the bundle",
      ).toBe(true);
      expect(inputs.some((input) => input.endsWith("dist/esm/calendar/add-business-days.js"))).toBe(true);
      expect(runAlone(code, 'calendar.addBusinessDays("2024-07-03", 1)')).toBe("2024-07-05");
    },
  );
  it("the check sees zod where it is bundled (the schemas)", async () => {
    const result = await build({
      stdin: { contents: 'export { IsoDateSchema } from "./src/schemas.ts";', resolveDir: ROOT, loader: "ts" },
      bundle: true,
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(inBundle(result.metafile).some((input) => input.includes("node_modules/zod"))).toBe(true);
  });
});
