// Packs the tarball, installs it into a temporary project and imports it and its subpaths
// (schemas, rule-tables) with both `import` and `require`: what a user of the published package gets. Then runs the rule tables the
// package ships (the docs link them as the format reference) through its own `check`. Also: the JSON Schemas resolve through the
// exports map, and the installed command answers --version.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "hfs-mco-rules-smoke-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

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
  writeFileSync(
    join(app, "esm.mjs"),
    `import * as lib from "hfs-mco-rules";\n${check.replace("LIB", "lib").replace("KIND", '"import"')}`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `${check.replace("LIB", 'require("hfs-mco-rules")').replace("KIND", '"require"')}`,
  );
  const schema = `const s = SCHEMA;
    if (s.$id !== "hfs-mco-rules/schemas/ticket.schema.json") throw new Error("ticket schema: " + s.$id);
    console.log("ok", KIND, "hfs-mco-rules/schemas/ticket.schema.json");`;
  writeFileSync(
    join(app, "schema-esm.mjs"),
    `import ticket from "hfs-mco-rules/schemas/ticket.schema.json" with { type: "json" };\n${schema.replace("SCHEMA", "ticket").replace("KIND", '"import"')}`,
  );
  writeFileSync(
    join(app, "schema-cjs.cjs"),
    `require.resolve("hfs-mco-rules/schemas/iso-date.schema.json");\n${schema.replace("SCHEMA", 'require("hfs-mco-rules/schemas/ticket.schema.json")').replace("KIND", '"require"')}`,
  );
  // The subpaths: the zod schemas and the rule-table runner, by import and by require. A
  // RuleInputError thrown through one entry is the class the root exports (one class, shared chunks).
  const subpaths = `const ok = SCHEMAS.IsoDateSchema.safeParse("2024-02-30").success === false;
    if (!ok) throw new Error("IsoDateSchema accepted 2024-02-30");
    const table = TABLES.parseRuleTable("rule: CAL-BUSINESS-DAY\\nkind: addBusinessDays\\ncases:\\n  - name: July 4\\n    input: { date: 2024-07-03, n: 1 }\\n    expected: 2024-07-05\\n", "smoke.yaml");
    const results = TABLES.runRuleTable(table);
    if (!results.every((r) => r.passed)) throw new Error("rule table: " + JSON.stringify(results));
    try { TABLES.parseRuleTable(5, "x.yaml"); throw new Error("no error"); } catch (e) { if (!(e instanceof ROOT.RuleInputError)) throw e; }
    if ("parseRuleTable" in ROOT || "IsoDateSchema" in ROOT) throw new Error("the root exports a subpath's name");
    console.log("ok", KIND, "hfs-mco-rules/schemas, hfs-mco-rules/rule-tables");`;
  writeFileSync(
    join(app, "subpaths-esm.mjs"),
    `import * as ROOT from "hfs-mco-rules";\nimport * as SCHEMAS from "hfs-mco-rules/schemas";\nimport * as TABLES from "hfs-mco-rules/rule-tables";\n${subpaths.replace("KIND", '"import"')}`,
  );
  writeFileSync(
    join(app, "subpaths-cjs.cjs"),
    `const ROOT = require("hfs-mco-rules"), SCHEMAS = require("hfs-mco-rules/schemas"), TABLES = require("hfs-mco-rules/rule-tables");\n${subpaths.replace("KIND", '"require"')}`,
  );
  for (const script of [
    "esm.mjs",
    "cjs.cjs",
    "schema-esm.mjs",
    "schema-cjs.cjs",
    "subpaths-esm.mjs",
    "subpaths-cjs.cjs",
  ])
    process.stdout.write(run("node", [script], app));
  const version = run("npx", ["--no-install", "hfs-mco-rules", "--version"], app).trim();
  if (version !== packed[0].version)
    throw new Error(`hfs-mco-rules --version gave ${version}, expected ${packed[0].version}`);
  console.log("ok bin", version);
  const installed = join(app, "node_modules", "hfs-mco-rules");
  const checked = run(
    "node",
    [join(installed, "dist", "cli.js"), "check", join(installed, "test", "rule-tables")],
    app,
  );
  if (!/ 0 failed$/m.test(checked)) throw new Error(`the shipped rule tables do not pass check:\n${checked}`);
  process.stdout.write(`ok check ${checked.trim().split("\n").at(-1)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
