// Prints one plain line `N passed, N failed` from vitest's JSON reports (one per run: the
// CLI files and the library in Chicago, then the library in another zone, on Node 22 and 24; see the
// test:* scripts), so that a run that executed no test is visible in CI. A line per report comes first, to show which ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "..", ".vitest");
let passed = 0;
let failed = 0;
for (const file of existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const runPassed = report.numPassedTests ?? 0;
  // A test file that fails to load has no failed test, only a failed suite: count it.
  const runFailed =
    (report.numFailedTests ?? 0) || (report.success === false ? Math.max(report.numFailedTestSuites ?? 0, 1) : 0);
  console.log(`  ${file.replace(/\.json$/, "")}: ${runPassed} tests passed, ${runFailed} failed`);
  passed += runPassed;
  failed += runFailed;
}
console.log(`${passed} passed, ${failed} failed`);
