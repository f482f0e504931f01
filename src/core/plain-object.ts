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

/**
 * @internal The own enumerable fields of an option bag, in a null-prototype record: a field left
 * out reads `undefined`, never a property some other code put on Object.prototype (another library may have put one
 * there). Shallow and cheap (a bag has a handful of keys); the funnels of settings, specs and options call
 * it once on entry.
 *
 * @example ownFields({ roll: "forward" }).detail // undefined, whatever Object.prototype holds
 */
export function ownFields<T extends object>(bag: T): T {
  return Object.assign(Object.create(null) as T, bag);
}

/**
 * @internal `table[key]` when `key` is the table's own key, else `undefined`: a lookup table keyed
 * by a caller's text never answers with an inherited property.
 *
 * @example ownKey({ calendar: "settings.calendar" }, "toString") // undefined
 */
export function ownKey<V>(table: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
