// Random damage for the fast-path properties (clean tickets, clean Class Members): a copy of a
// valid value with one member replaced, deleted, or one unknown key added.

type Json = Record<string | number, unknown>;

/** Every path to an object or array member in `value`. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...paths((value as Json)[k], [...prefix, k])]);
}

/** A copy of `valid` with its `n`-th path (modulo their number) set to `value`, deleted, or beside an added key. */
export function damaged(
  valid: unknown,
  n: number,
  how: "set" | "delete" | "add",
  value: unknown,
  fallback: string,
): unknown {
  const copy = structuredClone(valid) as Json;
  const all = paths(copy);
  const path = all[n % Math.max(1, all.length)] ?? [fallback];
  let parent: unknown = copy;
  for (const k of path.slice(0, -1)) parent = (parent as Json)[k];
  const key = path[path.length - 1] ?? fallback;
  const target = parent as Json;
  if (how === "delete") delete target[key];
  else if (how === "add") target[Array.isArray(target) ? target.length + 1 : "extra"] = value;
  else target[key] = value;
  return copy;
}
