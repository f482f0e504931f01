// `--detail`: JSON and NDJSON results are lean by default (no explanation text, no documents,
// the rule ID once per deadline); `--detail full` gives the full record; the table, text and
// iCalendar outputs render the text either way, so they do not change.
import { describe, expect, it } from "vitest";
import { type Explanation, explanationText, getRule, ruleDocuments, type RuleId } from "../../src/index.js";
import { cli } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";
const AS_OF = ["--as-of", "2024-07-10"];

interface Row {
  readonly ruleId: RuleId;
  readonly explanation: Explanation;
}
const deadlinesOf = (stdout: string): Row[] =>
  stdout
    .trim()
    .split("\n")
    .flatMap((line) => (JSON.parse(line) as { deadlines?: Row[] }).deadlines ?? []);

describe("--detail", () => {
  const lean = deadlinesOf(cli(["ticket", TICKETS, ...AS_OF, "--format", "ndjson"]).stdout);
  const full = deadlinesOf(cli(["ticket", TICKETS, ...AS_OF, "--format", "ndjson", "--detail", "full"]).stdout);

  it("is lean by default: no text, source or documents, and the rule ID on the deadline only", () => {
    expect(lean.length).toBeGreaterThan(4);
    for (const d of lean) {
      expect(Object.keys(d.explanation)).not.toContain("text");
      expect(Object.keys(d.explanation)).not.toContain("documents");
      expect(Object.keys(d.explanation)).not.toContain("source");
      expect(d.explanation.ruleId).toBeUndefined();
    }
  });

  it("full gives every explanation its rule ID, documents and text, the text lean renders", () => {
    expect(full).toHaveLength(lean.length);
    full.forEach((d, i) => {
      const leanOne = lean[i] as Row;
      expect(d.explanation.ruleId).toBe(d.ruleId);
      expect(d.explanation.source).toEqual(getRule(d.ruleId).source);
      expect(d.explanation.documents).toEqual(ruleDocuments(d.ruleId));
      expect(d.explanation.text).toBe(explanationText(leanOne.explanation));
    });
  });

  it("leaves the table and iCalendar outputs as they are", () => {
    for (const format of ["table", "ics"]) {
      const plain = cli(["ticket", TICKETS, ...AS_OF, "--format", format]);
      expect(plain.status).toBe(0);
      expect(cli(["ticket", TICKETS, ...AS_OF, "--format", format, "--detail", "full"]).stdout).toBe(plain.stdout);
    }
    const ics = cli(["ticket", TICKETS, ...AS_OF, "--format", "ics"]).stdout.replace(/\r\n /g, "");
    expect(ics).toContain("HFS Provider Resolution Portal Requirements");
    expect(ics).toContain("rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)");
  });

  it("anything but lean or full is a usage error naming the flag", () => {
    const run = cli(["ticket", TICKETS, ...AS_OF, "--detail", "some"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--detail must be lean or full");
    expect(run.stdout).toBe("");
  });

  it("is the same flag in the other areas", () => {
    const webcm = cli([
      "webcm",
      "deadlines",
      "examples/data/webcm-members.ndjson",
      ...AS_OF,
      "--format",
      "ndjson",
      "--detail",
      "full",
    ]);
    expect(webcm.status).toBe(0);
    expect(webcm.stdout).toContain('"text":');
    const sanctions = JSON.parse(cli(["sanctions", "calendar", "--year", "2024", ...AS_OF, "--detail", "full"]).stdout);
    expect(JSON.stringify(sanctions)).toContain('"documents":');
    expect(JSON.stringify(JSON.parse(cli(["sanctions", "calendar", "--year", "2024", ...AS_OF]).stdout))).not.toContain(
      '"text":',
    );
  });
});
