// Every README code block marked runnable (```ts runnable) is executed against the source,
// with `from "hfs-mco-rules"` pointing at src/index.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts runnable\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const dir = mkdtempSync(join(ROOT, "test", ".readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README runnable examples", () => {
  it("exist", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  blocks.forEach((code, i) => {
    it(`block ${i + 1} runs`, () => {
      const file = join(dir, `block-${i + 1}.ts`);
      writeFileSync(
        file,
        code.replaceAll('from "hfs-mco-rules"', `from ${JSON.stringify(join(ROOT, "src", "index.js"))}`),
      );
      const run = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    });
  });
});
