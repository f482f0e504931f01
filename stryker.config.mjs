// Mutation testing of the calendar and the portal rules: `npm run mutation` (see
// docs/development.md). Not part of `npm test`: a full run takes tens of minutes on two cores.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/calendar/**/*.ts", "src/portal/**/*.ts", "!src/**/index.ts"],
  // Each mutant runs only the tests that reach it; vitest.related (the default) limits the
  // dry run to the test files that import the mutated files.
  coverageAnalysis: "perTest",
  // A static mutant (module-level data: holiday tables, rule definitions, schemas) needs a
  // reload and every test; on two cores that is ~97% of the run. They are reported as ignored.
  ignoreStatic: true,
  // Two workers: the machines this runs on have two cores.
  concurrency: 2,
  // A second run tests only the mutants whose code or tests changed (reports/ is not committed).
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  // A mutant is a timeout past its tests' dry-run time × 1.5 + this margin; an endless loop is
  // caught sooner by Stryker's hit limit.
  timeoutMS: 5_000,
};
