import { RuleInputError } from "./errors.js";

/**
 * Freezes a value and everything it holds (plain data: objects and arrays), so that a value
 * shared between results can never be changed through one of them (principle 1). Frozen values
 * are visited once; cycles are safe.
 *
 * @example deepFreeze({ steps: [{ to: "2024-07-05" }] }).steps[0] // frozen too
 */
export function deepFreeze<T>(value: T): T {
  try {
    freezeInto(value, new Set());
  } catch (error) {
    // A getter that throws, a Proxy, a tree nested too deeply for the stack: principle 6.
    const why = error instanceof RangeError ? "nested too deeply" : "a property could not be read";
    throw new RuleInputError([{ field: "value", reason: `could not be frozen: ${why}` }], "deepFreeze");
  }
  return value;
}

function freezeInto(value: unknown, seen: Set<object>): undefined {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeInto((value as Record<string, unknown>)[key], seen);
}

/**
 * @internal {@link deepFreeze} for the engine's memo misses: JSON-like trees (explanations,
 * windows) built fresh, whose only frozen parts are already frozen through and through (the
 * registry's data, earlier memo entries). It reads children with `Object.values` (no keyed
 * property load per field) and stops at a frozen value, so it needs no visited set.
 */
export function freezeTree<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeTree(child);
  }
  return value;
}

/**
 * @internal Freezes a constant of the library where it is defined: the value and every object it
 * reaches through own properties (enumerable or not, symbol keys too) and Map/Set contents, so that
 * nothing a caller does to an exported table, registry or default can change a later answer
 * (nothing exported can change an answer). A RegExp is left as it is (RegExp methods write its `lastIndex`).
 *
 * A zod schema met on the way (an object with zod's `_zod` internals) keeps its instance, internals
 * and `def` unfrozen: zod 4 defines a schema's methods and lazy internals on the instance at first
 * read, so a frozen schema throws there unless every member was read first, which costs about
 * 26,000 member builds (~400 ms) for the exported schemas at import; and zod copies a def's property
 * descriptors into every derived schema (`.describe()`, `.refine()`, `.strict()`), so a frozen def
 * makes those throw. The data a def holds (shape, options, checks, entries) is frozen.
 *
 * @example const DEFAULTS = frozen({ warning: 5 }); Object.isFrozen(DEFAULTS) // true
 */
export function frozen<const T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || (typeof next !== "object" && typeof next !== "function") || seen.has(next)) continue;
    seen.add(next);
    if (next instanceof RegExp) continue;
    const def = zodDef(next);
    if (def !== undefined) {
      for (const key of Reflect.ownKeys(def)) stack.push(Reflect.get(def, key));
      continue;
    }
    if (isForeign(next)) continue;
    Object.freeze(next);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push(descriptor.value);
    }
    if (next instanceof Map) for (const entry of next) stack.push(entry[0], entry[1]);
    else if (next instanceof Set) for (const member of next) stack.push(member);
  }
  return value;
}

/** The `def` of a zod schema or check (its `_zod` internals hold `def`, `constr` and `traits`), else undefined. */
function zodDef(value: object): object | undefined {
  const internals: unknown = Object.getOwnPropertyDescriptor(value, "_zod")?.value;
  if (typeof internals !== "object" || internals === null) return undefined;
  if (!Object.hasOwn(internals, "constr") || !Object.hasOwn(internals, "traits")) return undefined;
  const def: unknown = Object.getOwnPropertyDescriptor(internals, "def")?.value;
  return typeof def === "object" && def !== null ? def : undefined;
}

/**
 * Plain data (a record, an array, a Map, a Set, a function) is frozen; an instance of another class is its library's.
 */
const DATA_PROTOTYPES: ReadonlySet<unknown> = new Set([
  null,
  Object.prototype,
  Array.prototype,
  Map.prototype,
  Set.prototype,
]);
function isForeign(value: object): boolean {
  return typeof value !== "function" && !DATA_PROTOTYPES.has(Object.getPrototypeOf(value));
}
