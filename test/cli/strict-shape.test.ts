// CSV inputs are read strictly in shape, in every command that reads CSV, in both CSV formats
// (nested and through a column map): a row with fewer or more cells than the header, a header
// name empty or given twice, a header row that reads like data (a file without its header) is
// an error naming the line and the column number, never a cell. And records are read in time
// and memory linear in their size: a record over the limit is an error naming its line, a
// header of 40,000 columns is read (the timings are in `npm run bench`, not here).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-shape-"));
function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

const EXPORT = readFileSync(join(ROOT, "examples/data/portal-export.csv"), "utf8").trim().split("\n");
const MAP = "examples/data/portal-export.columns.yaml";
const TICKETS = readFileSync(join(ROOT, "examples/data/tickets.csv"), "utf8").trim().split("\n");
const FINES = readFileSync(join(ROOT, "examples/data/fines.csv"), "utf8").trim().split("\n");
const AS_OF = ["--as-of", "2024-10-15"];

/** The cells of a CSV line (the samples quote no comma in these rows' first cells). */
const cellsOf = (line: string) => line.split(",");

describe("a row cut short, or with a cell too many", () => {
  // The first export row has a proposal (its "Proposal Date" is column 18): cut before it, the
  // ticket would read as overdue and fined; it is an error instead.
  const row = EXPORT[1] ?? "";
  const cut = cellsOf(row).slice(0, 15).join(",");
  it("through a column map: an error naming the line and the first missing column, the ticket not evaluated", () => {
    const run = cli(["ticket", file("cut.csv", `${EXPORT[0]}\n${cut}\n${EXPORT[2]}\n`), "--columns", MAP, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("line 2: column 16: the row ends after 15 cell(s), the header has 28 columns");
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ records: 2, evaluated: 1, invalid: 1 });
    expect(out.results.map((r: { ticketNumber: string }) => r.ticketNumber)).not.toContain(cellsOf(row)[0]);
  });
  it("through a column map: a cell beyond the header is an error naming its column", () => {
    const run = cli(["ticket", file("long.csv", `${EXPORT[0]}\n${row},surplus\n`), "--columns", MAP, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("line 2: column 29: the row has 29 cells, the header only 28 columns");
    expect(run.stderr).not.toContain("surplus");
  });
  it("in the nested format, for every command that reads tickets", () => {
    const text = `${TICKETS[0]}\n${TICKETS[1]}\n${(TICKETS[2] ?? "").split(",").slice(0, 6).join(",")}\n`;
    const tickets = file("cut-tickets.csv", text);
    for (const args of [
      ["ticket", tickets],
      ["queue", tickets],
      ["statistics", tickets, "--format", "json"],
      ["sanctions", "notices", "--from-tickets", tickets],
    ]) {
      const run = cli([...args, ...AS_OF]);
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toContain("line 3: column 7: the row ends after 6 cell(s), the header has 17 columns");
    }
  });
  it("in a fines file", () => {
    const run = cli(["sanctions", "notices", file("fines-long.csv", `${FINES[0]}\n${FINES[1]},x\n${FINES[2]}\n`)]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      { line: 2, field: "column 7", reason: "the row has 7 cells, the header only 6 columns" },
    ]);
  });
  it("a line of blank cells (as a spreadsheet writes below its data) is no record", () => {
    const run = cli(["sanctions", "notices", file("fines-blank.csv", `${FINES.join("\n")}\n,,,,,\n  ,\n`)]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).records).toBe(FINES.length - 1);
  });
});

describe("a header that cannot be right: exit 2 before any row, naming the column by number", () => {
  const cases: [string, string[], string][] = [
    [
      "an export without its header row, through a column map",
      ["ticket", file("no-header.csv", `${EXPORT.slice(1).join("\n")}\n`), "--columns", MAP],
      "CSV header (line 1), column 5: reads like data, not a column name",
    ],
    [
      "tickets without their header row",
      ["ticket", file("no-header-tickets.csv", `${TICKETS.slice(1).join("\n")}\n`)],
      "CSV header (line 1), column 5: reads like data, not a column name",
    ],
    [
      "fines without their header row",
      ["sanctions", "notices", file("no-header-fines.csv", `${FINES.slice(1).join("\n")}\n`)],
      "CSV header (line 1), column 3: reads like data",
    ],
    [
      "a column name given twice, through a column map",
      ["ticket", file("twice.csv", `${EXPORT[0]},MCO\n${EXPORT[1]},x\n`), "--columns", MAP],
      "CSV header (line 1), columns 2 and 29: the same name twice",
    ],
    [
      "an empty column name",
      ["statistics", file("empty-name.csv", `${TICKETS[0]},\n${TICKETS[1]},\n`)],
      "CSV header (line 1), column 18: the column has no name",
    ],
    [
      "a header after blank lines names its own line",
      ["queue", file("late-header.csv", `\n,,\n${TICKETS.slice(1).join("\n")}\n`)],
      "CSV header (line 3), column 5: reads like data",
    ],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const run = cli([...args, ...AS_OF]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(message)]);
    });
  }
  it("a nested CSV whose column is not a field name points at --columns", () => {
    const run = cli(["ticket", file("export-names.csv", `${EXPORT.join("\n")}\n`), ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("CSV header, column 1: not a field name");
    expect(run.stderr).toContain("--columns MAP.yaml");
  });
  it("a nested CSV with columns the command does not know ends with a hint about --columns", () => {
    const run = cli(["ticket", file("unknown.csv", `${TICKETS[0]},patient\n${TICKETS[1]},x\n`), ...AS_OF]);
    expect(run.status).toBe(1);
    // The column's name is cell data's neighbour: shown only when close to a field name (test/core/unknown-keys).
    expect(run.stderr).toMatch(/^line 2: record: an unknown key \(not shown: not close to a field name\)/m);
    expect(run.stderr).toMatch(/^hint: .*--columns MAP\.yaml/m);
  });
  it("a nested CSV with dates not written YYYY-MM-DD ends with a hint about a column map's date formats", () => {
    const us = (line: string) => line.replace(",2024-05-20,", ",5/20/2024,");
    expect(TICKETS[1]).toContain(",2024-05-20,");
    const run = cli(["ticket", file("us-dates.csv", `${TICKETS[0]}\n${us(TICKETS[1] ?? "")}\n`), ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^line 2: portalSubmittedOn: .*not written YYYY-MM-DD$/m);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("hint: "))).toEqual([
      "hint: the CSV has dates not written YYYY-MM-DD; an export's own date formats (US dates, timestamps, " +
        'spreadsheet serial dates) are read through a column map, --columns MAP.yaml (docs/cli.md, "Column maps")',
    ]);
    // The value itself is never shown.
    expect(run.stderr).not.toContain("5/20/2024");
  });
});

describe("wide headers and long records", () => {
  it("reads a header of 40,000 columns (an export's unmapped columns are ignored)", () => {
    const extra = Array.from({ length: 40_000 - 28 }, (_, i) => `Extra ${i}`);
    const blanks = ",".repeat(extra.length);
    const text = `${EXPORT[0]},${extra.join(",")}\n${EXPORT.slice(1)
      .map((r) => `${r}${blanks}`)
      .join("\n")}\n`;
    const run = cli(["ticket", file("wide.csv", text), "--columns", MAP, ...AS_OF]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).summary).toEqual({
      records: EXPORT.length - 1,
      evaluated: EXPORT.length - 1,
      invalid: 0,
    });
  });
  it("checks a nested header of 40,000 columns whole: the last one clashing with the first is found", () => {
    const names = Array.from({ length: 40_000 }, (_, i) => (i === 39_999 ? "member" : `field${i}`));
    names[0] = "member";
    const run = cli(["webcm", "deadlines", file("wide-nested.csv", `${names.join(",")}\n`)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("columns 1 and 40000: the same name twice");
  });
  it("an NDJSON line over --max-record-size is an error naming its line; the others are read", () => {
    const webcm = readFileSync(join(ROOT, "examples/data/webcm-members.ndjson"), "utf8").trim().split("\n");
    const long = JSON.stringify({ member: "x", note: "y".repeat(1.5 * 1024 * 1024) });
    const text = `${webcm[0]}\n${long}\n${webcm[1]}\n`;
    const run = cli([
      "webcm",
      "deadlines",
      file("long.ndjson", text),
      "--max-record-size",
      "1",
      "--as-of",
      "2024-04-15",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")[0]).toBe(
      "line 2: record: the record is longer than 1 MiB (raise the limit with --max-record-size <MiB>)",
    );
    expect(JSON.parse(run.stdout).summary).toEqual({ records: 3, evaluated: 2, invalid: 1 });
    const raised = cli(["webcm", "deadlines", file("long2.ndjson", text), "--max-record-size", "2"]);
    expect(raised.stderr).not.toContain("longer than");
  });
  it("a CSV row over the limit (a quote never closed, say) stops the reading, naming its line", () => {
    const text = `${FINES[0]}\n${FINES[1]}\n"T-9,${"z".repeat(1.5 * 1024 * 1024)}\n${FINES[2]}\n`;
    const run = cli(["sanctions", "notices", file("long.csv", text), "--max-record-size", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      "hfs-mco-rules: line 3: the record is longer than 1 MiB (raise the limit with --max-record-size <MiB>); reading stopped",
    );
  });
  it("refuses a --max-record-size that is not a whole number of MiB", () => {
    const run = cli(["ticket", "examples/data/tickets.json", "--max-record-size", "0.5"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--max-record-size must be a whole number of MiB");
  });
});
