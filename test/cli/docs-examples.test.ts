// The docs' CLI examples give the outputs they claim: every `sh` block of docs/cli.md and docs/what-if.md that is
// followed by a `text` block is run (one command, the built CLI) and its output compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run-cli.js";

// docs/what-if.md's worked example too: its outputs are the command's on the shipped samples.
const DOC = ["cli.md", "what-if.md"].map((name) => readFileSync(join(ROOT, "docs", name), "utf8")).join("\n");
const pairs = [...DOC.matchAll(/```sh\n(npx hfs-mco-rules [^\n]+)\n```\n\n```text\n([\s\S]*?)```/g)].map(
  ([, command, output]) => ({ command: command ?? "", output: output ?? "" }),
);

describe("docs/cli.md and docs/what-if.md examples", () => {
  it("has examples with their output", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2);
  });
  for (const { command, output } of pairs) {
    it(command, () => {
      const args = command.replace(/^npx hfs-mco-rules /, "").split(/\s+/);
      const run = cli(args);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(output);
    });
  }
});
