// Every public function checks its arguments (principle 6): called with garbage in any
// position, it answers or throws a RuleInputError with a short message, never a TypeError or a
// RangeError. (Which values may be echoed is canary.test.ts's business: a rule ID or a field
// name the caller passes as a label may be, cut.)
import { describe, expect, it } from "vitest";
import * as api from "../../src/internal.js";

const cycle = (): unknown => {
  const c: Record<string, unknown> = {};
  c.self = c;
  return c;
};
const GARBAGE: readonly [string, () => unknown][] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["{}", () => ({})],
  ["[]", () => []],
  ["text", () => "ZZCANARY Name"],
  ["5 MB of text", () => "x".repeat(5_000_000)],
  ["1.5", () => 1.5],
  ["NaN", () => Number.NaN],
  ["a Date", () => new Date(0)],
  ["a BigInt", () => 5n],
  ["a cycle", cycle],
  ["a null-prototype object", () => Object.create(null)],
  ["a symbol", () => Symbol("s")],
  ["a function", () => () => 1],
  ["a list nested 5,000 deep", () => JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`)],
];

type Fn = (...args: unknown[]) => unknown;
const functions = (Object.entries(api) as [string, unknown][]).filter(
  (e): e is [string, Fn] => typeof e[1] === "function" && e[0] !== "RuleInputError",
);

function failure(fn: (...args: unknown[]) => unknown, args: unknown[]): string | null {
  try {
    fn(...args);
    return null;
  } catch (error) {
    if (!(error instanceof api.RuleInputError))
      return `${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 80)}`;
    if (error.message.length > 1_000) return "a message over 1,000 characters";
    return null;
  }
}

describe("every public function checks its arguments", () => {
  for (const [name, fn] of functions) {
    it(name, () => {
      const arity = Math.max(fn.length, 2);
      const failures: string[] = [];
      for (const [label, make] of GARBAGE) {
        for (let position = 0; position < arity; position++) {
          const args = Array.from({ length: arity }, (_, i) => (i === position ? make() : undefined));
          const why = failure(fn, args);
          if (why) failures.push(`${label} as argument ${position + 1}: ${why}`);
        }
        // The input with settings that pass, so that a check of the settings cannot hide a
        // function that reads its input unchecked; and inside the input, as a field's value.
        for (const input of [
          make(),
          { ticketNumber: "T-1", events: make(), members: make(), deadlines: make(), quarter: make() },
        ]) {
          const why = failure(fn, [input, { asOf: "2024-07-10" }]);
          if (why) failures.push(`${label} as the input (settings { asOf }): ${why}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
  // No exported function is exempt. The harness is checked on functions that do not check their
  // arguments, so that a broken harness cannot pass every function.
  it("the harness finds a function that does not check its arguments", () => {
    const unchecked: [string, Fn][] = [
      ["reads a property", (x) => (x as { a: { b: unknown } }).a.b],
      ["writes JSON", (x) => JSON.stringify(x)],
      ["copies", (x) => structuredClone(x)],
    ];
    for (const [label, fn] of unchecked)
      expect(
        GARBAGE.some(([, make]) => failure(fn, [make()]) !== null),
        label,
      ).toBe(true);
    expect(failure(() => api.parseRuleTable("cases: [", "t.yaml"), [])).toBeNull();
  });
  it("tests every exported function", () => {
    expect(functions.length).toBeGreaterThan(100);
    for (const name of [
      "evaluateTicket",
      "submissionWindow",
      "parseRuleTable",
      "median",
      "statisticsRecord",
      "sortWebcmEvents",
    ])
      expect(functions.map(([n]) => n)).toContain(name);
  });
});
