import * as z from "zod/mini";
import { iterableArgument } from "./arguments.js";
import { readPlainData } from "../api/read.js";
import { type InputIssue, parseInput, RuleInputError } from "./errors.js";
import { frozen } from "./freeze.js";

/**
 * What a batch entry does with an item it cannot evaluate (principle 6: "a batch reports a bad
 * item and goes on"):
 * - `throw` (default): the first bad item stops the batch with a RuleInputError naming its
 *   position (`index`, 0-based) and, for tickets and fines, its ticket number;
 * - `collect`: every item gets its answer in input order; a bad item's answer is an
 *   {@link InvalidInput} and the batch goes on.
 */
export const OnErrorSchema = frozen(z.enum(["throw", "collect"]));
export type OnError = z.infer<typeof OnErrorSchema>;

/** A RuleInputError as plain data (JSON-serialisable), in an {@link InvalidInput}. */
export interface InputErrorReport {
  readonly name: "RuleInputError";
  readonly message: string;
  readonly issues: readonly InputIssue[];
}

/** The answer of a batch entry under `onError: "collect"` for an item it could not evaluate. */
export interface InvalidInput {
  readonly status: "invalid input";
  /** The item's position in the input, 0-based (the first item is index 0). */
  readonly index: number;
  readonly error: InputErrorReport;
}

/** How a batch names its items: what one is, and the identifier field read from a bad one. */
export interface BatchItems<K extends string> {
  /** What one item is, for the messages: e.g. `Provider Resolution Portal ticket`. */
  readonly label: string;
  /** The item's identifier field (e.g. `ticketNumber`), copied into its InvalidInput when readable. */
  readonly idKey: K;
  /**
   * Whether the identifier may appear in a message. Ticket numbers may; member IDs never do
   * (privacy: a member is named by position only).
   */
  readonly idInMessage: boolean;
}

/** An {@link InvalidInput} with the item's identifier when it could be read (e.g. `ticketNumber`). */
export type InvalidItem<K extends string> = InvalidInput & { readonly [P in K]?: string };

const ID_LIMIT = 40;

/** The item's identifier: a non-blank string field, trimmed; undefined when it cannot be read. */
function readId(item: unknown, key: string): string | undefined {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(item, key);
    const value: unknown = descriptor && "value" in descriptor ? descriptor.value : undefined;
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function quoted(id: string): string {
  return JSON.stringify(id.length > ID_LIMIT ? `${id.slice(0, ID_LIMIT - 1)}…` : id);
}

/** @internal "Provider Resolution Portal ticket "T-2" (index 1)", or "… at index 1". */
export function itemContext<K extends string>(items: BatchItems<K>, index: number, id: string | undefined): string {
  return items.idInMessage && id !== undefined
    ? `${items.label} ${quoted(id)} (index ${index})`
    : `${items.label} at index ${index}`;
}

/**
 * Validates an `onError` setting (absent: `throw`).
 *
 * @example onErrorOf(undefined) // "throw"
 */
export function onErrorOf(value: unknown): OnError {
  if (value === undefined || value === "throw") return "throw";
  if (value === "collect") return "collect";
  return parseInput(OnErrorSchema, value, "onError");
}

/**
 * Runs `run` on each item in input order: the one place the `onError` mechanics live. A
 * RuleInputError of an item becomes, under `collect`, that item's {@link InvalidItem} (index
 * 0-based, its identifier when readable), and under `throw` a RuleInputError naming the item.
 * Any other error is a defect and goes through unchanged.
 *
 * @example
 * runBatch([1, "x"], "collect", { label: "number", idKey: "id", idInMessage: false }, (n) => {
 *   if (typeof n !== "number") throw new RuleInputError([{ field: "", value: n, reason: "expected a number" }]);
 *   return n * 2;
 * }) // [2, { status: "invalid input", index: 1, error: { … } }]
 */
export function runBatch<T, R, K extends string>(
  items: Iterable<T>,
  onError: OnError,
  spec: BatchItems<K>,
  run: (item: T, index: number) => R,
): (R | InvalidItem<K>)[] {
  const iterator = openList(items, spec);
  const out: (R | InvalidItem<K>)[] = [];
  for (let index = 0; ; index++) {
    const step = nextItem(iterator, spec, index);
    if (step.done) return out;
    out.push(batchItem(step.value, index, onError, spec, run));
  }
}

/**
 * @internal One item of {@link runBatch}, for a caller that reads its items one at a time (the
 * CLI streams records): `run` on the item read into plain data, or, for a RuleInputError, the
 * item's {@link InvalidItem} under `collect` and the error naming it under `throw`.
 */
export function batchItem<T, R, K extends string>(
  item: T,
  index: number,
  onError: OnError,
  spec: BatchItems<K>,
  run: (item: T, index: number) => R,
): R | InvalidItem<K> {
  try {
    // Each item is read into plain data at the boundary (src/api/read.ts): a getter, a Proxy or
    // a cycle in one item is that item's RuleInputError, and the batch goes on under `collect`.
    return run(readPlainData(item) as T, index);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return invalidItem(spec, item, index, error, onError);
  }
}

/** The iterator of a batch's list: a list whose iterator cannot be had is a RuleInputError naming it. */
function openList<T>(items: Iterable<T>, spec: BatchItems<string>): Iterator<T> {
  iterableArgument(items, spec.label, "items");
  try {
    return items[Symbol.iterator]();
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    throw new RuleInputError(
      [{ field: "items", reason: "the list could not be read: its iterator threw" }],
      spec.label,
    );
  }
}

/** The next item; an iterator that throws (a generator, a Proxy) is a RuleInputError naming the position. */
function nextItem<T>(iterator: Iterator<T>, spec: BatchItems<string>, index: number): IteratorResult<T> {
  try {
    return iterator.next();
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    const reason = `the list could not be read at index ${index}: its iterator threw`;
    throw new RuleInputError([{ field: "items", reason }], spec.label);
  }
}

/** @internal The InvalidItem of a bad item under `collect`; under `throw`, the error naming it. */
export function invalidItem<K extends string>(
  spec: BatchItems<K>,
  item: unknown,
  index: number,
  error: RuleInputError,
  onError: OnError,
): InvalidItem<K> {
  const id = readId(item, spec.idKey);
  const named = new RuleInputError(error.issues, itemContext(spec, index, id));
  if (onError === "throw") throw named;
  const report: InputErrorReport = { name: "RuleInputError", message: named.message, issues: error.issues };
  const invalid = { status: "invalid input" as const, index, error: report };
  return (id === undefined ? invalid : { ...invalid, [spec.idKey]: id }) as InvalidItem<K>;
}

/**
 * True for the {@link InvalidInput} answers of a batch.
 *
 * @example evaluateTickets(tickets, { asOf, onError: "collect" }).filter(isInvalidInput).map((x) => x.index)
 */
export function isInvalidInput(value: unknown): value is InvalidInput {
  return typeof value === "object" && value !== null && (value as { status?: unknown }).status === "invalid input";
}
