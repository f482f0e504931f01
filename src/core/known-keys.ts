import type * as z from "zod/mini";

// The field names a schema knows at a path, so that an unknown key can be told apart: a typo of a
// field name (`ticketNumbr`) is named with a suggestion, any other key is counted and never shown,
// because a key may be data (a Recipient ID, a member's name used as a key; principle 6).

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly left?: z.core.$ZodType;
  readonly right?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly items?: readonly z.core.$ZodType[];
  readonly getter?: () => z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): SchemaDef => schema._zod.def as unknown as SchemaDef;

/** The schemas a value at `path` may be checked by (several under a union). */
function schemasAt(schema: z.core.$ZodType, path: readonly PropertyKey[], depth = 0): z.core.$ZodType[] {
  if (depth > 64) return [];
  const def = defOf(schema);
  const wrapped = def.innerType ?? def.in ?? (def.type === "lazy" ? def.getter?.() : undefined);
  if (wrapped !== undefined) return schemasAt(wrapped, path, depth + 1);
  if (def.type === "union") return (def.options ?? []).flatMap((o) => schemasAt(o, path, depth + 1));
  if (def.type === "intersection")
    return [def.left, def.right].flatMap((s) => (s ? schemasAt(s, path, depth + 1) : []));
  if (path.length === 0) return [schema];
  const [key, ...rest] = path;
  const next =
    def.type === "object"
      ? def.shape?.[String(key)]
      : def.type === "array"
        ? def.element
        : def.type === "record"
          ? def.valueType
          : def.type === "tuple"
            ? def.items?.[Number(key)]
            : undefined;
  return next === undefined ? [] : schemasAt(next, rest, depth + 1);
}

/**
 * The field names of the object schema(s) at `path` of `schema`: empty when the path leads to no
 * object schema.
 *
 * @example knownKeysAt(TicketSchema, ["members", 0]) // ["recipientId", "name", …]
 */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const at of schemasAt(schema, path)) {
    const def = defOf(at);
    if (def.type === "object") for (const key of Object.keys(def.shape ?? {})) keys.add(key);
  }
  return [...keys];
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), stopped above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The known field name an unknown key is a likely typo of: the same letters in another case, or
 * one edit away (two for names of 8 letters or more). None when nothing is that close: the key is
 * then treated as possible data.
 *
 * @example closestFieldName("ticketNumbr", ["ticketNumber", "mco"]) // "ticketNumber"
 */
export function closestFieldName(key: string, known: readonly string[]): string | undefined {
  const limit = key.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const d = name.toLowerCase() === key.toLowerCase() ? 0 : distance(key, name, limit);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}
