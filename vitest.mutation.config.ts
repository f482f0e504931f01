import { defineConfig } from "vitest/config";

// The tests Stryker runs for `npm run mutation` (stryker.config.mjs): those of the mutated areas
// (calendar, portal), the rule tables, the core, the rule registry and the privacy tests (every
// public function's argument checks, which no area test reaches). The other areas' tests
// also reach the calendar, but only through their own rules, and the CLI, README and example
// tests run code in child processes, where Stryker sees no coverage: leaving them out keeps a run
// to hours rather than a day on two cores (docs/development.md), and the score says how well these areas' own tests pin
// their code down.
export default defineConfig({
  test: {
    include: [
      "test/calendar/**/*.test.ts",
      "test/portal/**/*.test.ts",
      "test/core/**/*.test.ts",
      "test/rules/**/*.test.ts",
      "test/privacy/**/*.test.ts",
      "test/rule-tables.test.ts",
    ],
    setupFiles: ["test/setup/yield-to-event-loop.ts", "test/mutation-setup.ts"],
    testTimeout: 30_000,
  },
});
