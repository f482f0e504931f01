import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

describe("hfs-mco-rules calendar", () => {
  it("lists a year's State Holidays as JSON", () => {
    const run = cli(["calendar", "holidays", "--year", "2024"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.holidays).toHaveLength(14);
    expect(out.holidays).toContainEqual(
      expect.objectContaining({
        date: "2024-11-29",
        name: "Day after Thanksgiving",
        provenance: "published",
        source: "cms-state-holidays-2024",
      }),
    );
  });
  it("prints a table", () => {
    const run = cli(["calendar", "holidays", "--year", "2026", "--format", "table"]);
    expect(run.stdout).toContain("2026-07-03  Friday     Independence Day (observed)");
    expect(run.stdout).toMatch(
      /2026-07-03 {2}Friday {5}Independence Day \(observed\) +published +CMS State Holidays 2026/,
    );
  });
  it("adds business days and counts them", () => {
    expect(JSON.parse(cli(["calendar", "add", "--date", "2024-07-03", "--n", "1"]).stdout).result).toBe("2024-07-05");
    expect(
      JSON.parse(cli(["calendar", "between", "--from", "2024-07-03", "--to", "2024-07-08"]).stdout).businessDays,
    ).toBe(2);
  });
  it("takes a contract calendar", () => {
    const run = cli([
      "calendar",
      "add",
      "--date",
      "2024-07-03",
      "--n",
      "1",
      "--calendar",
      "test/fixtures/cli/contract-calendar.json",
    ]);
    expect(JSON.parse(run.stdout).result).toBe("2024-07-04");
  });
  it("exits 2 on a usage error, naming the flag and what is wrong", () => {
    const run = cli(["calendar", "add", "--date", "2024-02-30", "--n", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--date "2024-02-30": expected a calendar date YYYY-MM-DD, got a day that does not exist',
    );
    expect(cli(["no-such-command"]).status).toBe(2);
    expect(cli(["calendar", "add", "--date", "2024-02-03", "--n", "x"]).status).toBe(2);
  });
});

describe("hfs-mco-rules rules", () => {
  it("lists the registry", () => {
    const out = JSON.parse(cli(["rules"]).stdout);
    expect(out.rules.map((r: { id: string }) => r.id)).toContain("PORTAL-FINE");
    const table = cli(["rules", "--format", "table"]).stdout;
    expect(table).toMatch(/PORTAL-FINE\s+2020-05-01\.\./);
    expect(table).toMatch(/REGISTRATION-PROCESSING\s+2023-02-22\.\.\s+HFS Provider Notice of 2023-02-22\s/);
  });
});

describe("hfs-mco-rules check", () => {
  it("passes the library's own rule tables (the same code path as the tests)", () => {
    const run = cli(["check", "test/rule-tables"]);
    expect(run.stdout).toMatch(/ 0 failed$/m);
    expect(run.status).toBe(0);
  });
  it("fails with a readable diff on a mismatch", () => {
    const run = cli(["check", "test/fixtures/cli/mismatch.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "✗ test/fixtures/cli/mismatch.yaml › CAL-ROLL-FORWARD · deliberately wrong [rollForward]",
    );
    expect(run.stdout).toContain('result: expected "2024-07-04", got "2024-07-05"');
    expect(run.stdout).toContain("1 table(s): 1 passed, 1 failed");
  });
  it("fails when there is nothing to check", () => {
    expect(cli(["check", "test/fixtures/cli/contract-calendar.json"]).status).toBe(1);
  });
});
