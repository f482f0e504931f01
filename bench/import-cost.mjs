// Where the import of the package goes: the incremental CPU time of importing each part of the
// module-per-file build (dist/esm) in turn, in one process (median of 5 processes). Run after
// npm run build: node bench/import-cost.mjs
import { execFileSync } from "node:child_process";

const parts = [
  "zod",
  "yaml",
  "./dist/esm/core/dates.js",
  "./dist/esm/core/index.js",
  "./dist/esm/calendar/add-business-days.js",
  "./dist/esm/calendar/index.js",
  "./dist/esm/rules/registry.js",
  "./dist/esm/portal/index.js",
  "./dist/esm/sanctions/index.js",
  "./dist/esm/registration/index.js",
  "./dist/esm/webcm/index.js",
  "./dist/esm/spenddown/index.js",
  "./dist/esm/portal-statistics/index.js",
  "./dist/esm/rule-tables/index.js",
  "./dist/esm/ics/index.js",
  "./dist/esm/index.js",
];
const child = `
const out = [];
for (const part of ${JSON.stringify(parts)}) {
  const t0 = process.cpuUsage();
  await import(part.startsWith("./") ? new URL(part, "file://" + process.cwd() + "/").href : part);
  const t = process.cpuUsage(t0);
  out.push((t.user + t.system) / 1000);
}
process.stdout.write(JSON.stringify(out));`;
const runs = Array.from({ length: 5 }, () =>
  JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8" })),
);
const bare = Array.from({ length: 5 }, () => {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, ["-e", "0"]);
  return Number(process.hrtime.bigint() - t0) / 1e6;
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("incremental CPU ms of each import, in this order (median of 5 processes):");
for (const [i, part] of parts.entries())
  console.log(`  ${part.padEnd(40)} ${median(runs.map((r) => r[i])).toFixed(1)}`);
console.log(
  `  total ${median(runs.map((r) => r.reduce((a, b) => a + b, 0))).toFixed(1)} ms CPU; a bare node -e 0 takes ${median(bare).toFixed(0)} ms wall`,
);
