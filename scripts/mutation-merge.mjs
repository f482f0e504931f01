// Merges Stryker reports of chunked runs (`npm run mutation -- --mutate <files> --incrementalFile
// reports/chunks/<name>.json`) into the incremental file of the full run
// (reports/stryker-incremental.json, stryker.config.mjs). Stryker writes an incremental file with
// only the mutants of its own run, so chunks do not add up by themselves; merged, a later
// `npm run mutation` reuses every chunk's results and tests only the mutants whose code or
// covering tests changed since. A file in several chunks keeps the result of the latest chunk.
//
//   node scripts/mutation-merge.mjs reports/chunks/*.json
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const OUT = "reports/stryker-incremental.json";
const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error("usage: node scripts/mutation-merge.mjs <chunk report.json>...");
  process.exit(2);
}
// Oldest first, so that a file tested again in a later chunk keeps the later result.
const reports = inputs
  .map((file) => ({ file, time: statSync(file).mtimeMs }))
  .sort((a, b) => a.time - b.time)
  .map(({ file }) => JSON.parse(readFileSync(file, "utf8")));

const merged = { ...reports.at(-1), files: {}, testFiles: {} };
for (const report of reports) {
  Object.assign(merged.files, report.files);
  Object.assign(merged.testFiles, report.testFiles ?? {});
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(merged, null, 2));
const mutants = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(
  `${OUT}: ${Object.keys(merged.files).length} file(s), ${mutants} mutant(s) from ${reports.length} report(s)`,
);
