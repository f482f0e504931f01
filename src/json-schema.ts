// Every exported input schema as JSON Schema (zod v4 `toJSONSchema`), so that an application
// in any language can validate what it sends. scripts/build-schemas.ts writes them to
// schemas/ at build time; test/schemas.test.ts checks the shipped files against these.
import * as z from "zod/mini";
import { FIELD_DESCRIPTIONS, FIELD_DESCRIPTIONS_IN } from "./schema-descriptions.js";

/** `TicketSchema` → `ticket`, `WebcmMemberHistorySchema` → `webcm-member-history`. */
export function schemaFileName(exportName: string): string {
  return exportName
    .replace(/Schema$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** The exports of a module that are zod schemas, by export name, sorted. */
export function exportedSchemas(module: Record<string, unknown>): [string, z.core.$ZodType][] {
  return Object.entries(module)
    .filter(
      (entry): entry is [string, z.core.$ZodType] => entry[0].endsWith("Schema") && entry[1] instanceof z.core.$ZodType,
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

// Leap years of the supported range 1900-2199: every fourth year, not 1900 or 2100, and 2000.
const LEAP_YEAR = "(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000";
const YEAR = "(?:19\\d\\d|2[01]\\d\\d)";
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";

/**
 * The dates `isIsoDate` accepts, as a pattern: real calendar days from 1900-01-01 to
 * 2199-12-31. zod's `z.iso.date()` pattern allows years 0000-9999, which the library refuses.
 */
export const ISO_DATE_PATTERN = `^(?:(?:${LEAP_YEAR})-02-29|${YEAR}-${MONTH_DAY})$`;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/** The key every branch of a `oneOf` fixes to a constant and requires (an event's `type`), if there is one. */
function discriminatorOf(branches: readonly unknown[]): string | undefined {
  const first = branches[0];
  if (!isObject(first) || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((key) =>
    branches.every(
      (b) =>
        isObject(b) &&
        isObject(b.properties) &&
        isObject(b.properties[key]) &&
        "const" in b.properties[key] &&
        Array.isArray(b.required) &&
        b.required.includes(key),
    ),
  );
}

/**
 * A `oneOf` of objects told apart by one constant key (zod's discriminated unions: the portal's
 * events by `type`) as `if`/`then` on that key. Same data accepted, but a validator reports one
 * error for a bad event, an unknown `type` or a wrong field of its own branch, where `oneOf` gave
 * one per branch (about 20 for a ticket's event).
 */
function keyedUnions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(keyedUnions);
  if (!isObject(node)) return node;
  const out: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, keyedUnions(v)]));
  const branches = out.oneOf;
  const key = Array.isArray(branches) ? discriminatorOf(branches) : undefined;
  if (!Array.isArray(branches) || key === undefined) return out;
  const constOf = (b: unknown) => ((b as Json).properties as Record<string, Json>)[key]?.const;
  const { oneOf: _, ...rest } = out;
  return {
    ...rest,
    type: "object",
    required: [key],
    properties: { [key]: { enum: branches.map(constOf) } },
    allOf: branches.map((b) => ({
      if: { properties: { [key]: { const: constOf(b) } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, in data nobody awaits
      then: b,
    })),
  };
}

/** The description of field `name` held by `parent` (src/schema-descriptions.ts), if written. */
export function fieldDescription(parent: string, name: string): string | undefined {
  return FIELD_DESCRIPTIONS_IN[`${parent}/${name}`] ?? FIELD_DESCRIPTIONS[name];
}

// Every field gets its description: a schema's own (zod's `meta`) or the one written for its name.
function describeFields(node: unknown, parent: string): unknown {
  if (Array.isArray(node)) return node.map((n) => describeFields(n, parent));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key !== "properties" || !isObject(value)) return [key, describeFields(value, parent)];
      const fields = Object.entries(value).map(([name, field]) => {
        const described = describeFields(field, name);
        const text = fieldDescription(parent, name);
        return [
          name,
          isObject(described) && !("description" in described) && text
            ? { description: text, ...described }
            : described,
        ];
      });
      return [key, Object.fromEntries(fields)];
    }),
  );
}

/** The JSON Schema of a zod schema, for the data a caller sends (`io: "input"`). */
export function jsonSchemaOf(name: string, schema: z.core.$ZodType): Record<string, unknown> {
  return {
    ...(describeFields(
      keyedUnions(
        z.toJSONSchema(schema, {
          io: "input",
          unrepresentable: "any",
          target: "draft-2020-12",
          // Every calendar date says the library's range, not zod's.
          override: ({ jsonSchema }) => {
            if (jsonSchema.format === "date") jsonSchema.pattern = ISO_DATE_PATTERN;
          },
        }),
      ),
      schemaFileName(name),
    ) as Json),
    title: name.replace(/Schema$/, ""),
    $id: `hfs-mco-rules/schemas/${schemaFileName(name)}.schema.json`,
  };
}
