import { defineConfig } from "vitest/config";

// Two projects, so that `npm test` runs every test once and the library's tests again where the
// platform matters (docs/development.md, "The test runs"):
// - `cli`: the files whose tests start the built command (`dist/cli.js`) or a browser, most of the
//   suite's time (233 of its 284 test-seconds, measured), and the consumer test, which imports the
//   built package by its name: they run once, on the machine's Node, after `npm run build`.
// - `library`: everything else, the library's own code: it runs on the machine's Node and again on
//   Node 22 and Node 24 and in other time zones.
const CLI_FILES = [
  "test/cli/**/*.test.ts",
  "test/outputs/cli-formats.test.ts",
  "test/ics/uids.test.ts",
  "test/timeline/not-used.test.ts",
  "test/timeline/browser.test.ts",
  "test/consumer/**/*.test.ts",
];

// The library's files that replace a module with `vi.mock`: a mock needs a fresh module graph per
// file, so they run isolated (test/boundary/test-projects.test.ts fails on a vi.mock file not listed).
export const MOCKING_FILES = ["test/spenddown/effective-dates.test.ts"];

export default defineConfig({
  test: {
    // One event-loop turn after each test keeps the worker's RPC with the runner alive (see the file).
    setupFiles: ["test/setup/yield-to-event-loop.ts"],
    // A hang guard, not a speed check (speed is measured by npm run bench): the CLI tests start
    // many child processes, and on a busy machine (load 7 on 2 cores, measured) one help test took
    // 29.9 s and a time-zone test 31.6 s, over the 30 s this was.
    testTimeout: 120_000,
    projects: [
      // The library's runs (test:library, test:zones, test:node22, test:node24) pass
      // `--isolate=false`: a worker loads the library once for all its files, not once per file
      // (collect 85 s -> 16 s a run, measured). `isolate: false` set here is not applied to the
      // project's pool (vitest 3.2, measured), hence the flag. Safe because src/ keeps no
      // module-level mutable state (test/boundary/no-module-state.test.ts).
      {
        extends: true,
        test: { name: "library", include: ["test/**/*.test.ts"], exclude: [...CLI_FILES, ...MOCKING_FILES] },
      },
      // Threads, not forks: a pool of its own, so that no worker of the library's shares its modules.
      { extends: true, test: { name: "library-mocks", include: MOCKING_FILES, pool: "threads" } },
      { extends: true, test: { name: "cli", include: CLI_FILES } },
    ],
  },
});
