import { deepFreeze } from "../core/freeze.js";

/**
 * Values shared between the member-months of one `evaluateProviderQuarter` call: each built once
 * per key and frozen, so that no result can change another through them (principle 1). A key
 * names everything the value depends on besides what is fixed for the call (`asOf`, options).
 */
export type SharedValues = Map<string, unknown>;

/**
 * The value for `key`, built by `make` the first time (then frozen); without `memo`, a fresh
 * value each time (a single evaluation shares nothing).
 *
 * @example
 * const memo: SharedValues = new Map();
 * sharedValue(memo, "a", () => ({ n: 1 })) === sharedValue(memo, "a", () => ({ n: 1 })) // true
 */
export function sharedValue<T>(memo: SharedValues | undefined, key: string, make: () => T): T {
  if (memo === undefined) return make();
  const known = memo.get(key);
  if (known !== undefined) return known as T;
  const value = deepFreeze(make());
  memo.set(key, value);
  return value;
}
