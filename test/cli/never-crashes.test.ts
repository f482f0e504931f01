// The built binary never crashes on an ordinary mistake: one line on stderr naming the file
// once, the documented exit code (0 ok, 1 records with errors or failed checks, 2 usage or an
// unreadable file or a closed output, 128 + a signal's number when stopped), no stack trace, and stdout either
// whole or ending with a line that says why it is incomplete.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, cli, ROOT } from "./run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-crash-"));
const TICKETS = "examples/data/tickets.json";
const WEBCM = readFileSync(join(ROOT, "examples/data/webcm-members.ndjson"), "utf8").trim();

function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

/** Exactly one stderr line, from the tool, containing `text` once and no stack trace. */
function oneLine(stderr: string, text: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^hfs-mco-rules: /);
  expect(lines[0]?.split(text).length, `${text} named once in: ${lines[0]}`).toBe(2);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe("files that cannot be read: exit 2, one line, nothing on stdout", () => {
  const cases: [string, string[], string][] = [
    ["a missing input file", ["ticket", join(DIR, "nope.json")], "nope.json: no such file or directory"],
    ["a directory as input", ["webcm", "deadlines", DIR], "is a directory"],
    ["a missing options file", ["ticket", TICKETS, "--options", join(DIR, "nope-options.json")], "nope-options.json"],
    [
      "an options file that is not JSON",
      ["ticket", TICKETS, "--options", file("bad.json", "{mcoClockStart:")],
      "bad.json",
    ],
    [
      "an options file with an unknown key",
      ["ticket", TICKETS, "--options", file("unknown.json", '{"colour":"red"}')],
      "unknown.json",
    ],
    [
      "a missing calendar file",
      ["calendar", "add", "--date", "2024-07-03", "--n", "1", "--calendar", join(DIR, "nope-cal.json")],
      "nope-cal.json",
    ],
    [
      "a calendar that is not a calendar",
      ["ticket", TICKETS, "--calendar", file("cal.json", '{"holidays":"2024-07-04"}')],
      "cal.json",
    ],
    ["a missing folder for check", ["check", join(DIR, "no-such-folder")], "no-such-folder"],
    [
      "a missing input for a report",
      ["webcm", "report", join(DIR, "nope.ndjson"), "--quarter", "2024-Q1", "--mco", "M"],
      "nope.ndjson",
    ],
    ["a missing input for iCalendar output", ["ticket", join(DIR, "nope2.json"), "--format", "ics"], "nope2.json"],
  ];
  for (const [name, args, named] of cases) {
    it(name, () => {
      const run = cli(args[0] === "check" ? args : [...args, "--as-of", "2024-07-10"]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      oneLine(run.stderr, named);
    });
  }
  it("names a bad options file once, and the field that is wrong", () => {
    const run = cli(["ticket", TICKETS, "--options", file("wrong.json", '{"mcoClockStart":"tomorrow"}')]);
    oneLine(run.stderr, "wrong.json");
    expect(run.stderr).toMatch(/^hfs-mco-rules: --options \S+wrong\.json: mcoClockStart: /);
  });
});

describe("flags", () => {
  it("refuses an unknown --format of a report before reading its input", () => {
    const run = cli([
      "webcm",
      "report",
      join(DIR, "never-read.ndjson"),
      "--quarter",
      "2024-Q1",
      "--mco",
      "M",
      "--format",
      "pdf",
    ]);
    expect(run.status).toBe(2);
    oneLine(run.stderr, '--format must be json, ndjson, table or ics, got "pdf"');
  });
  it("reports a flag the rules refuse as a usage error, not an internal one", () => {
    const run = cli([
      "webcm",
      "report",
      "examples/data/webcm-members.ndjson",
      "--quarter",
      "2024-Q9",
      "--mco",
      "M",
      "--as-of",
      "2024-04-15",
    ]);
    expect(run.status).toBe(2);
    oneLine(run.stderr, "WEBCM-COMPLIANCE-REPORT: quarter");
    expect(run.stderr).not.toContain("internal error");
  });
  it("refuses an unknown --input-format before reading", () => {
    const run = cli(["ticket", TICKETS, "--input-format", "xml"]);
    expect(run.status).toBe(2);
    oneLine(run.stderr, '--input-format must be json, ndjson or csv, got "xml"');
  });
});

describe("inline JSON for --options and --calendar", () => {
  it("takes --options '{…}' as the help shows", () => {
    const run = cli(["ticket", TICKETS, "--as-of", "2024-07-10", "--options", '{"mcoClockStart":"portal-receipt"}']);
    expect(run.status).toBe(0);
    const proposal = JSON.parse(run.stdout).results[0].deadlines.find((d: { name: string }) => d.name === "proposal");
    // Lean (the default): the clock's start is told by the start label.
    expect(proposal.explanation.startLabel).toBe("ticket received via the Portal (mcoClockStart: portal-receipt)");
  });
  it("says what is wrong with bad inline JSON, in one line", () => {
    const run = cli(["ticket", TICKETS, "--options", '{"mcoClockStart":'], "");
    expect(run.status).toBe(2);
    oneLine(run.stderr, "--options (inline JSON): not valid JSON");
  });
  it("takes --calendar '{…}'", () => {
    const run = cli(["calendar", "add", "--date", "2024-07-03", "--n", "1", "--calendar", '{"holidays":[]}']);
    expect(JSON.parse(run.stdout).result).toBe("2024-07-04");
  });
});

describe("--version", () => {
  it("prints the package's version", () => {
    const run = cli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});

describe("CSV rows with unexpected columns", () => {
  it("names the line and counts the unknown columns, never prints the row or the header", () => {
    const run = cli(["ticket", file("odd.csv", "patient,rin\nJordan Lee,412345678\n"), "--as-of", "2024-07-10"]);
    expect(run.status).toBe(1);
    // A header may be a data row (an export without its header): unknown column names are counted,
    // never shown, unless close to a field name; the hint says how to map an export's own columns.
    expect(run.stderr).toMatch(/^line 2: record: 2 unknown keys \(not shown: not close to a field name\)/m);
    expect(run.stderr).toMatch(/^hint: .*--columns/m);
    const printed = `${run.stderr}${JSON.stringify(JSON.parse(run.stdout).errors)}`;
    expect(printed).not.toMatch(/Jordan Lee|412345678|patient|\brin\b/);
  });
  it("names an unknown column close to a field name, with the field it likely means", () => {
    const run = cli(["ticket", file("typo.csv", "ticketNumbr,mco\nT-1,Acme\n"), "--as-of", "2024-07-10"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^line 2: ticketNumbr: unknown key \(did you mean ticketNumber\?\)/m);
    expect(run.stderr).not.toMatch(/T-1|Acme/);
  });
});

/** Starts the CLI with stdin kept open; resolves when it exits. */
function start(args: readonly string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
  // The CLI may exit before it has read all we send (a closed output stops it): not an error here.
  child.stdin.on("error", () => {});
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  const output = () => stdout;
  return { child, exited, output };
}

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
}

// Signals (SIGINT, SIGTERM, SIGHUP) while reading: test/cli/signals.test.ts.

describe("a closed output pipe (| head)", () => {
  it("stops with one line on stderr, exit 2, no EPIPE stack trace", async () => {
    const many = Array.from({ length: 4000 }, () => WEBCM).join("\n");
    const run = start([
      "webcm",
      "deadlines",
      "--as-of",
      "2024-04-15",
      "--input-format",
      "ndjson",
      "--format",
      "ndjson",
    ]);
    run.child.stdin.end(`${many}\n`);
    await until(() => run.output().length > 0);
    run.child.stdout.destroy();
    const { code, stderr } = await run.exited;
    expect(code).toBe(2);
    oneLine(stderr, "the output was closed before the end");
  });
});
