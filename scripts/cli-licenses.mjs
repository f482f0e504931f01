// dist/cli.js bundles its dependencies (tsup.config.ts). Their licences ask that their notices
// travel with every copy: this writes dist/cli-licenses.txt with the licence text of each package
// the bundle holds, found from the `// node_modules/<package>/…` markers esbuild leaves in it.
// Run by `npm run build`, after tsup.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bundle = readFileSync(join(root, "dist", "cli.js"), "utf8");
const names = new Set();
// A checkout whose node_modules is a link to another's (a git worktree) reads `// ../main/node_modules/…`.
for (const match of bundle.matchAll(/^\/\/ (?:\.\.\/[^/\n]+\/)*node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm))
  names.add(match[1]);
if (names.size === 0) throw new Error("cli-licenses: no bundled package found in dist/cli.js");

const sections = [...names].sort().map((name) => {
  const dir = join(root, "node_modules", name);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
  if (file === undefined) throw new Error(`cli-licenses: ${name} has no licence file`);
  return `${name} ${version} (${license})\n\n${readFileSync(join(dir, file), "utf8").trim()}\n`;
});
const header = "Packages bundled into dist/cli.js (the hfs-mco-rules command), with their licences.\n";
writeFileSync(join(root, "dist", "cli-licenses.txt"), `${header}\n${sections.join(`\n${"-".repeat(72)}\n\n`)}`);
console.log(`cli-licenses: ${names.size} packages: ${[...names].sort().join(", ")}`);
