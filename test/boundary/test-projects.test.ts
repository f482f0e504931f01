// The library's runs (every zone and Node line) go without isolation (`--isolate=false`,
// package.json): the files of a worker share one module graph. A file that replaces a module with
// vi.mock would then see the real module whenever another file loaded it first, and pass or fail
// by file order. Such files must be listed in MOCKING_FILES, which run in a pool of their own.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { MOCKING_FILES } from "../../vitest.config.js";

const root = join(import.meta.dirname, "..", "..");
const MODULE_REPLACING = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importMock)\s*\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [relative(root, path).split("\\").join("/")] : [];
  });
}

describe("test projects", () => {
  it("every test file that replaces modules runs isolated", () => {
    const replacing = testFiles(join(root, "test")).filter((file) =>
      MODULE_REPLACING.test(readFileSync(join(root, file), "utf8")),
    );
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.sort()).toEqual([...MOCKING_FILES].sort());
  });
});
