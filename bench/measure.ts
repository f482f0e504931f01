// Timing helpers of the figures bench: same-run baselines, alternating rounds, best or median.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Best (lowest) milliseconds of each function over `rounds` rounds, the functions alternating within a round. */
export function bestOf(rounds: number, runs: readonly (() => number)[]): number[] {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, i) => {
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, run());
    });
  }
  return best;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds a call takes. */
export function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export interface ProcessRun {
  readonly ms: number;
  /** Peak resident memory, MiB (process.resourceUsage().maxRSS at exit, bench/child/peak.cjs). */
  readonly peakMiB: number;
  readonly status: number | null;
  readonly stderr: string;
}

const peakPreload = join(import.meta.dirname, "child", "peak.cjs");

/** Runs `node ...args` (stdout to `stdoutFile` or discarded), timing it and reading its peak memory. */
export function runNode(
  args: readonly string[],
  options: { stdoutFile?: string; env?: Record<string, string>; cwd?: string } = {},
): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), "hfs-bench-peak-"));
  const peakFile = join(dir, "peak");
  const out = options.stdoutFile === undefined ? "ignore" : openSync(options.stdoutFile, "w");
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ["-r", peakPreload, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, ...options.env, BENCH_PEAK_FILE: peakFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (typeof out === "number") closeSync(out);
  let peakKiB = Number.NaN;
  try {
    peakKiB = Number(readFileSync(peakFile, "utf8"));
  } catch {
    // The process died before its exit handler ran: no figure.
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, peakMiB: peakKiB / 1024, status: run.status, stderr: run.stderr ?? "" };
}

/** Milliseconds of a bare process start (no preload): `node ...args`. */
export function startupMs(args: readonly string[], cwd: string): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: "ignore" });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}`);
  return ms;
}
