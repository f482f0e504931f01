// Generated near-valid inputs for the schema properties: a valid sample with one to three
// changes at any place in its tree (a string replaced by blank, untrimmed or line-separator
// text, a date by a near-date, a value by another type, a key removed or added).
import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** Strings where a JSON Schema and a zod schema tend to part: blanks, untrimmed, line separators. */
export const TRICKY_STRINGS = [
  "",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u00a0",
  "\ufeff",
  "\u0085",
  "\u200b",
  "\u0000",
  " \u0001 ",
  "\u200b\u200b",
  "T-3",
  "T-3\u2028",
  "\u2028T-3",
  " T-3",
  "T-3 ",
  "T-3\n",
  "T\u20283",
  "a b",
  "Meridian",
  "2024-07-01",
  "2024-02-29",
  "2023-02-29",
  "2024-02-30",
  "2024-7-1",
  " 2024-07-01",
  "2024-07-01\u2028",
  "1899-12-31",
  "1900-01-01",
  "2199-12-31",
  "2200-01-01",
  "9999-12-31",
  "0000-01-01",
  "2024-07",
  "412345678",
  "41234567",
  "1.50",
  "-1.50",
  "1.505",
  "100",
  "true",
  "null",
] as const;

const otherValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom<Json>(null, true, false, 0, 1, -1, 1.5, 2 ** 53, [], {}),
  fc.integer({ min: -5, max: 100_000_000 }),
);

type Mutation = {
  readonly at: number;
  readonly kind: "replace" | "remove" | "add";
  readonly value: Json;
  readonly key: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "replace", "remove", "add"),
  value: otherValue,
  key: fc.constantFrom("extra", "note", "id", "date", "type", "__proto__"),
});

/** Every path in a JSON value, the root first, in a fixed order. */
function paths(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === "object")
    return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function apply(root: Json, m: Mutation): Json {
  const all = paths(root);
  const path = all[m.at % all.length] ?? [];
  if (path.length === 0) return m.kind === "replace" ? m.value : root;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root) as
    | Record<string | number, Json>
    | Json[];
  const key = path[path.length - 1] as string | number;
  if (m.kind === "replace") (parent as Record<string | number, Json>)[key] = m.value;
  else if (m.kind === "remove" && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (m.kind === "remove") delete (parent as Record<string, Json>)[key];
  else if (!Array.isArray(parent))
    Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** A sample, as is or with one to three mutations. */
export function nearValid(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(mutation, { maxLength: 3 }))
    .map(([sample, mutations]) => mutations.reduce((value, m) => apply(value, m), structuredClone(sample) as Json));
}
