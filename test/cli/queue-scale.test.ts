// `queue` reads every input before it answers: 130,000 records once overflowed the call stack
// (a spread of every value into one push) and its last line counted errors as records. The same
// spread ended the grouping of a column-mapped export of as many members.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { inputsFromRows } from "../../src/cli/columns/inputs-from-rows.js";
import { CLI, ROOT } from "./run-cli.js";

const run = promisify(execFile);

describe("queue at scale", () => {
  it("130,000 unreadable records: each reported, counted once, no stack overflow", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hfs-cli-queue-")), "bad.ndjson");
    writeFileSync(file, "x\n".repeat(130_000));
    const { stdout, stderr } = await run(
      process.execPath,
      [CLI, "queue", file, "--as-of", "2024-10-15", "--format", "ndjson"],
      { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
    ).catch((error: { stdout: string; stderr: string; code: number }) => {
      expect(error.code).toBe(1);
      return error;
    });
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(130_001);
    expect(lines.at(-1)).toBe("130000 of 130000 record(s) invalid");
    expect(stderr).not.toMatch(/internal error|RangeError/);
  });
});

describe("inputsFromRows at scale", () => {
  it("130,000 members of one row each: every one an input (no spread of every record into one push)", () => {
    const map = {
      kind: "webcm",
      dateFormat: "yyyy-MM-dd",
      fields: { member: "RIN", mco: "Plan", type: "Activity", date: "On" },
    };
    const rows = Array.from({ length: 130_000 }, (_, i) => ({
      RIN: String(100_000_000 + i),
      Plan: "Meridian",
      Activity: "waiver assignment notified",
      On: "2024-01-08",
    }));
    const read = inputsFromRows(rows, map);
    expect(read.invalid).toEqual([]);
    expect(read.inputs).toHaveLength(130_000);
  });
});
