// A browser bundle of one operation takes in that operation, not its neighbours (issue 23, item 7):
// each declaration of src/api/operations is written pure (`/* @__PURE__ */`), so a bundler drops
// the declarations, entries and runs a program does not import, though they share a module. The
// bundle of evaluateTicket alone runs without Node and answers as the package does, and neither it
// nor that of addBusinessDays keeps a module-level value nothing reads (a call not marked pure).
// Sizes are figures of `npm run bench`, never thresholds here.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { CLEAN_TICKET } from "../portal/ticket-fixture.js";
import { evaluateTicket, type TicketInput } from "../../src/index.js";

const ROOT = resolve(import.meta.dirname, "../..");
const OPERATIONS = join(ROOT, "src/api/operations");

/** A browser bundle of `name` alone from the source (IIFE exposing `lib`, or ESM) and the files it takes code from. */
async function bundle(name: string, format: "iife" | "esm" = "iife"): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${name} } from "./src/index.ts";`, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "browser",
    format,
    globalName: "lib",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values((result.metafile as Metafile).outputs)[0]?.inputs ?? {};
  return {
    code: result.outputFiles[0]?.text ?? "",
    inputs: Object.entries(inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  };
}

// A clean ticket presented 2024-06-04 with no proposal by its due date 2024-07-05: overdue on 2024-07-10.
const TICKET: TicketInput = { ...CLEAN_TICKET, events: [{ type: "presented to MCO", date: "2024-06-04" }] };

describe("a browser bundle of one operation", () => {
  it("of evaluateTicket alone: leaves out the batch, the evaluator and the due dates; runs without Node", async () => {
    const { code, inputs } = await bundle("evaluateTicket");
    for (const left of ["src/core/batch.ts", "src/api/operations/portal-evaluator.ts", "portal-due-dates.ts"])
      expect(inputs.filter((input) => input.endsWith(left))).toEqual([]);
    const call = `JSON.stringify(lib.evaluateTicket(${JSON.stringify(TICKET)}, { asOf: "2024-07-10" }))`;
    const answer = JSON.parse(runInNewContext(`${code}\n;${call}`, {}, { timeout: 10_000 }) as string);
    expect(answer).toEqual(JSON.parse(JSON.stringify(evaluateTicket(TICKET, { asOf: "2024-07-10" }))));
    expect(answer.overdue).toBe(true);
  });
  it("of dueDate alone: takes in no area's policy, only the rule registry (its rule IDs)", async () => {
    const { inputs } = await bundle("dueDate");
    for (const area of ["/portal/", "/spenddown/", "/webcm/", "/sanctions/", "/registration/"])
      expect(inputs.filter((input) => input.includes(area) && !input.endsWith("/rules.ts"))).toEqual([]);
  });
});

/**
 * The module-level values of the library's own code that a bundle keeps though nothing in it reads
 * them: a call esbuild cannot tell is pure (`frozen(…)`, a zod schema) stays unless marked.
 */
function unreadValues(code: string): string[] {
  const unread: string[] = [];
  let inLibrary = false;
  for (const line of code.split("\n")) {
    if (/^\/\/ \S+\.(ts|js)$/.test(line)) inLibrary = !line.includes("node_modules");
    const declared = /^var ([\w$]+) = .*\(/.exec(line);
    if (!inLibrary || declared === null) continue;
    const name = declared[1] as string;
    const uses = code.match(new RegExp(`(?<![\\w$])${name.replaceAll("$", "\\$")}(?![\\w$])`, "g"));
    if ((uses?.length ?? 0) <= 1) unread.push(name);
  }
  return unread;
}

describe("a browser bundle keeps no value nothing reads", () => {
  it.each(["evaluateTicket", "addBusinessDays"])("of %s alone", async (name) => {
    expect(unreadValues((await bundle(name, "esm")).code)).toEqual([]);
  });
});

describe("the declarations of src/api/operations", () => {
  // esbuild keeps a module-level call unless it is marked pure, and the mark does not cross modules.
  const files = readdirSync(OPERATIONS).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s: every declaration, entry and argument is marked pure", (file) => {
    const text = readFileSync(join(OPERATIONS, file), "utf8");
    const unmarked = [
      ...text.matchAll(/^export const \w+[^\n]*? =\s*(?!\/\* @__PURE__ \*\/)(declareOperation|entry)\(/gm),
      ...text.matchAll(/(?<!\/\* @__PURE__ \*\/ )\b(data|items|withItems|settings|value)\(/g),
    ]
      .filter((m) => m[0].startsWith("export") || isInArguments(text, m.index))
      .map((m) => m[0].trim());
    expect(unmarked).toEqual([]);
  });
});

/** Whether `index` is inside an `arguments: [...]` list of a declaration. */
function isInArguments(text: string, index: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", index) + 1, text.indexOf("\n", index));
  return /^\s*arguments: \[/.test(line);
}
