// Writes every exported zod schema of the library as JSON Schema to schemas/ (npm run build).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as library from "../src/index.js";
import { exportedSchemas, jsonSchemaOf, schemaFileName } from "../src/schemas.js";

const dir = join(import.meta.dirname, "..", "schemas");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const schemas = exportedSchemas(library);
for (const [name, schema] of schemas) {
  writeFileSync(
    join(dir, `${schemaFileName(name)}.schema.json`),
    `${JSON.stringify(jsonSchemaOf(name, schema), null, 2)}\n`,
  );
}
console.log(`schemas/: ${schemas.length} JSON Schema file(s)`);
