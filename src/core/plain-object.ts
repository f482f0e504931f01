// The fast paths that skip a zod parse for clean input (portal tickets, spenddown Class
// Members) accept only plain data: this is their one test of an object.

/** @internal An object read as a record of its own keys. */
export type Plain = Record<string, unknown>;

/**
 * @internal A plain object (`{}` literal, JSON or null prototype) whose own keys are all in
 * `keys`, none of them `undefined` (a schema may read an explicit `undefined` otherwise).
 *
 * @example plainWith({ a: 1 }, new Set(["a", "b"])) // true
 */
export function plainWith(value: unknown, keys: ReadonlySet<string>): value is Plain {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!keys.has(key) || (value as Plain)[key] === undefined) return false;
  return true;
}
