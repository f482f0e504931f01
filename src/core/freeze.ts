/**
 * Freezes a value and everything it holds (plain data: objects and arrays), so that a value
 * shared between results can never be changed through one of them (principle 1). Frozen values
 * are visited once; cycles are safe.
 *
 * @example deepFreeze({ steps: [{ to: "2024-07-05" }] }).steps[0] // frozen too
 */
export function deepFreeze<T>(value: T): T {
  freezeInto(value, new Set());
  return value;
}

function freezeInto(value: unknown, seen: Set<object>): undefined {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeInto((value as Record<string, unknown>)[key], seen);
}
