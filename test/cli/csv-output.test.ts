import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toCsv } from "../../src/cli/columns/csv.js";
import { cli } from "./run-cli.js";

describe("CSV output", () => {
  it("quotes a cell with a comma, a quote or a line break, ends lines with CRLF, writes null as empty", () => {
    const text = toCsv(
      ["Ticket", "Note", "Days"],
      [
        ["T-1", 'a "b", c', 3],
        ["T-2", "x\ny", null],
        ["T-3", "plain", true],
      ],
    );
    expect(text).toBe('Ticket,Note,Days\r\nT-1,"a ""b"", c",3\r\nT-2,"x\ny",\r\nT-3,plain,true\r\n');
    expect(parse(text)).toEqual([
      ["Ticket", "Note", "Days"],
      ["T-1", 'a "b", c', "3"],
      ["T-2", "x\ny", ""],
      ["T-3", "plain", "true"],
    ]);
  });
});

describe("CSV output neutralises formulas (OWASP CSV Injection)", () => {
  it("prefixes ' to a text cell starting with = + - @, a tab or a CR, and leaves numbers, dates and other text alone", () => {
    const cells = [
      '=HYPERLINK("http://x.example","y")',
      "+1+1",
      "-1+cmd|' /C calc'!A0",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "\uFF1D1",
      "-3",
    ];
    const text = toCsv(
      ["Cell"],
      cells.map((c) => [c]),
    );
    expect(
      parse(text, { relax_quotes: true })
        .slice(1)
        .map((r: string[]) => r[0]),
    ).toEqual(cells.map((c) => `'${c}`));
    const plain = toCsv(["Days", "Due", "MCO", "Rate", "Met"], [[-3, "2024-07-01", "Acme = Health", -0.5, false]]);
    expect(plain).toBe("Days,Due,MCO,Rate,Met\r\n-3,2024-07-01,Acme = Health,-0.5,false\r\n");
  });
});

describe("queue and statistics --format csv: a hostile MCO or program stays text", () => {
  const dir = mkdtempSync(join(tmpdir(), "hfs-csv-formula-"));
  const tickets = JSON.parse(readFileSync("examples/data/tickets.json", "utf8")).map((t: Record<string, unknown>) => ({
    ...t,
    mco: "=1+2",
    program: "@SUM(A1)",
  }));
  const path = join(dir, "tickets.json");
  writeFileSync(path, JSON.stringify(tickets));
  it("statistics", () => {
    const run = cli(["statistics", path, "--as-of", "2025-06-30", "--group-by", "mco,program", "--format", "csv"]);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const groups = rows.filter((r) => Object.values(r).includes("'=1+2"));
    expect(groups.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/(^|,)[=+@]/m);
    expect(Object.values(groups[0] ?? {})).toContain("'@SUM(A1)");
  });
  it("queue: numbers (negative ones too) and dates are as they were", () => {
    const run = cli(["queue", path, "--as-of", "2024-12-31", "--format", "csv"]);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.mco === "'=1+2")).toBe(true);
    expect(rows.some((r) => /^-\d+$/.test(r.businessDaysLeft ?? ""))).toBe(true);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.dueDate ?? ""))).toBe(true);
    expect(run.stdout).not.toMatch(/(^|,)[=+@]/m);
  });
});
