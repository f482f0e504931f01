// Every test ends with one turn of the worker's event loop.
//
// Why: vitest's worker reports each test to the main process over RPC and gives the answer 60 s
// ("[vitest-worker]: Timeout calling onTaskUpdate"). Vitest does not yield between tests, so a file
// of synchronous tests (the CLI tests spawn the binary with spawnSync) kept the worker busy for the
// whole file: 17 s here, over 60 s on a loaded CI machine, and the run failed with every test
// green. With one turn after each test, the answer is read after at most one test's time.
// Reproduced with a file of eight 9 s busy tests: the error without this file, none with it.
import { afterEach } from "vitest";

// Taken at load, before any test can install fake timers.
const realSetImmediate = globalThis.setImmediate;

afterEach(() => new Promise<void>((resolve) => realSetImmediate(resolve)));
