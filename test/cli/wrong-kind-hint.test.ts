// A file of one kind given where another is read (a WebCM history file as `queue`'s tickets, a
// ticket file as `--webcm`) fails on every field: one hint line says what the records look like
// and which commands read them, once per input, naming no value of the record.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run-cli.js";

const DATA = "examples/data";
const AS_OF = ["--as-of", "2024-08-01"];
const hints = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("hint: "));

describe("a file of another kind than the command reads", () => {
  it("WebCM histories given to queue as tickets: one hint, pointing at --webcm", () => {
    const run = cli(["queue", `${DATA}/webcm-members.ndjson`, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(hints(run.stderr)).toEqual([
      "hint: line 1 looks like a WebCM member history, not a Provider Resolution Portal ticket; WebCM member " +
        "histories are read by `webcm deadlines FILE`, `webcm report FILE` and `queue --webcm FILE`",
    ]);
    // After the first record's errors, before the second record's.
    const lines = run.stderr.split("\n");
    expect(lines.findIndex((l) => l.startsWith("hint: "))).toBeLessThan(
      lines.findIndex((l) => l.startsWith("line 2:")),
    );
  });

  it("tickets given as --webcm, and spenddown quarters given to ticket", () => {
    const webcm = cli(["queue", "--webcm", `${DATA}/tickets.json`, ...AS_OF]);
    expect(hints(webcm.stderr)).toEqual([
      expect.stringMatching(
        /^hint: line 1 looks like a Provider Resolution Portal ticket, not a WebCM member history; tickets are read by .*`queue FILE`/,
      ),
    ]);
    const ticket = cli(["ticket", `${DATA}/spenddown-quarters.ndjson`, ...AS_OF, "--format", "ndjson"]);
    expect(ticket.status).toBe(1);
    expect(hints(ticket.stderr)).toEqual([
      expect.stringMatching(
        /^hint: line 1 looks like a spenddown provider quarter, not a Provider Resolution Portal ticket; .*`queue --spenddown FILE`$/,
      ),
    ]);
  });

  it("statistics, which counts each ticket as it reads it, gives the hint after the errors", () => {
    const run = cli(["statistics", `${DATA}/webcm-members.ndjson`, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(hints(run.stderr)).toEqual([expect.stringMatching(/^hint: line 1 looks like a WebCM member history, /)]);
    const lines = run.stderr.split("\n");
    expect(lines.findIndex((l) => l.startsWith("hint: "))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith("line 2:")),
    );
    expect(hints(cli(["statistics", `${DATA}/tickets.json`, ...AS_OF]).stderr)).toEqual([]);
  });

  it("says nothing of a record of the right kind with a bad field, and names no value", () => {
    const tickets = JSON.parse(readFileSync(join(ROOT, DATA, "tickets.json"), "utf8"));
    const bad = cli(
      ["ticket", "--input-format", "json", ...AS_OF],
      JSON.stringify([{ ...tickets[0], portalSubmittedOn: "x" }]),
    );
    expect(bad.status).toBe(1);
    expect(hints(bad.stderr)).toEqual([]);
    const member = readFileSync(join(ROOT, DATA, "webcm-members.ndjson"), "utf8").split("\n")[0] ?? "";
    const run = cli(["ticket", "--input-format", "ndjson", ...AS_OF], `${member}\n`);
    expect(hints(run.stderr)).toHaveLength(1);
    for (const value of Object.values(JSON.parse(member)).filter((v) => typeof v === "string"))
      expect(run.stderr).not.toContain(value as string);
  });
});
