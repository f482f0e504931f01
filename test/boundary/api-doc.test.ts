// docs/api.md is the table the operations' declarations give today (`npm run docs:operations`),
// and every operation the root exports as an entry is declared once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderApiDoc } from "../../scripts/api-doc.js";
import { OPERATIONS } from "../../src/api/index.js";
import * as root from "../../src/index.js";

describe("the operations' declarations", () => {
  it("docs/api.md is what they render (run `npm run docs:operations`)", () => {
    expect(readFileSync(join(import.meta.dirname, "..", "..", "docs", "api.md"), "utf8")).toBe(renderApiDoc());
  });
  it("declare each operation once, and each declared operation is exported by the root", () => {
    const names = OPERATIONS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const exported = root as Record<string, unknown>;
    expect(names.filter((n) => typeof exported[n] !== "function")).toEqual([]);
  });
  it("name the function the root exports (the entry's name is the declaration's)", () => {
    for (const op of OPERATIONS)
      expect((root as unknown as Record<string, { name: string }>)[op.name]?.name, op.name).toBe(op.name);
  });
});
