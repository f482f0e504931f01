// The column-map reading in three time zones far apart (UTC+14, UTC-6/-5, UTC-11): the same
// export gives the same inputs, whatever the process's zone (guide rule 2). The instant
// 2024-06-28T23:30:00Z is 2024-06-28 in the map's America/Chicago, never 2024-06-29 in
// Kiritimati. Child processes with TZ set: the zone is read once, when a process starts.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CLI, ROOT } from "./run-cli.js";

const ZONES = ["Pacific/Kiritimati", "America/Chicago", "Pacific/Pago_Pago", "Asia/Kathmandu"];
const D = "examples/data";
const RUNS: string[][] = [
  ["ticket", `${D}/export-tickets.csv`, "--columns", `${D}/export-tickets.columns.yaml`],
  ["webcm", "deadlines", `${D}/export-webcm.csv`, "--columns", `${D}/export-webcm.columns.yaml`],
  ["spenddown", "quarter", `${D}/export-spenddown.csv`, "--columns", `${D}/export-spenddown.columns.yaml`],
];

const execFileAsync = promisify(execFile);

/** A child process in zone `tz`, its stdout (a failure rejects, with its stderr). */
async function inZone(args: readonly string[], tz: string): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

const run = (args: string[], tz: string) => inZone([CLI, ...args, "--as-of", "2024-10-15", "--format", "ndjson"], tz);

// Four child processes per test, started together: on a busy machine each may take seconds.
const SPAWNS_TIMEOUT = 120_000;

// The library function itself, from the built entry hfs-mco-rules/schemas, in a child process of each zone.
const LIBRARY = `
import { readFileSync } from "node:fs";
import { parse as csv } from "csv-parse/sync";
import { parse as yaml } from "yaml";
import { inputsFromRows } from "./dist/schemas.js";
const rows = csv(readFileSync("${D}/export-tickets.csv"), { columns: true, bom: true });
const read = inputsFromRows(rows, yaml(readFileSync("${D}/export-tickets.columns.yaml", "utf8")));
process.stdout.write(JSON.stringify(read));
`;

describe("column maps read the same in every time zone", () => {
  for (const args of RUNS)
    it(args.slice(0, 2).join(" "), { timeout: SPAWNS_TIMEOUT }, async () => {
      const outputs = await Promise.all(ZONES.map((tz) => run(args, tz)));
      for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
    });
  it("inputsFromRows, and the instant's date is Chicago's", { timeout: SPAWNS_TIMEOUT }, async () => {
    const outputs = await Promise.all(ZONES.map((tz) => inZone(["--input-type=module", "-e", LIBRARY], tz)));
    for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
    const read = JSON.parse(outputs[0] ?? "");
    expect(read.invalid).toEqual([]);
    const first = read.inputs[0].value;
    expect(first.events.find((e: { type: string }) => e.type === "proposal submitted").date).toBe("2024-06-28");
    expect(first.internalDispute.submittedToMcoOn).toBe("2024-04-01"); // serial 45383
    expect(first.portalSubmittedOn).toBe("2024-05-20"); // "2024-05-20 16:40"
  });
});
