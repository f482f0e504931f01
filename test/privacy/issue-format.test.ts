// The issue format (docs/privacy.md, "The issue format"): every issue of a bad input to every
// public operation has a code of the union, a path whose dotted form is its field, and a message
// without the input's values; its ruleId, when it has one, is a rule of the registry; the error
// names the operation the caller called.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldOfPath, pathOfField } from "../../src/core/issue-codes.js";
import * as root from "../../src/index.js";
import { getRule, RULES, RuleInputError } from "../../src/index.js";
import { INPUT_ISSUE_CODES } from "../../src/schemas.js";
import { ENTRY_POINTS, type EntryPoint, type Path, pathsOf, withValue } from "./entry-points.js";

const TEXT = "ZZVALUE Name";
/** Bad values, each recognisable if it came back: a name, a Recipient ID, a date, keys holding them. */
const BAD: readonly unknown[] = [
  null,
  987654321,
  1.5,
  TEXT,
  "1999-13-45",
  [TEXT, "987654321"],
  { [TEXT]: "987654321" },
  { nickname: TEXT },
  true,
];
const VALUES = ["ZZVALUE", "987654321", "1999-13-45"];

interface Broken {
  readonly point: EntryPoint;
  readonly path: Path;
  readonly value: unknown;
}

/** Every path of a call's arguments, each argument itself included. */
const pathsOfCall = (point: EntryPoint): Path[] => point.args.flatMap((_, i) => [[i], ...pathsOf(point.args[i], [i])]);

const CASES: readonly Broken[] = ENTRY_POINTS.flatMap((point) =>
  pathsOfCall(point).flatMap((path) => BAD.map((value) => ({ point, path, value }))),
);

function errorOf({ point, path, value }: Broken): RuleInputError | undefined {
  try {
    point.call(...(withValue(point.args, path, value) as never[]));
    return undefined;
  } catch (error) {
    expect(error, `${point.name} at ${JSON.stringify(path)}: ${String(error)}`).toBeInstanceOf(RuleInputError);
    return error as RuleInputError;
  }
}

/** `getRule` for an ID read from an issue (any text: an unknown one throws). */
const ruleOf = getRule as (id: string) => { readonly id: string };

const CODES: ReadonlySet<string> = new Set(INPUT_ISSUE_CODES);

/**
 * A rule ID the caller passed is the one value a message may name, cut (docs/privacy.md: it is
 * the caller's key into the registry, never a member's data).
 */
const isRuleIdArgument = ({ point, path }: Broken): boolean =>
  path.at(-1) === "ruleId" || (point.name === "portalDueDate" && path.length === 1 && path[0] === 0);

function expectWellFormed(broken: Broken): number {
  const error = errorOf(broken);
  if (error === undefined) return 0;
  const where = `${broken.point.name} at ${JSON.stringify(broken.path)}: ${error.message}`;
  for (const issue of error.issues) {
    expect(CODES.has(issue.code), `${where}: code ${issue.code}`).toBe(true);
    expect(fieldOfPath(issue.path), where).toBe(issue.field);
    expect(issue.path, where).toEqual(pathOfField(issue.field));
    expect(Object.isFrozen(issue.path), where).toBe(true);
    if (!isRuleIdArgument(broken))
      for (const value of VALUES) expect(issue.message.includes(value), `${where}: ${issue.message}`).toBe(false);
    if (issue.ruleId !== undefined) expect(ruleOf(issue.ruleId).id, where).toBe(issue.ruleId);
  }
  // An operation of the root names itself; the evaluator's methods are not root names.
  if (broken.point.name in root) expect(error.operation, where).toBe(broken.point.name);
  return error.issues.length;
}

describe("the issue format", () => {
  it("has bad inputs to break every operation with", () => {
    expect(ENTRY_POINTS.length).toBeGreaterThanOrEqual(25);
    expect(CASES.length).toBeGreaterThan(1_000);
  });

  it("every issue of every bad input to every operation: a code, a path that is its field, no value", () => {
    let issues = 0;
    for (const broken of CASES) issues += expectWellFormed(broken);
    expect(issues).toBeGreaterThan(1_000);
  }, 120_000);

  it("the same, as a property over the bad inputs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), (broken) => {
        expectWellFormed(broken);
      }),
      { numRuns: 500 },
    );
  });

  it("parses a field once into keys and indexes, and back", () => {
    expect(pathOfField("events[0].date")).toEqual(["events", 0, "date"]);
    expect(pathOfField("members[0].datesOfService[2]")).toEqual(["members", 0, "datesOfService", 2]);
    expect(pathOfField("")).toEqual([]);
    expect(pathOfField("[…].name")).toEqual(["…", "name"]);
    // A field not written like a path is one key: its dotted form is still the field.
    for (const field of ["column 3", "a..b", "x[", "[y]", ".z", "table.cases[3] row"]) {
      expect(fieldOfPath(pathOfField(field))).toBe(field);
    }
    fc.assert(
      fc.property(fc.string(), (field) => {
        expect(fieldOfPath(pathOfField(field))).toBe(field);
      }),
    );
  });

  it("a label is the error's context, never an issue's ruleId; the message names it as before", () => {
    // Two rule IDs of the registry, not written out: this test is about no rule (docs/rules.md lists a test that
    // names a rule as one of its property tests).
    const [context, rule] = RULES.map((r) => r.id);
    const error = new RuleInputError(
      [
        { field: "a", reason: "expected text", ruleId: "Provider Resolution Portal ticket" },
        { field: "b", reason: "expected text", ruleId: rule },
      ],
      context,
    );
    expect(error.issues.map((i) => i.ruleId)).toEqual([undefined, rule]);
    expect(error.context).toBe(context);
    expect(error.message).toBe(
      `${context}: a: expected text (Provider Resolution Portal ticket); b: expected text (${rule})`,
    );
    // Passed on to a new error (a batch naming its item), the label still reads in the message.
    const named = new RuleInputError(error.issues, "Provider Resolution Portal ticket at index 1");
    expect(named.message).toBe(
      `Provider Resolution Portal ticket at index 1: a: expected text (Provider Resolution Portal ticket); b: expected text (${rule})`,
    );
    expect(named.issues[1]).toEqual(error.issues[1]);
    expect(JSON.parse(JSON.stringify(named.issues[0]))).toEqual({
      code: "custom",
      path: ["a"],
      message: "Expected text.",
      field: "a",
      reason: "expected text",
    });
  });

  it("a code set where the issue is born, else read from the reason, else custom", () => {
    const codes = (reason: string, code?: (typeof INPUT_ISSUE_CODES)[number]) =>
      new RuleInputError([{ field: "x", reason, ...(code ? { code } : {}) }]).issues[0]?.code;
    expect(codes("expected a calendar date YYYY-MM-DD, got a number")).toBe("invalid_date");
    expect(codes("missing: expected text")).toBe("missing");
    expect(codes("unknown key")).toBe("unknown_key");
    expect(codes("is not in force on that date")).toBe("custom");
    expect(codes("is not in force on that date", "out_of_range")).toBe("out_of_range");
  });
});
