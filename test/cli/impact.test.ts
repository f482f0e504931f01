// `impact FILE…` as an analyst runs it (docs/what-if.md): the shipped samples of every area in
// one run, each format, a record of no area, bad flags. What it computes is tested in test/impact;
// here, that the command reads every file, names each refused record by file and line, and writes
// each format whole.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const SAMPLES = [
  "examples/data/tickets.json",
  "examples/data/webcm-members.ndjson",
  "examples/data/spenddown-quarters.ndjson",
  "examples/data/fines.csv",
];
const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-impact-"));

describe("impact", () => {
  it("--interpretations on every sample: one row per alternative, then which cases change", () => {
    const run = cli(["impact", ...SAMPLES, "--as-of", "2024-09-01", "--interpretations"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^4 +mcoClockStart +presentation-else-portal-receipt +portal-receipt +portal +4 +2 *$/m);
    expect(run.stdout).toContain("fineDateBasis=overdue: notice to Aetna Better Health 2024-Q1");
    expect(run.stdout).toContain("14 paymentDueDate: changes no evaluation");
  });
  it("writes each format whole: CSV rows of every difference, JSON, a self-contained page", () => {
    const args = ["impact", ...SAMPLES, "--as-of", "2024-09-01", "--interpretations", "--format"];
    const csv = cli([...args, "csv"]);
    expect(csv.status).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split("\r\n");
    expect(header).toBe(
      "Point,Option,Default,Alternative,Areas,Cases,Changed,Area,Case,Change,Fact,What,Where,Rule,Before,After,Days moved",
    );
    expect(
      rows.some((r) => r.includes("PRP-2024-0614,changed,deadline,proposal (MCO),deadlines[3],PORTAL-PROPOSAL-DUE")),
    ).toBe(true);
    const json = JSON.parse(cli([...args, "json"]).stdout);
    expect(json.command).toBe("impact");
    expect(json.alternatives.length).toBeGreaterThan(20);
    const html = cli([...args, "html"]).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('href="#alternative-1"');
  });
  it("--options-after: one row per difference, with a summary line", () => {
    const run = cli([
      "impact",
      "examples/data/tickets.json",
      "--as-of",
      "2024-09-01",
      "--options-after",
      '{"portal":{"mcoClockStart":"portal-receipt"}}',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("As of 2024-09-01: portal 4 compared, 2 changed");
    expect(run.stdout).toMatch(
      /PRP-2024-0614 +changed +deadline +proposal \(MCO\) +deadlines\[3\] +PORTAL-PROPOSAL-DUE +2024-07-05 missed +2024-06-20 missed +-15/,
    );
  });
  it("a record of no area, and one the rules refuse, are named by file and line; the rest are compared", () => {
    const path = join(DIR, "mixed.ndjson");
    const [ticket] = JSON.parse(readFileSync("examples/data/tickets.json", "utf8"));
    writeFileSync(
      path,
      [
        JSON.stringify({ patient: "Zelda" }),
        JSON.stringify(ticket),
        JSON.stringify({ ...ticket, events: [{ type: "nope" }] }),
      ].join("\n"),
    );
    const run = cli(["impact", path, "--as-of", "2024-09-01", "--interpretations"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 1: .*not a ticket, a fine/);
    expect(run.stderr).toMatch(/mixed\.ndjson line 3: /);
    expect(run.stderr).not.toContain("Zelda");
    expect(run.stdout).toMatch(/^4 +mcoClockStart .* portal +1 +\d+ *$/m);
  });
  it("refuses to guess what to compare, and a format it does not write", () => {
    expect(cli(["impact", SAMPLES[0] ?? "", "--as-of", "2024-09-01"]).stderr).toMatch(
      /give --interpretations, or what changes/,
    );
    const both = cli(["impact", SAMPLES[0] ?? "", "--interpretations", "--options-after", "{}"]);
    expect(both.status).toBe(2);
    expect(cli(["impact", SAMPLES[0] ?? "", "--interpretations", "--format", "ics"]).stderr).toMatch(
      /--format must be/,
    );
    expect(cli(["impact", SAMPLES[0] ?? "", "--interpretations", "--area", "moon"]).stderr).toMatch(
      /--area must be one of/,
    );
  });
});
