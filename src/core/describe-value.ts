// The privacy rule (docs/privacy.md): an error says what kind of value it got, never the value.
// A value may be a member's name, Recipient Identification Number or date of service, so these
// descriptions are built from its type and size only.

/** Longest echoed text (a key name, a context) in an error: a few dozen characters. */
export const MAX_ECHO = 40;

/**
 * A count and its unit, singular for one: `1 day`, `2 days`, `-1 day`, `1,000 items`. Every
 * message that counts (days late, days moved) is written with it.
 *
 * @example countText(1, "day") // "1 day"
 */
export function countText(n: number, unit: string): string {
  return `${n.toLocaleString("en-US")} ${unit}${Math.abs(n) === 1 ? "" : "s"}`;
}
const count = countText;

/**
 * `text` cut to at most `max` characters, an ellipsis marking the cut.
 *
 * @example cutText("x".repeat(100), 10) // "xxxxxxxxx…"
 */
export function cutText(text: string, max = MAX_ECHO): string {
  if (typeof text !== "string") return describeValue(text);
  return text.length <= max ? text : `${text.slice(0, Math.max(max - 1, 0))}…`;
}

function describeNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return Number.isInteger(value) ? "a number" : "a fraction";
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${count(value.length, "item")}`;
  if (value instanceof Date) return "a Date object";
  if (value instanceof Map) return "a Map";
  if (value instanceof Set) return "a Set";
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return "an object without a prototype";
  return proto === Object.prototype ? "an object" : "an object of a class";
}

/**
 * What kind of value `value` is, in a few words, without its content: `a number`, `text of 12
 * characters`, `an object`, `null`. Never throws (a Proxy or a getter that throws is "a value").
 *
 * @example describeValue(370046520) // "a number"
 * @example describeValue("Jane Doe") // "text of 8 characters"
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case "undefined":
        return "undefined";
      case "boolean":
        return String(value);
      case "number":
        return describeNumber(value);
      case "bigint":
        return "a BigInt";
      case "string":
        return value.length === 0 ? "an empty string" : `text of ${count(value.length, "character")}`;
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        return value === null || value === undefined ? "null" : describeObject(value);
    }
  } catch {
    return "a value that cannot be read";
  }
}

/** A key that looks like a field name: shown in errors. Any other key may be data and is not. */
export function isFieldName(key: PropertyKey): key is string {
  return typeof key === "string" && key.length <= MAX_ECHO && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
}

/**
 * A path in the caller's notation: `members[0].recipientId`. A key that does not look like a
 * field name (it may be data) is written `[…]`.
 *
 * @example formatPath(["members", 0, "recipientId"]) // "members[0].recipientId"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (isFieldName(key)) out += out === "" ? key : `.${key}`;
    else out += "[…]";
  }
  return out;
}
