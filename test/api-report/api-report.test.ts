// The exported surface is the one the API report says (api/exports.json): a name added, moved or
// removed without regenerating the report fails here. After a deliberate change, run
// `npm run api:report`, review the diff of api/exports.json, and list every removed or moved name
// in the migration table of the next version (docs/migration-0.3.md).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiReport, REPORT_FILE, reportText } from "../../scripts/api-report.js";
import { OPERATIONS } from "../../src/api/index.js";

// One reading of the source for the whole file: the TypeScript checker takes seconds.
const current = apiReport();
const HOW = "the exported surface differs from api/exports.json: run `npm run api:report`, review its diff";

describe("the API report", () => {
  it("is checked in", () => {
    expect(existsSync(REPORT_FILE), "api/exports.json is missing: run `npm run api:report`").toBe(true);
  });
  it("matches the entries' exports, runtime names with their kinds and type-only names", async () => {
    const checkedIn = readFileSync(REPORT_FILE, "utf8");
    const now = reportText(await current);
    expect(now, HOW).toBe(checkedIn);
  }, 60_000);
  it("keeps the root small: the operations and the vocabulary, no schema, no helper", async () => {
    const { "hfs-mco-rules": root } = await current;
    const names = Object.keys(root.runtime);
    expect(names.filter((n) => root.runtime[n] === "zod schema")).toEqual([]);
    for (const helper of ["deepFreeze", "cutText", "describeValue", "median", "parseInput", "runCase", "toICalendar"])
      expect(names, helper).not.toContain(helper);
  }, 60_000);
  // Issue 23, item 6 brought the root to 60 names: 38 operations and 22 others (the vocabulary,
  // the rule catalogue's lookups, the error class). A public operation is declared once in src/api
  // and listed in docs/api.md, so the root grows with the operations only; everything else stays
  // at 22 names or fewer, and a new vocabulary list goes to the /schemas subpath.
  it("keeps the root at the public operations and 22 other names or fewer", async () => {
    const { "hfs-mco-rules": root } = await current;
    const operations = new Set(OPERATIONS.map((o) => o.name));
    const names = Object.keys(root.runtime);
    expect(names.filter((n) => operations.has(n)).length).toBe(operations.size);
    expect(names.filter((n) => !operations.has(n)).length).toBeLessThanOrEqual(22);
  }, 60_000);
});
