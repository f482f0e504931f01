// `npm run docs:rules`: writes docs/rules.md, the rule catalogue, from the registry.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderRulesDoc } from "./rules-doc.js";

const root = resolve(import.meta.dirname, "..");
writeFileSync(join(root, "docs", "rules.md"), renderRulesDoc(root));
process.stdout.write("wrote docs/rules.md\n");
