import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One event-loop turn after each test keeps the worker's RPC with the runner alive (see the file).
    setupFiles: ["test/setup/yield-to-event-loop.ts"],
    testTimeout: 30_000,
  },
});
