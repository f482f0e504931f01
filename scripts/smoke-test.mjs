// Packs the tarball, installs it into a temporary project and imports it with both `import`
// and `require`: what a user of the published package gets. Then runs the rule tables the
// package ships (the docs link them as the format reference) through its own `check`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "hfs-mco-rules-smoke-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const tarball = join(work, packed[0].filename);
  const app = join(work, "app");
  run("mkdir", ["-p", app], work);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "smoke-app", private: true, version: "0.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
  const check = `const m = LIB; const d = m.addBusinessDays("2024-07-03", 1);
    if (d !== "2024-07-05") throw new Error("addBusinessDays gave " + d);
    if (!m.RULES.some((r) => r.id === "PORTAL-PROPOSAL-DUE")) throw new Error("registry missing");
    console.log("ok", KIND, d);`;
  writeFileSync(join(app, "esm.mjs"), `import * as lib from "hfs-mco-rules";\n${check.replace("LIB", "lib").replace("KIND", '"import"')}`);
  writeFileSync(join(app, "cjs.cjs"), `${check.replace("LIB", 'require("hfs-mco-rules")').replace("KIND", '"require"')}`);
  process.stdout.write(run("node", ["esm.mjs"], app));
  process.stdout.write(run("node", ["cjs.cjs"], app));
  const installed = join(app, "node_modules", "hfs-mco-rules");
  const checked = run("node", [join(installed, "dist", "cli.js"), "check", join(installed, "test", "rule-tables")], app);
  if (!/ 0 failed$/m.test(checked)) throw new Error(`the shipped rule tables do not pass check:\n${checked}`);
  process.stdout.write(`ok check ${checked.trim().split("\n").at(-1)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
