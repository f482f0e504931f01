// SIGINT (Ctrl-C), SIGTERM and SIGHUP while records are read: the output is whole or ends with
// one line saying it is incomplete, one line on stderr, exit code 128 + the signal's number.
// The test waits for the CLI's readiness line (HFS_MCO_RULES_TEST_READY=1: "waiting for input",
// written each time it waits for input with none left unread, its handlers installed), not for
// a state seen in /proc: Node catches SIGINT from its start, so /proc says nothing about the
// CLI's own handler, and a process still loading was killed by the signal.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT } from "./run-cli.js";

const WEBCM = readFileSync(join(ROOT, "examples/data/webcm-members.ndjson"), "utf8").trim();
const READY = "hfs-mco-rules: waiting for input";
const SIGNALS = [
  ["SIGINT", 130, "interrupted"],
  ["SIGTERM", 143, "interrupted by SIGTERM"],
  ["SIGHUP", 129, "interrupted by SIGHUP"],
] as const;

/** Starts the CLI with stdin kept open and the readiness line on; resolves when it exits. */
function start(args: readonly string[]) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, HFS_MCO_RULES_TEST_READY: "1" },
  });
  child.stdin.on("error", () => {});
  let stdout = "";
  let stderr = "";
  const waiters: (() => void)[] = [];
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr: withoutReady(stderr) })),
  );
  /** Resolves once the CLI has said `n` times that it waits for input. */
  const ready = async (n: number) => {
    while (stderr.split(READY).length - 1 < n) await new Promise<void>((r) => waiters.push(r));
  };
  return { child, exited, ready };
}

const withoutReady = (stderr: string) =>
  stderr
    .split("\n")
    .filter((line) => line !== READY)
    .join("\n");

/** Exactly one stderr line, from the tool, with `text`, and no stack trace. */
function oneLine(stderr: string, text: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^hfs-mco-rules: /);
  expect(lines[0]).toContain(text);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

/** Sends the records once the CLI waits for input, then the signal once it waits again. */
async function stopWhileReading(args: readonly string[], signal: NodeJS.Signals) {
  const run = start(args);
  await run.ready(1);
  // One write of less than a pipe's atomic size: one chunk, read whole before the next wait.
  run.child.stdin.write(`${WEBCM}\n`);
  await run.ready(2);
  run.child.kill(signal);
  return run.exited;
}

const deadlines = (format: string) => [
  "webcm",
  "deadlines",
  "--as-of",
  "2024-04-15",
  "--input-format",
  "ndjson",
  "--format",
  format,
];

describe("a stop signal while reading", () => {
  for (const [signal, exitCode, said] of SIGNALS) {
    for (const format of ["json", "ndjson", "table"]) {
      it(`${signal}: finishes the --format ${format} output with a line saying it is incomplete, exit ${exitCode}`, async () => {
        const { code, stdout, stderr } = await stopWhileReading(deadlines(format), signal);
        expect(code).toBe(exitCode);
        const why = `${said} while reading standard input; the output is incomplete`;
        oneLine(stderr, why);
        const last = stdout.trim().split("\n").at(-1) ?? "";
        if (format === "json")
          expect(JSON.parse(stdout)).toMatchObject({ summary: { records: 4, evaluated: 4 }, stopped: why });
        if (format === "ndjson") expect(JSON.parse(last)).toEqual({ stopped: why });
        if (format === "table") expect(last).toBe(`stopped: ${why}`);
      });
    }
    it(`${signal}: writes nothing on stdout for a command that answers only at the end`, async () => {
      const args = ["webcm", "report", "--as-of", "2024-04-15", "--input-format", "ndjson", "--quarter", "2024-Q1"];
      const { code, stdout, stderr } = await stopWhileReading([...args, "--mco", "Meridian"], signal);
      expect(code).toBe(exitCode);
      expect(stdout).toBe("");
      oneLine(stderr, `${said} while reading standard input`);
    });
  }
  it("SIGTERM before the first record: nothing on stdout, one line, exit 143", async () => {
    const run = start(deadlines("ndjson"));
    await run.ready(1);
    run.child.kill("SIGTERM");
    const { code, stdout, stderr } = await run.exited;
    expect(code).toBe(143);
    expect(stdout).toBe("");
    oneLine(stderr, "interrupted by SIGTERM while reading standard input");
  });
});

describe("the readiness line", () => {
  it("is not written without the variable", async () => {
    const child = spawn(process.execPath, [CLI, ...deadlines("ndjson")], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdin.end(`${WEBCM}\n`);
    await new Promise((r) => child.on("close", r));
    expect(stderr).toBe("");
  });
});
