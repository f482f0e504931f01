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
  it("check: a rule table's unknown tag fails the table, named by line and column, its text never shown", () => {
    // A rule table is a test: a tag the reader does not know would change what a case means, so
    // it is an error of the table (RuleInputError), not a warning.
    const table = join(DIR, "tagged.yaml");
    writeFileSync(
      table,
      `rule: PORTAL-SINGLE-TOPIC\nkind: evaluateTicket\ncases:\n  - name: x\n    input: !member "${NAME} ${RIN}"\n    expected: { status: open }\n`,
    );
    const run = cli(["check", table]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/TAG_RESOLVE_FAILED at line 5, column \d+/);
    expect(run.stdout + run.stderr).not.toMatch(/ZZCANARY|987654321|YAMLWarning|\^\^\^/);
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
