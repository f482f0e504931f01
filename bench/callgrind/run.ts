// Runs bench/callgrind/calendar.ts under valgrind --tool=callgrind (bundled first with esbuild,
// so no TypeScript loader is counted) and prints instructions per call of addBusinessDays and of
// the hand-written prefix-sum lookup (steady state: 3 repeats minus 1), and their ratio. Needs
// valgrind. CALLS from argv (default 200000).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const calls = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), "hfs-callgrind-"));
const script = join(dir, "calendar.mjs");
await build({
  entryPoints: [join(import.meta.dirname, "calendar.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: script,
  logLevel: "silent",
});

/** Total instructions (Ir) of `node script mode`, from callgrind's summary line. */
function instructions(mode: string, repeats: number): number {
  const out = join(dir, `callgrind.${mode}.${repeats}`);
  const run = spawnSync(
    "valgrind",
    [
      "--tool=callgrind",
      `--callgrind-out-file=${out}`,
      process.execPath,
      "--single-threaded",
      script,
      mode,
      String(calls),
      String(repeats),
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`valgrind exited ${run.status}: ${run.stderr.slice(-500)}`);
  const summary =
    readFileSync(out, "utf8").match(/^summary: (\d+)/m) ?? readFileSync(out, "utf8").match(/^totals: (\d+)/m);
  return Number(summary?.[1]);
}

try {
  const perCall = (mode: string) => (instructions(mode, 3) - instructions(mode, 1)) / (2 * calls);
  const library = perCall("library");
  const lookup = perCall("lookup");
  console.log(
    `callgrind, ${calls.toLocaleString("en-US")} calls: addBusinessDays ${library.toFixed(0)} instructions/call, prefix-sum lookup ${lookup.toFixed(0)}; ratio ${(library / lookup).toFixed(2)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
