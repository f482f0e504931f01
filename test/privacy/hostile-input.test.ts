// Hostile input (deep nesting, cycles, BigInts, null-prototype objects, huge strings, getters
// that throw) is a RuleInputError with a short message: never a stack overflow, a TypeError
// from JSON.stringify, or a message as long as the input.
import { describe, expect, it } from "vitest";
import {
  evaluateContactDeadlines,
  evaluateMemberMonth,
  evaluateTicket,
  RuleInputError,
  sanctionNotices,
  type TicketInput,
} from "../../src/index.js";
import { parseInput } from "../../src/core/errors.js";
import { TicketSchema } from "../../src/schemas.js";
import { history, ticket } from "./entry-points.js";

const deep = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);
const deepObject = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
const cycle = (): unknown => {
  const c: Record<string, unknown> = {};
  c.c = c;
  return c;
};
const throwingGetter = (): unknown =>
  Object.defineProperty({}, "date", {
    enumerable: true,
    get() {
      throw new TypeError("boom");
    },
  });

const HOSTILE: readonly [string, () => unknown][] = [
  ["a list nested 5,000 deep (from JSON)", () => deep(5_000)],
  ["an object nested 5,000 deep (from JSON)", () => deepObject(5_000)],
  ["a BigInt", () => 10n],
  ["a cycle", cycle],
  ["a null-prototype object", () => Object.create(null)],
  ["a null-prototype object with keys", () => Object.assign(Object.create(null), { toString: 1, valueOf: 2 })],
  ["a 5 MB string", () => "2024-01-01".repeat(500_000)],
  ["a symbol", () => Symbol("s")],
  ["a function", () => () => 1],
  ["an object whose getter throws", throwingGetter],
];

function expectShortRuleInputError(call: () => unknown): RuleInputError {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, String(thrown)).toBeInstanceOf(RuleInputError);
  const error = thrown as RuleInputError;
  expect(error.message.length).toBeLessThan(1_000);
  expect(String(error).length).toBeLessThan(1_100);
  for (const { path, message, ...issue } of error.issues) {
    // `path` and `message` say `field` and `reason` again, in other forms: the bound is on what they say.
    expect(JSON.stringify(issue).length).toBeLessThan(700);
    expect(path.length).toBeLessThanOrEqual(issue.field.length);
    expect(message.length).toBeLessThanOrEqual(issue.reason.length + 1);
  }
  return error;
}

describe("hostile input", () => {
  for (const [label, make] of HOSTILE) {
    it(`${label}, anywhere in a ticket, is a RuleInputError with a short message`, () => {
      expectShortRuleInputError(() =>
        evaluateTicket({ ...ticket, portalSubmittedOn: make() } as TicketInput, { asOf: "2024-07-10" }),
      );
      expectShortRuleInputError(() =>
        evaluateTicket({ ...ticket, events: [make()] } as TicketInput, { asOf: "2024-07-10" }),
      );
      expectShortRuleInputError(() =>
        evaluateTicket({ ...ticket, members: make() } as TicketInput, { asOf: "2024-07-10" }),
      );
      expectShortRuleInputError(() =>
        evaluateTicket({ ...ticket, [String(label)]: make() } as TicketInput, { asOf: "2024-07-10" }),
      );
      expectShortRuleInputError(() => evaluateTicket(make() as TicketInput, { asOf: "2024-07-10" }));
      expectShortRuleInputError(() => evaluateTicket(ticket, { asOf: make() as never }));
    });
    it(`${label} in the other areas is a RuleInputError with a short message`, () => {
      expectShortRuleInputError(() =>
        evaluateContactDeadlines(
          { ...history, events: [{ type: "waiver assignment notified", date: make() }] } as never,
          { asOf: "2024-04-15" },
        ),
      );
      expectShortRuleInputError(() => evaluateContactDeadlines(history, { asOf: make() as never }));
      expectShortRuleInputError(() => evaluateMemberMonth({ memberId: make() } as never, { asOf: "2024-09-01" }));
      expectShortRuleInputError(() => sanctionNotices(make() as never));
      expectShortRuleInputError(() => parseInput(TicketSchema, make(), "ticket"));
    });
  }
  it("the message of a 5 MB bad date says its length, not its content", () => {
    const error = expectShortRuleInputError(() =>
      evaluateTicket({ ...ticket, portalSubmittedOn: "x".repeat(5_000_000) }, { asOf: "2024-07-10" }),
    );
    expect(error.message).toBe(
      "Provider Resolution Portal ticket: portalSubmittedOn: expected a calendar date YYYY-MM-DD, got text of 5,000,000 characters, not written YYYY-MM-DD",
    );
  });
  it("a 5 MB unknown key is counted, not shown", () => {
    const error = expectShortRuleInputError(() =>
      evaluateTicket({ ...ticket, ["k".repeat(5_000_000)]: 1 } as TicketInput, { asOf: "2024-07-10" }),
    );
    expect(error.message).toContain("input: an unknown key (not shown: not close to a field name)");
  });
  it("an error lists five issues and counts the rest", () => {
    const error = expectShortRuleInputError(() =>
      evaluateTicket(
        { ...ticket, events: Array.from({ length: 10_000 }, () => ({ type: "presented to MCO", date: "2024-02-30" })) },
        { asOf: "2024-07-10" },
      ),
    );
    expect(error.issues).toHaveLength(10_000);
    expect(error.message).toContain("; and 9,995 more");
  });
  it("an error's issues are frozen plain data", () => {
    const error = expectShortRuleInputError(() =>
      evaluateTicket({ ...ticket, portalSubmittedOn: 1 } as unknown as TicketInput, { asOf: "2024-07-10" }),
    );
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(error.issues).toEqual([
      {
        code: "invalid_date",
        path: ["portalSubmittedOn"],
        message: "Expected a calendar date YYYY-MM-DD, got a number.",
        field: "portalSubmittedOn",
        reason: "expected a calendar date YYYY-MM-DD, got a number",
      },
    ]);
    // A label is the error's context, never an issue's ruleId; the message names it as before.
    expect(error.context).toBe("Provider Resolution Portal ticket");
    expect(error.operation).toBe("evaluateTicket");
    expect(error.message).toMatch(/^Provider Resolution Portal ticket: portalSubmittedOn: /);
  });
});
