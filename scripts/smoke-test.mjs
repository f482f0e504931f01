// Packs the tarball, installs it into a temporary project and imports it and its subpaths
// (schemas, rule-tables) with both `import` and `require`: what a user of the published package gets. Then runs the rule tables the
// package ships (the docs link them as the format reference) through its own `check`. Also: the JSON Schemas resolve through the
// exports map, and the installed command answers --version.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// docs/rule-tables.md, "In your project's tests", node:test (kept equal by test/docs.test.ts).
const NODE_TEST_RECIPE = `import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { ruleTableTests } from "hfs-mco-rules/rule-tables";

// Your tables' folder. Here: the tables hfs-mco-rules ships, its own rule tables.
const dir = join(dirname(createRequire(import.meta.url).resolve("hfs-mco-rules/package.json")), "test", "rule-tables");

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml"))) {
  describe(file, () => {
    for (const test of ruleTableTests(readFileSync(join(dir, file), "utf8"), join(dir, file)))
      it(test.title, test.check);
  });
}
`;

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
  // The node:test recipe of docs/rule-tables.md ("In your project's tests"), on the shipped tables.
  writeFileSync(join(app, "rule-tables.test.mjs"), NODE_TEST_RECIPE);
  const tested = run("node", ["--test", "--test-reporter=tap", "rule-tables.test.mjs"], app);
  const pass = Number(/^# pass (\d+)$/m.exec(tested)?.[1] ?? 0);
  if (pass < 400 || !/^# fail 0$/m.test(tested))
    throw new Error(`node:test recipe: ${pass} passed\n${tested.slice(-2000)}`);
  console.log("ok node:test recipe", pass, "rows passed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
