import { formatPath } from "../core/describe-value.js";
import { type InputIssueInit, RuleInputError } from "../core/errors.js";

// The boundary's first step (docs/boundary.md, principle 3): an input is read once into plain
// data, and nothing after this step reads the caller's objects again. Only own, enumerable data
// properties are read, so a property put on Object.prototype by other code never changes an
// answer, and a getter, a Proxy or a cycle is a RuleInputError naming the path, never the value
// (principle 6), instead of the caller's own TypeError reaching out of a policy function.

/** A path inside an input, as a RuleInputError names it (`members[0].recipientId`). */
export type InputPath = readonly PropertyKey[];

/** Plain data as the boundary hands it on: null-prototype records, arrays and primitives. */
export type PlainData = null | undefined | boolean | number | string | bigint | readonly PlainData[] | PlainRecord;

/** A record read by the boundary: its own keys only, and no prototype to inherit from. */
export interface PlainRecord {
  readonly [key: string]: PlainData;
}

/** Deeper than any real input (a ticket is 4 levels deep); past it the input is refused (a cycle too). */
const MAX_DEPTH = 64;

/** Why an input cannot be read, at a path; thrown inside the walk, turned into a RuleInputError at its top. */
class Unreadable {
  constructor(
    readonly path: InputPath,
    readonly reason: string,
  ) {}
}

function readList(value: readonly unknown[], path: PropertyKey[]): PlainData[] {
  if (Object.getPrototypeOf(value) !== Array.prototype) throw new Unreadable(path, "expected a plain list");
  const length = value.length;
  const out: PlainData[] = new Array(length);
  for (let i = 0; i < length; i++) {
    path.push(i);
    const item = value[i];
    if (item === undefined) checkUndefined(value, i, path);
    out[i] = readValue(item, path);
    path.pop();
  }
  return out;
}

function readRecord(value: object, path: PropertyKey[], passOn?: string): PlainRecord {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new Unreadable(path, "expected plain data (an object literal or JSON), got an object of a class");
  // Own enumerable string keys, each read once (a getter that returns a value is read like the
  // value; one that throws, or a Proxy trap that throws, is caught at the top). Symbol keys are
  // not data and are not read, as JSON.stringify does.
  const out: Record<string, PlainData> = {};
  for (const key of Object.keys(value)) {
    path.push(key);
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) checkUndefined(value, key, path);
    const read = key === passOn ? (field as PlainData) : readValue(field, path);
    // An own key "__proto__" (JSON.parse makes one) stays a key: assigning it would set the prototype.
    if (key === "__proto__") Object.defineProperty(out, key, { value: read, enumerable: true, writable: true });
    else out[key] = read;
    path.pop();
  }
  // No prototype: a field the input left out reads `undefined`, never a property some other code
  // put on Object.prototype. Set after the fields (V8 keeps the record in its fast shape; a record
  // made by Object.create(null) is a slower dictionary).
  return Object.setPrototypeOf(out, null) as PlainRecord;
}

/** An `undefined` read is a value, a hole in a list, or a setter without a getter: the last two are refused. */
function checkUndefined(value: object, key: PropertyKey, path: PropertyKey[]): void {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) throw new Unreadable(path, "a hole in a list is not data");
  if (!("value" in descriptor)) throw new Unreadable(path, "an accessor (getter or setter) is not data");
}

function readValue(value: unknown, path: PropertyKey[]): PlainData {
  if (value === null || typeof value !== "object") {
    if (typeof value === "function") throw new Unreadable(path, "a function is not data");
    if (typeof value === "symbol") throw new Unreadable(path, "a symbol is not data");
    return value as PlainData;
  }
  // Deeper than any input of the library: a cycle ends here too, without a set of visited objects.
  if (path.length > MAX_DEPTH) throw new Unreadable(path, `nested deeper than ${MAX_DEPTH} levels, or a cycle`);
  return Array.isArray(value) ? readList(value, path) : readRecord(value, path);
}

/**
 * `value` read into plain data: null-prototype records of its own enumerable data properties,
 * plain arrays and primitives. A getter, a setter, a Proxy whose traps throw, a symbol key, an
 * object of a class, a function, a cycle or a nesting deeper than 64 levels is a
 * {@link RuleInputError} naming where (`tickets[3].events[0]`) and what, never the value.
 * Nothing is read from a prototype.
 *
 * @example readPlainData({ asOf: "2024-07-10" }, ["settings"]) // [Object: null prototype] { asOf: "2024-07-10" }
 */
export function readPlainData(value: unknown, at: InputPath = [], context?: string, itemsKey?: string): PlainData {
  const path = [...at];
  try {
    if (itemsKey === undefined) return readValue(value, path);
    return readRecordWithItems(value, itemsKey, path);
  } catch (error) {
    throw unreadableError(error, path, context);
  }
}

/**
 * A record read as data, but for its list at `itemsKey`, passed on as given: a batch inside a
 * record (the members of a report) reads its items one by one, so that one bad item is that
 * item's error and the batch goes on (`onError: "collect"`).
 */
function readRecordWithItems(value: unknown, itemsKey: string, path: PropertyKey[]): PlainData {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return readValue(value, path);
  return readRecord(value, path, itemsKey);
}

/** The RuleInputError of an input the walk could not read: its path and why, never the value. */
function unreadableError(error: unknown, path: InputPath, context?: string): RuleInputError {
  if (error instanceof RuleInputError) return error;
  const issue: InputIssueInit =
    error instanceof Unreadable
      ? { field: formatPath(error.path), reason: error.reason, code: "not_plain_data" }
      : {
          field: formatPath(path),
          reason: error instanceof RangeError ? "nested too deeply" : "could not be read: a property or trap threw",
          code: "not_plain_data",
        };
  return new RuleInputError([issue], context);
}

/**
 * An own data property of a record read by {@link readPlainData}, or `undefined`: never an
 * inherited one (the records have no prototype, but settings objects from other code may).
 */
export function ownValue(record: PlainRecord | undefined, key: string): PlainData {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
