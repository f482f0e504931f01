/**
 * Compares an actual result with a rule table's expected value. Expected objects are partial:
 * only the keys they name are checked, so a table states just what the analyst cares about.
 * Arrays must match element by element and in length. Returns one line per mismatch.
 *
 * @example matchExpected({ status: "open", dueDate: "2024-07-05" }, { status: "closed" })
 * // ['result.status: expected "closed", got "open"']
 */
export function matchExpected(actual: unknown, expected: unknown, path = "result"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${show(actual)}`];
    const diffs: string[] = [];
    if (actual.length !== expected.length) {
      diffs.push(`${path}: expected ${expected.length} item(s), got ${actual.length}: ${show(actual)}`);
    }
    expected.forEach((item, i) => {
      if (i < actual.length) diffs.push(...matchExpected(actual[i], item, `${path}[${i}]`));
    });
    return diffs;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${show(actual)}`];
    }
    return Object.entries(expected).flatMap(([key, value]) =>
      matchExpected((actual as Record<string, unknown>)[key], value, `${path}.${key}`),
    );
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(value: unknown): string {
  if (value === undefined) return "(nothing)";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
