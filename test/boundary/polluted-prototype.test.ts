// Issue 23, "reading at the boundary": inherited properties are never read, in inputs and in
// settings alike, so a property another library put on Object.prototype — before the import or
// after it — neither makes the import throw nor changes any answer of any operation.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const RUN = join(import.meta.dirname, "polluted-run.ts");
const run = (mode: string) =>
  execFileSync(process.execPath, ["--import", "tsx", RUN, mode], { encoding: "utf8", timeout: 120_000 })
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { name: string; ok: boolean });

describe("a polluted Object.prototype", () => {
  const clean = run("clean");

  it("answers every operation in a clean process (the comparison's baseline)", () => {
    expect(clean.length).toBeGreaterThanOrEqual(25);
    expect(clean.filter((line) => !line.ok).map((line) => line.name)).toEqual([]);
  });

  for (const mode of ["before", "after"])
    it(`changes no answer when polluted ${mode} the import`, () => {
      expect(run(mode)).toEqual(clean);
    }, 120_000);
});
