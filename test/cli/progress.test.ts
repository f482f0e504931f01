// Progress on stderr (issue 24, item 3): a line counting records, redrawn at most four times a
// second, only when stderr is a terminal; `--quiet` silences it; a pipe never gets it. The
// terminal is a real pseudo-terminal: util-linux `script` runs the built binary in one.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CLI, cli, ROOT } from "./run-cli.js";

const run = promisify(execFile);
const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-progress-"));
const hasScript = await run("script", ["--version"]).then(
  () => true,
  () => false,
);

/** 20,000 tickets, every 997th one invalid (a ticket number that is a number). */
function bigInput(): string {
  const base = JSON.parse(readFileSync(join(ROOT, "examples/data/tickets.json"), "utf8")) as Record<string, unknown>[];
  const lines: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const ticket = { ...base[i % base.length], ticketNumber: i % 997 === 5 ? i : `PRP-P-${i}` };
    lines.push(JSON.stringify(ticket));
  }
  const file = join(DIR, "big.ndjson");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
const FILE = bigInput();

/** What a terminal shows: each line's text after its last "erase line" (CR, ESC [K). */
function visibleLines(raw: string): string[] {
  return raw.split(/\r?\n/).map((line) => line.split("\r\x1b[K").at(-1) ?? "");
}

/** The CLI in a pseudo-terminal (stdout to /dev/null): what its stderr wrote, raw. */
async function inTerminal(args: readonly string[]): Promise<string> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(" ");
  const { stdout } = await run("script", ["-qec", `${command} > /dev/null`, "/dev/null"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  }).catch((error: { stdout: string }) => error);
  return stdout;
}

describe.skipIf(!hasScript)("progress under a terminal", () => {
  it("counts records on one line, then erases it; error lines are whole", async () => {
    const raw = await inTerminal(["ticket", FILE, "--as-of", "2024-10-15", "--format", "ndjson"]);
    const ERASE = "\r\x1b[K";
    expect(raw.split(ERASE).some((part) => /^[\d,]+ records · [\d,]+\/s · \d+\.\d s$/.test(part))).toBe(true);
    const visible = visibleLines(raw).filter((line) => line !== "");
    // Nothing of the counter is left on screen, and each error line stands alone.
    expect(visible.filter((line) => line.includes("records ·"))).toEqual([]);
    const errors = visible.filter((line) => /^line \d+:/.test(line));
    expect(errors).toHaveLength(21);
    expect(visible.at(-1)).toBe("21 of 20000 record(s) invalid");
  });
  it("--quiet: no progress line", async () => {
    const raw = await inTerminal(["ticket", FILE, "--as-of", "2024-10-15", "--format", "ndjson", "--quiet"]);
    expect(raw).not.toContain("records ·");
    expect(raw).not.toContain("\x1b[K");
    expect(raw).toContain("21 of 20000 record(s) invalid");
  });
});

describe("progress in a pipe", () => {
  it("never appears when stderr is not a terminal", () => {
    const piped = cli(["ticket", FILE, "--as-of", "2024-10-15", "--format", "ndjson"]);
    expect(piped.stderr).not.toContain("records ·");
    expect(piped.stderr).not.toContain("\x1b");
    expect(piped.stderr.trim().split("\n").at(-1)).toBe("21 of 20000 record(s) invalid");
  });
});
