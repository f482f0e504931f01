import { explanationText } from "../calendar/explain.js";
import type { Explanation } from "../core/types.js";
import { describeValue } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";

/**
 * How a list of the result is matched (docs/rule-tables.md, "Matching"): by key, not by
 * position, for the lists whose items have a key; the key fields an expected item states must
 * equal the actual item's. `complete` lists must be named in full (every actual item matched);
 * a fixed table (the seven standards) may name only the items a row cares about.
 */
interface ListKey {
  readonly kind: string;
  /** True when the actual items are of this kind. */
  readonly fits: (item: Record<string, unknown>) => boolean;
  /** The key fields; an expected item must state at least one of `required`. */
  readonly fields: readonly string[];
  readonly required: readonly string[];
  readonly complete: boolean;
}

const LIST_KEYS: readonly ListKey[] = frozen([
  {
    kind: "finding",
    fits: (i) => "ruleId" in i && "severity" in i && "message" in i,
    fields: ["ruleId", "code"],
    required: ["ruleId"],
    complete: true,
  },
  // A work queue's items are deadlines too, but their order is what the queue promises (sorted
  // by due date): they carry `businessDaysLeft` and stay a sequence.
  {
    kind: "deadline",
    fits: (i) => "ruleId" in i && "name" in i && "dueDate" in i && !("businessDaysLeft" in i),
    fields: ["ruleId", "name"],
    required: ["ruleId", "name"],
    complete: true,
  },
  {
    kind: "standard",
    fits: (i) => typeof i.standard === "number",
    fields: ["standard"],
    required: ["standard"],
    complete: false,
  },
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function keyOf(actual: readonly unknown[]): ListKey | undefined {
  if (actual.length === 0 || !actual.every(isRecord)) return undefined;
  return LIST_KEYS.find((k) => actual.every((item) => k.fits(item as Record<string, unknown>)));
}

/**
 * Compares an actual result with a rule table's expected value. Expected objects are partial:
 * only the keys they name are checked, so a table states just what the analyst cares about.
 * Lists of findings (key: `ruleId` + `code`), deadlines (key: `ruleId` + `name`) and
 * spenddown standards (key: `standard`) are matched by key, in any order; items with the same
 * key are taken in order. Findings and deadlines must be listed in full; standards may be
 * named one by one. Any other list (explanation steps, events, months) is a sequence: element
 * by element and in length. Returns one line per mismatch.
 *
 * @internal Not on the public entry: the library's own helper.
 * @example matchExpected({ status: "open", dueDate: "2024-07-05" }, { status: "closed" })
 * // ['result.status: expected "closed", got "open"']
 */
export function matchExpected(actual: unknown, expected: unknown, path = "result"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${show(actual)}`];
    const key = keyOf(actual);
    return key
      ? matchByKey(actual as Record<string, unknown>[], expected, key, path)
      : matchSequence(actual, expected, path);
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [`${path}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      matchExpected(fieldOf(actual, key), value, `${path}.${key}`),
    );
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

// A lean explanation holds no text: a table's `text` of an explanation is its rendered text.
function fieldOf(actual: Record<string, unknown>, key: string): unknown {
  if (key !== "text" || "text" in actual || !isExplanation(actual)) return actual[key];
  return explanationText(actual as unknown as Explanation);
}

function isExplanation(x: Record<string, unknown>): boolean {
  return (
    typeof x.start === "string" &&
    typeof x.counting === "string" &&
    typeof x.result === "string" &&
    Array.isArray(x.steps)
  );
}

function matchSequence(actual: readonly unknown[], expected: readonly unknown[], path: string): string[] {
  const diffs: string[] = [];
  if (actual.length !== expected.length)
    diffs.push(`${path}: expected ${expected.length} item(s), got ${actual.length}: ${show(actual)}`);
  expected.forEach((item, i) => {
    if (i < actual.length) diffs.push(...matchExpected(actual[i], item, `${path}[${i}]`));
  });
  return diffs;
}

function matchByKey(
  actual: readonly Record<string, unknown>[],
  expected: readonly unknown[],
  key: ListKey,
  path: string,
): string[] {
  const diffs: string[] = [];
  const used = new Set<number>();
  for (const item of expected) {
    if (!isRecord(item) || !key.required.some((f) => f in item)) {
      diffs.push(
        `${path}: each expected ${key.kind} must state ${key.required.join(" or ")} (the list is matched by ` +
          `${key.fields.join(" + ")}), got ${show(item)}`,
      );
      continue;
    }
    const stated = key.fields.filter((f) => f in item);
    const label = stated.map((f) => `${f}=${labelOf(item[f])}`).join(",");
    const index = actual.findIndex((a, i) => !used.has(i) && stated.every((f) => Object.is(a[f], item[f])));
    if (index < 0) {
      diffs.push(`${path}[${label}]: expected a ${key.kind} with ${label}, got none: ${show(actual)}`);
      continue;
    }
    used.add(index);
    diffs.push(...matchExpected(actual[index], item, `${path}[${label}]`));
  }
  if (key.complete) {
    const extra = actual.filter((_, i) => !used.has(i));
    if (extra.length > 0)
      diffs.push(`${path}: ${extra.length} ${key.kind}(s) not in the expected list: ${show(extra)}`);
  }
  return diffs;
}

/**
 * True when a row's expectation states nothing (`expected: {}` or none): such a row could not
 * fail, so the runner reports it as an error. `expected: null` (the result is null) is an expectation.
 *
 * @example isEmptyExpectation({}) // true
 */
export function isEmptyExpectation(expected: unknown): boolean {
  return expected === undefined || (isRecord(expected) && Object.keys(expected).length === 0);
}

/** A value of a diff, cut; one JSON cannot write (a cycle, a BigInt, a symbol) by its kind. */
function show(value: unknown): string {
  if (value === undefined) return "(nothing)";
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (typeof text !== "string") return `(${describeValue(value)})`;
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** A key field's value in a path label: text and numbers as they are, anything else as {@link show} writes it. */
const labelOf = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : show(value);
