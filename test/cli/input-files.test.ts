// Input files lose nothing: every line ending (mixed in one file), a byte-order mark, no final
// newline, blank lines, a character split between two read chunks. Each case counts: records
// in = results + records reported as errors. And a CSV header that would reach an object's
// prototype (or write one field twice) is a usage error before any record is read.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-input-"));
const FINES_HEADER = "ticketNumber,mco,dueDate,overdueOn,issuedOn,amountCents:number";
const fine = (i: number) => `T-${i},Meridian,2024-02-05,2024-02-06,2024-02-07,500000`;
const WEBCM = readFileSync("examples/data/webcm-members.ndjson", "utf8").trim().split(/\r?\n/);

function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

/** Runs a record command and checks records in = results + records with errors. */
function counts(args: readonly string[], expected: { records: number; results: number; invalid: number }) {
  const run = cli([...args, "--as-of", "2024-04-15"]);
  const out = JSON.parse(run.stdout);
  const errorLines = new Set(out.errors.map((e: { line: number }) => e.line));
  expect(out.summary).toEqual({ records: expected.records, evaluated: expected.results, invalid: expected.invalid });
  expect(out.results).toHaveLength(expected.results);
  expect(out.results.length + errorLines.size).toBe(expected.records);
  expect(run.status).toBe(expected.invalid > 0 ? 1 : 0);
  return { run, out };
}

describe("CSV input", () => {
  it("reads a file whose header ends in CRLF and whose rows mix LF and CRLF: every row", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => fine(i));
    const text = `${FINES_HEADER}\r\n${rows.map((r, i) => `${r}${i % 3 === 0 ? "\n" : "\r\n"}`).join("")}`;
    const run = cli(["sanctions", "notices", file("mixed.csv", text), "--as-of", "2024-05-01"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.records).toBe(1000);
    expect(out.errors).toEqual([]);
    expect(out.notices[0].notice.count).toBe(1000);
  });
  it("reads old Mac line endings (CR only)", () => {
    const text = `${FINES_HEADER}\r${fine(1)}\r${fine(2)}\r`;
    expect(
      JSON.parse(cli(["sanctions", "notices", file("cr.csv", text), "--as-of", "2024-05-01"]).stdout).records,
    ).toBe(2);
  });
  it("reads a file with a byte-order mark: the first column keeps its name", () => {
    const text = `\ufeff${FINES_HEADER}\n${fine(1)}\n${fine(2)}\n`;
    const out = JSON.parse(cli(["sanctions", "notices", file("bom.csv", text), "--as-of", "2024-05-01"]).stdout);
    expect(out.records).toBe(2);
    expect(out.errors).toEqual([]);
  });
  it("reads the last row when the file has no final newline", () => {
    const text = `${FINES_HEADER}\n${fine(1)}\n${fine(2)}`;
    expect(
      JSON.parse(cli(["sanctions", "notices", file("no-newline.csv", text), "--as-of", "2024-05-01"]).stdout).records,
    ).toBe(2);
  });
  it("skips blank and whitespace-only lines, and reports a row cut short by its line", () => {
    const text = `${FINES_HEADER}\n\n${fine(1)}\n   \r\n${fine(2)}\n\n${fine(3).slice(0, 20)}`;
    const run = cli(["sanctions", "notices", file("blank.csv", text), "--as-of", "2024-05-01"]);
    const out = JSON.parse(run.stdout);
    expect(out.records).toBe(3);
    expect(out.errors.map((e: { line: number }) => e.line)).toEqual([7]);
    expect(run.status).toBe(1);
  });
  it("keeps a stray quote as a character (no later row is swallowed), and reports a quote never closed once", () => {
    const rows = [
      `"T-1"x,Meridian,2024-02-05,2024-02-06,2024-02-07,500000`,
      `T-"2,Meridian,2024-02-05,2024-02-06,2024-02-07,500000`,
      fine(3),
    ];
    const run = cli([
      "sanctions",
      "notices",
      file("quote.csv", `${FINES_HEADER}\n${rows.join("\n")}\n"T-4,Meridian\n${fine(5)}\n`),
      "--as-of",
      "2024-05-01",
    ]);
    const out = JSON.parse(run.stdout);
    expect(out.records).toBe(4);
    expect(out.notices[0].notice.count).toBe(3);
    expect(out.errors).toEqual([
      { line: 6, field: "", reason: "a quote is opened and never closed (the file ends inside a quoted cell)" },
    ]);
  });
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`refuses a column name that reaches ${key} (exit 2, nothing on stdout)`, () => {
      const text = `member,mco,${key}.accessToCare:boolean,events:json\n100200300,Meridian,true,[]\n`;
      const run = cli(["webcm", "deadlines", file(`${key}.csv`, text), "--as-of", "2024-04-15"]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toEqual([
        // The header cell is not quoted: a header row may be a data row (a member's name).
        "hfs-mco-rules: CSV header, column 3: __proto__, constructor and prototype cannot be field names",
      ]);
    });
  }
  it("refuses a column given twice, or a column that is the parent of another: one would be lost", () => {
    for (const [header, why] of [
      ["member,mco,mco,events:json", "columns 2 and 3: the same name twice"],
      ["member,mco,mco.name,events:json", "columns 2 and 3: both write the same field"],
    ]) {
      const run = cli(["webcm", "deadlines", file("twice.csv", `${header}\n100200300,Meridian,x,[]\n`)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(why);
    }
  });
  it("refuses an unknown column type before reading any row", () => {
    const run = cli(["webcm", "deadlines", file("type.csv", "member,mco:date,events:json\n100200300,Meridian,[]\n")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("column 2: unknown column type");
  });
});

describe("NDJSON input", () => {
  it("reads the first record of a file with a byte-order mark", () => {
    counts(["webcm", "deadlines", file("bom.ndjson", `\ufeff${WEBCM.join("\n")}\n`)], {
      records: 4,
      results: 4,
      invalid: 0,
    });
  });
  it("reads mixed line endings, CR only included, and blank lines", () => {
    const text = `${WEBCM[0]}\r\n\r\n${WEBCM[1]}\n   \n${WEBCM[2]}\r${WEBCM[3]}\r\n`;
    counts(["webcm", "deadlines", file("mixed.ndjson", text)], { records: 4, results: 4, invalid: 0 });
  });
  it("reads a last line without newline, and reports a last line cut short", () => {
    counts(["webcm", "deadlines", file("no-newline.ndjson", WEBCM.join("\n"))], { records: 4, results: 4, invalid: 0 });
    const cut = `${WEBCM.slice(0, 3).join("\n")}\n${WEBCM[3]?.slice(0, 40)}`;
    const { out } = counts(["webcm", "deadlines", file("cut.ndjson", cut)], { records: 4, results: 3, invalid: 1 });
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ line: 4, field: "", reason: expect.stringMatching(/^not valid JSON/) });
  });
});

describe("JSON input", () => {
  it("reads a document with a byte-order mark", () => {
    counts(["webcm", "deadlines", file("bom.json", `\ufeff[${WEBCM.join(",\r\n")}]`)], {
      records: 4,
      results: 4,
      invalid: 0,
    });
  });
  it("keeps a character whose bytes fall in two read chunks whole", () => {
    // 64 KiB read chunks: a file of several hundred KiB of two-byte characters crosses many.
    const members = Array.from({ length: 3000 }, (_, i) => ({
      ...JSON.parse(WEBCM[0] ?? ""),
      member: `é${i}`.padStart(60, "é"),
    }));
    const { out } = counts(["webcm", "deadlines", file("utf8.json", JSON.stringify(members))], {
      records: 3000,
      results: 3000,
      invalid: 0,
    });
    expect(out.results.every((r: { member: string }, i: number) => r.member === `é${i}`.padStart(60, "é"))).toBe(true);
  });
  it("reads an empty input as no records", () => {
    counts(["webcm", "deadlines", file("empty.json", "\ufeff \n")], { records: 0, results: 0, invalid: 0 });
  });
});
