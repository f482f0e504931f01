// The command line on 100,000 tickets (NDJSON in, JSON out): wall time and peak memory of the
// process. Needs the build (npm run build); peak memory needs /usr/bin/time.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TICKETS = Number(process.env.CLI_BENCH_TICKETS ?? 100_000);
const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.log("dist/cli.js is missing: run npm run build first");
} else {
  const samples = JSON.parse(readFileSync(join(root, "examples", "data", "tickets.json"), "utf8")) as Record<
    string,
    unknown
  >[];
  const dir = mkdtempSync(join(tmpdir(), "hfs-cli-bench-"));
  const input = join(dir, "tickets.ndjson");
  // Written in chunks and read back from a file: a million lines do not fit in one string.
  writeFileSync(input, "");
  for (let done = 0; done < TICKETS; done += 10_000) {
    const lines: string[] = [];
    for (let i = done; i < Math.min(done + 10_000, TICKETS); i++)
      lines.push(JSON.stringify({ ...samples[i % samples.length], ticketNumber: `T-${i}` }));
    appendFileSync(input, `${lines.join("\n")}\n`);
  }
  const output = join(dir, "out.json");
  const out = openSync(output, "w");
  const timed = existsSync("/usr/bin/time");
  const args = [process.execPath, cli, "ticket", input, "--as-of", "2024-07-10"];
  const t0 = performance.now();
  const run = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", ...args], { encoding: "utf8", stdio: ["ignore", out, "pipe"] })
    : spawnSync(args[0] ?? "node", args.slice(1), { encoding: "utf8", stdio: ["ignore", out, "pipe"] });
  closeSync(out);
  const seconds = (performance.now() - t0) / 1000;
  const peakKb = timed ? Number(run.stderr.trim().split("\n").at(-1)) : Number.NaN;
  console.log(
    `CLI: ${TICKETS.toLocaleString("en-US")} tickets (NDJSON → JSON) in ${seconds.toFixed(1)} s = ${Math.round(TICKETS / seconds).toLocaleString("en-US")} tickets/s; exit ${run.status}`,
  );
  console.log(
    `  peak memory (max RSS): ${Number.isNaN(peakKb) ? "n/a (no /usr/bin/time)" : `${(peakKb / 1024).toFixed(0)} MiB`}; output ${(statSync(output).size / 1e6).toFixed(0)} MB`,
  );
  rmSync(dir, { recursive: true, force: true });
}
