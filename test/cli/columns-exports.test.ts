// The sample exports (examples/data/export-*.csv), written as another system writes them, run
// through every command that reads them with their column maps and no cleaning step, on the
// built binary; each gives what the clean samples give.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run-cli.js";

const D = "examples/data";
const TICKETS = [`${D}/export-tickets.csv`, "--columns", `${D}/export-tickets.columns.yaml`];
const WEBCM = [`${D}/export-webcm.csv`, "--columns", `${D}/export-webcm.columns.yaml`];
const SPENDDOWN = [`${D}/export-spenddown.csv`, "--columns", `${D}/export-spenddown.columns.yaml`];
const rows = (file: string) =>
  readFileSync(join(ROOT, D, file), "utf8")
    .trim()
    .split("\n").length - 1;
const ndjson = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("the sample exports through their column maps", () => {
  it("ticket: every row, the same answers as the clean export", () => {
    const run = cli(["ticket", ...TICKETS, "--as-of", "2024-10-15", "--format", "ndjson"]);
    expect(run.status, run.stderr).toBe(0);
    const clean = cli([
      "ticket",
      `${D}/portal-export.csv`,
      "--columns",
      `${D}/portal-export.columns.yaml`,
      "--as-of",
      "2024-10-15",
      "--format",
      "ndjson",
    ]);
    const rename = (text: string) =>
      text.replaceAll("PRP-2024-", "PRP-24-").replaceAll("Acme Health, Inc.", "Acme Health");
    expect(ndjson(rename(run.stdout))).toEqual(ndjson(clean.stdout));
    expect(ndjson(run.stdout)).toHaveLength(rows("export-tickets.csv"));
  });
  it("webcm deadlines and report: one history per member, as the NDJSON sample", () => {
    const run = cli(["webcm", "deadlines", ...WEBCM, "--as-of", "2024-12-31", "--format", "ndjson"]);
    expect(run.status, run.stderr).toBe(0);
    const clean = cli([
      "webcm",
      "deadlines",
      `${D}/webcm-members.ndjson`,
      "--as-of",
      "2024-12-31",
      "--format",
      "ndjson",
    ]);
    const members = ndjson(run.stdout);
    expect(members.map((m) => m.member)).toEqual(["100200300", "100200301", "100200302", "100200304", "100200303"]);
    expect(members.filter((m) => m.mco === "Meridian")).toEqual(ndjson(clean.stdout));
    const report = cli([
      "webcm",
      "report",
      ...WEBCM,
      "--quarter",
      "2024-Q1",
      "--mco",
      "Meridian",
      "--as-of",
      "2024-12-31",
    ]);
    const cleanReport = cli(
      ["webcm", "report", `${D}/webcm-members.ndjson`, "--quarter", "2024-Q1", "--mco", "Meridian"].concat([
        "--as-of",
        "2024-12-31",
      ]),
    );
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).report).toEqual(JSON.parse(cleanReport.stdout).report);
  });
  it("spenddown quarter: the same quarters as the NDJSON sample", () => {
    const run = cli(["spenddown", "quarter", ...SPENDDOWN, "--as-of", "2024-12-31", "--format", "ndjson"]);
    expect(run.status, run.stderr).toBe(0);
    const clean = cli(["spenddown", "quarter", `${D}/spenddown-quarters.ndjson`, "--as-of", "2024-12-31"]);
    expect(ndjson(run.stdout)).toEqual(JSON.parse(clean.stdout).results);
  });
  it("queue: tickets, WebCM and spenddown exports, one map per kind", () => {
    const args = ["--as-of", "2024-10-15", "--format", "json"];
    const run = cli([
      "queue",
      ...TICKETS,
      "--webcm",
      WEBCM[0] ?? "",
      "--spenddown",
      SPENDDOWN[0] ?? "",
      "--columns",
      `${D}/export-webcm.columns.yaml`,
      "--columns",
      `${D}/export-spenddown.columns.yaml`,
      ...args,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.errors).toEqual([]);
    expect(new Set(out.items.map((x: { area: string }) => x.area))).toEqual(new Set(["portal", "webcm", "spenddown"]));
  });
  it("statistics by quarter and the quarter's sanction notices", () => {
    const stats = cli(["statistics", ...TICKETS, "--as-of", "2024-12-31", "--by-quarter", "--format", "json"]);
    expect(stats.status, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout).overall).toMatchObject({ total: 12, fines: 4 });
    const notices = cli(["sanctions", "notices", "--from-tickets", ...TICKETS, "--as-of", "2024-12-31"]);
    expect(notices.status, notices.stderr).toBe(0);
    const out = JSON.parse(notices.stdout);
    expect(out.tickets).toBe(12);
    expect(out.notices.map((n: { notice: { mco: string } }) => n.notice.mco)).toContain("Acme Health, Inc.");
  });
});

describe("errors of a mapped export", () => {
  const dir = mkdtempSync(join(tmpdir(), "columns-"));
  it("every bad cell of a row is reported, by file, line and column, never the cell", () => {
    const text = readFileSync(join(ROOT, D, "export-tickets.csv"), "utf8").split("\r\n");
    // Row 3 (line 3): a bad flag and an impossible date; row 5: a serial 60 (1900-02-29).
    text[2] = (text[2] ?? "").replace(",No,No,No,", ",Nope,No,No,").replace("6/10/2024", "6/31/2024");
    text[4] = (text[4] ?? "").replace(",4/22/2024,", ",60,");
    const file = join(dir, "bad.csv");
    writeFileSync(file, text.join("\r\n"));
    const run = cli(["ticket", file, "--columns", TICKETS[2] ?? "", "--as-of", "2024-10-15"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`line 3: column "Medicare Only?": not one of the map's true or false values`);
    expect(run.stderr).toContain(`line 3: column "Info Req": not a date in the format M/d/yyyy or`);
    expect(run.stderr).toContain(`line 5: column "Sent To Plan": serial date 60 is 1900-02-29`);
    expect(run.stderr).toContain(`(in ${file})`);
    expect(run.stderr).not.toMatch(/Nope|6\/31\/2024/);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toMatchObject({ records: 12, evaluated: 10, invalid: 2 });
  });
  it("a WebCM member with a bad row is one invalid record listing each bad row's line", () => {
    const text = readFileSync(join(ROOT, D, "export-webcm.csv"), "utf8")
      .replace("FILE XFER,1/17/2024", "FILE XFR,1/17/2024")
      .replace("CC CHANGE,2/26/2024", "CC CHANGE,2/30/2024");
    const file = join(dir, "webcm.csv");
    writeFileSync(file, text);
    const run = cli(["webcm", "deadlines", file, "--columns", WEBCM[2] ?? "", "--as-of", "2024-12-31"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 3: column "Activity": not one of the map\'s values');
    expect(run.stderr).toContain('line 6: column "Activity Time"');
    expect(JSON.parse(run.stdout).summary).toMatchObject({ records: 5, evaluated: 4, invalid: 1 });
  });
  it("a row with fewer or more cells than the header is an error, never read as blank cells", () => {
    const text = readFileSync(join(ROOT, D, "export-tickets.csv"), "utf8").split("\r\n");
    text[3] = (text[3] ?? "").replace(/,,,,,,,,,,,,,7\/20\/2024$/, ""); // PRP-2024-1003 cut short: no fine
    text[5] = `${text[5]},extra`;
    const file = join(dir, "shape.csv");
    writeFileSync(file, text.join("\r\n"));
    const run = cli(["ticket", file, "--columns", TICKETS[2] ?? "", "--as-of", "2024-10-15"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("line 4: column 16: the row ends after 15 cell(s), the header has 28 columns");
    expect(run.stderr).toContain("line 6: column 29: the row has 29 cells, the header only 28 columns");
    expect(JSON.parse(run.stdout).summary).toMatchObject({ records: 12, evaluated: 10, invalid: 2 });
    const webcm = readFileSync(join(ROOT, D, "export-webcm.csv"), "utf8").replace(",Bo Chan,,,", ",Bo Chan");
    writeFileSync(join(dir, "webcm-short.csv"), webcm);
    const member = cli(["webcm", "deadlines", join(dir, "webcm-short.csv"), "--columns", WEBCM[2] ?? ""]);
    expect(member.stderr).toContain("line 6: column 6: the row ends after 5 cell(s), the header has 8 columns");
    expect(JSON.parse(member.stdout).summary).toMatchObject({ records: 5, evaluated: 4, invalid: 1 });
  });
  it("a map of another kind is a usage error", () => {
    const run = cli(["webcm", "deadlines", ...TICKETS]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("a map of tickets, where WebCM member histories are read");
  });
});
