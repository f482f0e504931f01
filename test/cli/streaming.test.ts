// The record commands stream: results are written as they come and nothing grows with the
// number of records (the table's first rows, the first errors, a small text buffer). Checked
// without timing: by what is written before the input ends, and with writers that count.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type Columns, createWriter, LISTED_ERRORS, type ResultWriter, TABLE_WINDOW } from "../../src/cli/output.js";
import { runRecords } from "../../src/cli/pipeline.js";
import type { RecordItem } from "../../src/cli/records.js";
import { CLI, ROOT } from "./run-cli.js";

/** A stream that keeps only the text written so far (and how many writes). */
function sink(): { out: Writable; text: () => string; writes: () => number } {
  let text = "";
  let writes = 0;
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      writes++;
      done();
    },
  });
  return { out, text: () => text, writes: () => writes };
}

async function* generated(n: number, item: (i: number) => RecordItem): AsyncGenerator<RecordItem> {
  for (let i = 0; i < n; i++) yield item(i);
}

const COLUMNS: Columns<{ n: number; label: string }> = [
  ["N", (r) => String(r.n)],
  ["Label", (r) => r.label],
];

describe("the table streams", () => {
  it("fixes its widths on the first rows, then writes every row as it comes; a wider cell later is written whole", async () => {
    const { out, text } = sink();
    const table = createWriter("table", out, { command: "test" }, COLUMNS);
    for (let n = 0; n < TABLE_WINDOW; n++) table.write({ n, label: "x" });
    await new Promise((resolve) => setImmediate(resolve));
    // The window is full: the header and those rows are out before the input ends.
    const early = text().split("\n");
    expect(early[0]).toBe("command: test");
    expect(early[1]).toBe("N    Label");
    expect(early[2]).toBe("---  -----");
    expect(early).toContain("999  x");
    table.write({ n: 123456, label: "later and wider" });
    table.end([], { records: TABLE_WINDOW + 1 });
    const lines = text().trimEnd().split("\n");
    expect(lines.at(-2)).toBe("123456  later and wider");
    expect(lines.at(-1)).toBe(`records: ${TABLE_WINDOW + 1}`);
  });

  it("the built CLI writes the table before its standard input ends", async () => {
    const ticket = (JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as unknown[])[0];
    const line = `${JSON.stringify(ticket)}\n`;
    const child = spawn(
      process.execPath,
      [CLI, "ticket", "--as-of", "2024-12-16", "--input-format", "ndjson", "--format", "table"],
      { cwd: ROOT },
    );
    let stdout = "";
    const firstRows = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk) => {
        stdout += String(chunk);
        if (stdout.includes("------")) resolve();
      });
    });
    child.stdin.write(line.repeat(TABLE_WINDOW + 10));
    await firstRows; // stdin is still open: the table began before the input ended
    const exit = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdin.end(line);
    expect(await exit).toBe(0);
    expect(stdout).toContain(`records: ${TABLE_WINDOW + 11}  evaluated: ${TABLE_WINDOW + 11}`);
  });
});

describe("the record loop keeps counters, not records", () => {
  it("evaluates a generated stream into a writer that only counts", async () => {
    let written = 0;
    let drains = 0;
    const counting: ResultWriter<number> = {
      // Full every 1000 results: the loop must wait for drain each time.
      write: () => ++written % 1000 !== 0,
      drain: async () => {
        drains++;
      },
      end: () => undefined,
    };
    const run = await runRecords(
      generated(50_000, (i) => ({ line: i + 1, value: i })),
      (v) => v as number,
      counting,
      () => undefined,
    );
    expect(run.summary).toEqual({ records: 50_000, evaluated: 50_000, invalid: 0 });
    expect(written).toBe(50_000);
    expect(drains).toBe(50);
  });

  it("lists the first errors and counts them all; stderr gets every one", async () => {
    const { out, text } = sink();
    const writer = createWriter<number>("json", out, { command: "test" }, []);
    let stderrLines = 0;
    const bad = LISTED_ERRORS + 500;
    const run = await runRecords(
      generated(bad, (i) => ({ line: i + 1, error: { field: "", reason: "not valid JSON" } })),
      (v) => v as number,
      writer,
      () => {
        stderrLines++;
      },
    );
    expect(run.errors).toHaveLength(LISTED_ERRORS);
    expect(run.errorCount).toBe(bad);
    expect(stderrLines).toBe(bad);
    writer.end(run.errors, { ...run.summary }, undefined, run.errorCount);
    const document = JSON.parse(text());
    expect(document.errors).toHaveLength(LISTED_ERRORS);
    expect(document.errorsNotListed).toBe(500);
    expect(document.summary).toEqual({ records: bad, evaluated: 0, invalid: bad });
  });

  it("gathers small pieces into few writes and writes a large result as it is", async () => {
    const { out, text, writes } = sink();
    const ndjson = createWriter<unknown>("ndjson", out, {}, []);
    for (let n = 0; n < 10_000; n++) ndjson.write(n);
    ndjson.write({ big: "x".repeat(10_000) });
    ndjson.end([], {});
    expect(text().split("\n")).toHaveLength(10_002);
    expect(writes()).toBeLessThan(20);
  });
});
