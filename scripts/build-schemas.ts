// Writes every exported zod schema of the library as JSON Schema to schemas/ (npm run build).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportedSchemas, jsonSchemaOf, schemaFileName } from "../src/json-schema.js";
import * as ruleTables from "../src/rule-tables/index.js";
import * as schemaEntry from "../src/schemas.js";

const dir = join(import.meta.dirname, "..", "schemas");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The schemas of the entries hfs-mco-rules/schemas and hfs-mco-rules/rule-tables (the rule-table format).
const schemas = exportedSchemas({ ...schemaEntry, ...ruleTables });
for (const [name, schema] of schemas) {
  writeFileSync(
    join(dir, `${schemaFileName(name)}.schema.json`),
    `${JSON.stringify(jsonSchemaOf(name, schema), null, 2)}\n`,
  );
}
console.log(`schemas/: ${schemas.length} JSON Schema file(s)`);
