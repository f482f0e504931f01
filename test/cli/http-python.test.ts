// docs/http.md's Python client (standard library only) against the real server, where python3
// is installed: the block is run as written and its output compared with the one the doc shows.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT } from "./run-cli.js";

const DOC = readFileSync(join(ROOT, "docs", "http.md"), "utf8");
const code = /```python\n([\s\S]*?)```/.exec(DOC)?.[1] ?? "";
const shown = /Its output:\n\n```text\n([\s\S]*?)```/.exec(DOC)?.[1] ?? "";
const python = spawnSync("python3", ["--version"]).status === 0;

describe("docs/http.md: the Python client", () => {
  it("the doc has the client and its output", () => {
    expect(code).toContain("urllib.request");
    expect(shown).toContain("PRP-2024-0614");
  });
  it.skipIf(!python)("prints what the doc shows, against a real server", async () => {
    const server = spawn(process.execPath, [CLI, "serve", "--port", "0"], { cwd: ROOT });
    try {
      const url = await new Promise<string>((resolve) => {
        let log = "";
        server.stderr.on("data", (chunk: Buffer) => {
          log += chunk.toString();
          const found = /"url":"(http:[^"]+)"/.exec(log)?.[1];
          if (found) resolve(found);
        });
      });
      const run = await new Promise<{ out: string; err: string }>((resolve) => {
        const child = spawn("python3", ["-c", code], { cwd: ROOT, env: { ...process.env, HFS_MCO_RULES_URL: url } });
        let out = "";
        let err = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
        });
        child.stderr.on("data", (c: Buffer) => {
          err += c.toString();
        });
        child.on("exit", () => resolve({ out, err }));
      });
      expect(run.err).toBe("");
      expect(run.out).toBe(shown);
    } finally {
      server.kill("SIGTERM");
    }
  });
});
