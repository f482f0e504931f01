// Every example in examples/ runs (docs point readers at them): a script that throws or exits non-zero fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const examples = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".ts"))
  .sort();

describe("examples", () => {
  it("exist", () => {
    expect(examples).toContain("demo.ts");
  });
  for (const file of examples) {
    it(`examples/${file} runs`, () => {
      const args = file === "demo.ts" ? ["--as-of", "2024-07-01"] : [];
      const run = spawnSync(process.execPath, ["--import", "tsx", join("examples", file), ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(run.stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(50);
    });
  }
});
