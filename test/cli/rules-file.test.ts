// `--rules FILE` (docs/rule-changes.md): the caller's rule versions, JSON or YAML, applied by the
// evaluation commands; a bad file is a usage error (exit 2) naming the file and the path in it,
// never a value.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";
const AS_OF = ["--as-of", "2024-07-10"];
const dir = mkdtempSync(join(tmpdir(), "hfs-rules-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// From 2020-03-01: every ticket of the sample data is filed later.
const FORTY_FIVE = file(
  "forty-five.yaml",
  '- { ruleId: PORTAL-PROPOSAL-DUE, effectiveFrom: "2020-03-01", parameters: { days: 45 }, basis: Draft 7 }\n',
);

interface Row {
  readonly deadlines?: { name: string; explanation: { amount: number; steps: { reason: string }[] } }[];
}
const proposals = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .flatMap((line) => (JSON.parse(line) as Row).deadlines ?? [])
    .filter((d) => d.name === "proposal");

describe("--rules", () => {
  it("ticket: the caller's proposal period applies, its basis cited", () => {
    const plain = proposals(cli(["ticket", TICKETS, ...AS_OF, "--format", "ndjson"]).stdout);
    const run = cli(["ticket", TICKETS, ...AS_OF, "--format", "ndjson", "--rules", FORTY_FIVE]);
    const given = proposals(run.stdout);
    expect(given.length).toBe(plain.length);
    expect(given.length).toBeGreaterThan(0);
    for (const d of plain) expect(d.explanation.amount).toBe(30);
    for (const d of given) {
      expect(d.explanation.amount).toBe(45);
      expect(d.explanation.steps[0]?.reason).toContain("caller's version: Draft 7");
    }
  });

  it("reads JSON as well, and the shipped example file", () => {
    const json = file(
      "forty-five.json",
      JSON.stringify([
        { ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: "2020-03-01", parameters: { days: 45 }, basis: "B" },
      ]),
    );
    expect(
      proposals(cli(["ticket", TICKETS, ...AS_OF, "--format", "ndjson", "--rules", json]).stdout)[0]?.explanation
        .amount,
    ).toBe(45);
    expect(cli(["ticket", TICKETS, ...AS_OF, "--rules", "examples/data/proposed-rules.yaml"]).status).not.toBe(2);
  });

  it("sanctions calendar and spenddown calendar take it too", () => {
    const notice = file(
      "notice.yaml",
      '- { ruleId: SANCTION-NOTICE-DUE, effectiveFrom: "2024-01-01", ' +
        "parameters: { monthsAfterPeriod: 2 }, basis: N }\n",
    );
    const run = cli(["sanctions", "calendar", "--year", "2024", "--format", "json", "--rules", notice]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2024-05-31");
    const reports = file(
      "reports.yaml",
      '- { ruleId: SPENDDOWN-PAYMENT-DUE, effectiveFrom: "2024-01-01", parameters: { dayOfMonth: 15 }, basis: R }\n',
    );
    expect(cli(["spenddown", "calendar", "--fiscal-year", "2025", "--rules", reports]).status).toBe(0);
  });

  it.each([
    [
      "a value out of range",
      '- { ruleId: PORTAL-PROPOSAL-DUE, effectiveFrom: "2027-01-01", parameters: { days: -4512 }, basis: B }\n',
      "settings.rules[0].parameters.days",
    ],
    [
      "an unknown rule",
      '- { ruleId: secret-rule, effectiveFrom: "2027-01-01", parameters: {}, basis: B }\n',
      "settings.rules[0].ruleId",
    ],
    ["not a list", "ruleId: secret\n", "expected a list of rule versions"],
    ["neither JSON nor YAML", "- [secret\n", "neither JSON nor YAML"],
  ])("%s is a usage error naming the file, without the value", (_, text, said) => {
    const path = file("bad.yaml", text);
    for (const args of [
      ["ticket", TICKETS],
      ["queue", TICKETS],
      ["statistics", TICKETS],
      ["sanctions", "calendar"],
    ]) {
      const run = cli([...args, ...AS_OF, "--rules", path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--rules ${path}`);
      expect(run.stderr).toContain(said);
      expect(run.stderr).not.toContain("secret");
      expect(run.stderr).not.toContain("4512");
    }
  });

  it("a file that cannot be read is a usage error", () => {
    const run = cli(["ticket", TICKETS, ...AS_OF, "--rules", join(dir, "missing.yaml")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cannot read the file");
  });
  it("the timeline page, the projection and the what-if comparison take it too", () => {
    const args = ["ticket", "examples/data/tickets-2027.json", "--as-of", "2027-03-10"];
    const rules = ["--rules", "examples/data/proposed-rules.yaml"];
    const page = cli([...args, "--format", "html", ...rules]);
    expect(page.status).toBe(0);
    expect(page.stdout).toContain("caller&#39;s version: HFS proposed revision of");
    const projected = (flags: string[]) => JSON.parse(cli([...args, "--project", "--format", "json", ...flags]).stdout);
    expect(JSON.stringify(projected(rules))).not.toBe(JSON.stringify(projected([])));
  });
});
