// Every exported input schema as JSON Schema (zod v4 `toJSONSchema`), so that an application
// in any language can validate what it sends. scripts/build-schemas.ts writes them to
// schemas/ at build time; test/schemas.test.ts checks the shipped files against these.
import { z } from "zod";

/** `TicketSchema` → `ticket`, `WebcmMemberHistorySchema` → `webcm-member-history`. */
export function schemaFileName(exportName: string): string {
  return exportName
    .replace(/Schema$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** The exports of a module that are zod schemas, by export name, sorted. */
export function exportedSchemas(module: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(module)
    .filter((entry): entry is [string, z.ZodType] => entry[0].endsWith("Schema") && entry[1] instanceof z.ZodType)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The JSON Schema of a zod schema, for the data a caller sends (`io: "input"`). */
export function jsonSchemaOf(name: string, schema: z.ZodType): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
    title: name.replace(/Schema$/, ""),
    $id: `hfs-mco-rules/schemas/${schemaFileName(name)}.schema.json`,
  };
}
