// Runs the built binary (dist/cli.js), as a user would.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");

export function cli(
  args: readonly string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run npm run build");
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
