// No library warning reaches stderr as it is: the YAML reader's warning quotes the offending
// source line (member values included); the CLI turns it into one line naming the file and
// the line, never the text.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-warn-"));
const NAME = "ZZCANARY-Name";
const RIN = "987654321";

describe("YAML warnings", () => {
  it("check: a rule table's unknown tag is named by file and line, its text never shown", () => {
    const table = join(DIR, "tagged.yaml");
    writeFileSync(
      table,
      `rule: PORTAL-SINGLE-TOPIC\nkind: evaluateTicket\ncases:\n  - name: x\n    input: !member "${NAME} ${RIN}"\n    expected: { status: open }\n`,
    );
    const run = cli(["check", table]);
    const warnings = run.stderr.split("\n").filter((l) => l.includes("warning"));
    expect(warnings).toEqual([
      `hfs-mco-rules: warning: ${table}, line 5: a tag the YAML reader does not know (its value is read as plain text)`,
    ]);
    expect(run.stderr).not.toMatch(/ZZCANARY|987654321|YAMLWarning|\^\^\^/);
  });
  it("ticket --columns: a column map's warning is named by file and line", () => {
    const map = join(DIR, "tagged.columns.yaml");
    const text = readFileSync(join(ROOT, "examples/data/portal-export.columns.yaml"), "utf8");
    writeFileSync(map, text.replace("  members: []", `  members: []\n  note: !who "${NAME}"`));
    const run = cli(["ticket", "examples/data/portal-export.csv", "--columns", map, "--as-of", "2024-10-15"]);
    expect(run.stderr).toMatch(
      new RegExp(`^hfs-mco-rules: warning: ${map.replace(/[.]/g, "\\.")}, line \\d+: a tag`, "m"),
    );
    expect(run.stderr).not.toMatch(/ZZCANARY|YAMLWarning|\^\^\^/);
  });
});
