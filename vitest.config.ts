import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One event-loop turn after each test keeps the worker's RPC with the runner alive (see the file).
    setupFiles: ["test/setup/yield-to-event-loop.ts"],
    // A hang guard, not a speed check (speed is measured by npm run bench): the CLI tests start
    // many child processes, and on a busy machine (load 7 on 2 cores, measured) one help test took
    // 29.9 s and a time-zone test 31.6 s, over the 30 s this was.
    testTimeout: 120_000,
  },
});
