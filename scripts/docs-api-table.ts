// `npm run docs:operations`: writes docs/api.md, the table of operations, from their declarations.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderApiDoc } from "./api-doc.js";

writeFileSync(join(resolve(import.meta.dirname, ".."), "docs", "api.md"), renderApiDoc());
process.stdout.write("wrote docs/api.md\n");
