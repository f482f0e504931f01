// A few spawned runs of the built binary: random inputs of every area (the same arbitraries as
// every-output-renders.property.test.ts, drawn with a fixed seed) through every output format of
// each record command and of `queue`. Each run exits 0 with a non-empty output and no error.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { closedWithoutContestArb, portalCaseArb, spenddownCaseArb, webcmCaseArb } from "./arbitraries.js";

const dir = mkdtempSync(join(tmpdir(), "hfs-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = 23;
const [portal] = fc.sample(portalCaseArb, { seed: SEED, numRuns: 1 });
const [webcm] = fc.sample(webcmCaseArb, { seed: SEED, numRuns: 1 });
const [spenddown] = fc.sample(spenddownCaseArb, { seed: SEED, numRuns: 1 });
if (!portal || !webcm || !spenddown) throw new Error("fast-check drew no sample");

const file = (name: string, records: readonly unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return path;
};
// With tickets closed without a contest: deadlines `not used` in every format.
const notContested = fc
  .sample(closedWithoutContestArb, { seed: SEED, numRuns: 2 })
  .map((t, i) => ({ ...t, ticketNumber: `N-${i + 1}` }));
const tickets = file("tickets.ndjson", [...portal.tickets, ...notContested]);
const histories = file("webcm.ndjson", webcm.histories);
const quarters = file("quarters.ndjson", [spenddown.quarter]);

const runs: [string, string[]][] = [
  ...["table", "json", "ndjson", "ics", "html"].map((f): [string, string[]] => [
    `ticket --format ${f}`,
    ["ticket", tickets, "--as-of", portal.asOf, "--format", f],
  ]),
  ["ticket --project --format table", ["ticket", tickets, "--as-of", portal.asOf, "--project", "--format", "table"]],
  ["ticket --project --format html", ["ticket", tickets, "--as-of", portal.asOf, "--project", "--format", "html"]],
  ...["table", "json", "ics"].map((f): [string, string[]] => [
    `webcm deadlines --format ${f}`,
    ["webcm", "deadlines", histories, "--as-of", webcm.asOf, "--format", f],
  ]),
  ...["table", "json", "ics"].map((f): [string, string[]] => [
    `spenddown quarter --format ${f}`,
    ["spenddown", "quarter", quarters, "--as-of", spenddown.asOf, "--format", f],
  ]),
  ...["table", "csv", "json", "ndjson", "ics"].map((f): [string, string[]] => [
    `queue --format ${f}`,
    ["queue", tickets, "--webcm", histories, "--spenddown", quarters, "--as-of", spenddown.asOf, "--format", f],
  ]),
];

describe("every output format of the CLI, spawned, on random inputs of every area", () => {
  for (const [name, args] of runs)
    it(name, () => {
      const run = cli(args);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    });
});
