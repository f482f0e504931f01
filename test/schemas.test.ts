// The JSON Schemas shipped in schemas/ (written by `npm run build`) match the zod schemas.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as library from "../src/internal.js";
import { exportedSchemas, jsonSchemaOf, schemaFileName } from "../src/json-schema.js";

const DIR = join(import.meta.dirname, "..", "schemas");
const schemas = exportedSchemas(library);

describe("shipped JSON Schemas", () => {
  it("were built (npm run build writes schemas/)", () => {
    expect(existsSync(DIR), "schemas/ is missing: run npm run build").toBe(true);
  });
  it("are one file per exported schema, and no other", () => {
    const expected = schemas.map(([name]) => `${schemaFileName(name)}.schema.json`).sort();
    expect(readdirSync(DIR).sort()).toEqual(expected);
    expect(expected).toContain("iso-date.schema.json");
  });
  for (const [name, schema] of schemas) {
    it(`${name} matches schemas/${schemaFileName(name)}.schema.json`, () => {
      const shipped = JSON.parse(readFileSync(join(DIR, `${schemaFileName(name)}.schema.json`), "utf8"));
      expect(shipped).toEqual(jsonSchemaOf(name, schema));
    });
  }
  it("describe a calendar date as format date", () => {
    const iso = JSON.parse(readFileSync(join(DIR, "iso-date.schema.json"), "utf8"));
    expect(iso.type).toBe("string");
    expect(iso.format).toBe("date");
  });
  it("give every field a description (src/schema-descriptions.ts, or the schema's own)", () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) {
        for (const n of node) walk(n, at);
        return;
      }
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key !== "properties" || typeof value !== "object" || value === null) walk(value, at);
        else
          for (const [field, schema] of Object.entries(value as Record<string, { description?: unknown }>)) {
            const text = schema.description;
            if (typeof text !== "string" || text.length < 5) undescribed.push(`${at}.${field}`);
            walk(schema, `${at}.${field}`);
          }
      }
    };
    for (const [name, schema] of schemas) walk(jsonSchemaOf(name, schema), name);
    expect(undescribed).toEqual([]);
  });
});
