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
