// Every public function checks its arguments (principle 6): called with garbage in any
// position, it answers or throws a RuleInputError with a short message, never a TypeError or a
// RangeError. (Which values may be echoed is canary.test.ts's business: a rule ID or a field
// name the caller passes as a label may be, cut.)
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

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

// Public functions whose arguments are not checked yet: each still throws a bare TypeError on
// some garbage. The list may only shrink; a function leaves it once it checks its arguments.
const NOT_YET_CHECKED = new Set([
  // src/rule-tables
  "matchExpected", "parseRuleTable", "runCase", "runRuleTable",
  // src/portal helpers on parsed tickets
  "compareTicketEvents", "fineNotice", "proposalFindings", "sortTicketEvents", "submissionWindow",
  // src/sanctions, src/registration, src/webcm helpers on parsed data
  "fineDateOf", "compareWebcmEvents", "contactIssues", "sortWebcmEvents",
  // src/spenddown helpers on parsed data
  "compareShare", "evaluateStandards", "monthFacts", "quarterlyReportDueDates", "share",
  // src/portal-statistics
  "countTickets", "median", "statisticsRecord",
]);

type Fn = (...args: unknown[]) => unknown;
const functions = (Object.entries(api) as [string, unknown][]).filter((e): e is [string, Fn] => typeof e[1] === "function" && e[0] !== "RuleInputError");

function failure(fn: (...args: unknown[]) => unknown, args: unknown[]): string | null {
  try {
    fn(...args);
    return null;
  } catch (error) {
    if (!(error instanceof api.RuleInputError)) return `${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 80)}`;
    if (error.message.length > 1_000) return "a message over 1,000 characters";
    return null;
  }
}

describe("every public function checks its arguments", () => {
  for (const [name, fn] of functions) {
    if (NOT_YET_CHECKED.has(name)) continue;
    it(name, () => {
      const arity = Math.max(fn.length, 2);
      const failures: string[] = [];
      for (const [label, make] of GARBAGE) {
        for (let position = 0; position < arity; position++) {
          const args = Array.from({ length: arity }, (_, i) => (i === position ? make() : undefined));
          const why = failure(fn, args);
          if (why) failures.push(`${label} as argument ${position + 1}: ${why}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
  it("the list of functions not yet checked names only functions that still need it", () => {
    for (const name of NOT_YET_CHECKED) {
      const fn = (api as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      expect(typeof fn, name).toBe("function");
      const stillFails = GARBAGE.some(([, make]) => [0, 1, 2].some((p) => failure(fn, Array.from({ length: 3 }, (_, i) => (i === p ? make() : undefined))) !== null));
      expect(stillFails, `${name} checks its arguments now: take it off NOT_YET_CHECKED`).toBe(true);
    }
  });
});
