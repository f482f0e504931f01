// Nothing exported can change an answer, and nothing a call leaves behind can change the next one
// (issue 23, item 4): src/ holds no module-level mutable state. This test reads every file of src/
// (the CLI aside: a process of its own, whose state lives as long as one command) and fails on a
// top-level `let` or `var`, and on a top-level `const` whose value can be changed: a `new Map`,
// `Set`, `WeakMap`, `WeakSet` or `Array` (freezing one does not stop `set` or `add`), or an array or
// object literal that is not frozen where it is defined (`Object.freeze`, `frozen`, `deepFreeze`;
// under `Object.freeze`, which is shallow, every literal it holds must be frozen too). Caches
// belong to an evaluator the caller holds (createTicketEvaluator, DatesCache).
//
// A read-only lookup set (built once, never written) is allowed only when listed below with its
// reason; a listed one that is gone fails too, so that the list only shrinks.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["src/cli"]);

/**
 * `file: name` → why the value is never written after the module loads. Each is declared
 * `ReadonlySet` or `ReadonlyMap` (checked below), so that the compiler refuses a write.
 */
const KEYS = "the keys a clean input may have, for the check that skips zod on clean input";
const READ_ONLY_LOOKUPS: Readonly<Record<string, string>> = {
  "src/api/operations/portal-clean-ticket.ts: CLOSURE_REASONS": "the closure reasons of the schema, to check a value",
  "src/api/operations/portal-clean-ticket.ts: PARTIES": "the parties an extension request names, to check a value",
  "src/api/operations/portal-clean-ticket.ts: TICKET_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: DISPUTE_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: RESOLUTION_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: MEMBER_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: CONTACT_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: CHECKBOX_KEYS": KEYS,
  "src/api/operations/portal-clean-ticket.ts: EVENT_KEYS": `${KEYS}, by event type`,
  "src/spenddown/clean-member.ts: MEMBER_KEYS": KEYS,
  "src/spenddown/clean-member.ts: MONTH_KEYS": KEYS,
  "src/spenddown/clean-member.ts: PAYMENT_KEYS": KEYS,
  "src/spenddown/clean-member.ts: PREREQUISITE_KEYS": KEYS,
  "src/spenddown/clean-member.ts: AABD_KEYS": KEYS,
  "src/api/settings.ts: CALENDAR_KEYS": "the settings whose value is a calendar, passed on by identity",
  "src/api/settings.ts: SETTINGS_KEYS": "the settings whose value is a settings record of its own",
  "src/impact/what-if-page.ts: NUMBER_COLUMNS": "the columns set right-aligned, to look a header up",
  "src/impact/what-if-page.ts: CLASSED": "the columns styled by their class, to look a header up",
  "src/server/calls.ts: NOT_OVER_HTTP": "the operations the HTTP API leaves out, to look a name up",
  "src/server/calls.ts: STREAMED": "the batches that also stream NDJSON, to look a name up",
  "src/core/freeze.ts: DATA_PROTOTYPES": "the prototypes of plain data, which `frozen` freezes",
  "src/portal/stop-counting.ts: PROVIDER_RIGHTS": "the rules whose clock is the provider's, a constant",
  "src/rules/registry.ts: BY_ID": "the frozen rules of the registry by ID (getRule)",
  "src/rules/registry.ts: DOCUMENTS": "the frozen document names each rule cites, shared by every explanation",
  "src/rules/sources.ts: BY_ID": "the frozen sources by ID (getSource)",
};

/**
 * Module-level state being removed by another change: each must disappear. A listed one that is
 * gone fails, so that the entry is removed with it. None left (the calendar's options cache went
 * with its move to src/api).
 */
const KNOWN_TO_GO: Readonly<Record<string, string>> = {};

const MUTABLE_CONSTRUCTORS: ReadonlySet<string> = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);
const DEEP_FREEZERS: ReadonlySet<string> = new Set(["frozen", "deepFreeze"]);

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (SKIPPED_FOLDERS.has(dir)) return;
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  walk("src");
  return files.sort();
}

/** The expression under `as`, `satisfies`, `!` and parentheses. */
function bare(node: ts.Expression): ts.Expression {
  let e = node;
  while (
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isParenthesizedExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isTypeAssertionExpression(e)
  )
    e = e.expression;
  return e;
}

/** The name a call or `new` calls: `frozen`, `Map`, `Object.freeze`. */
function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression))
    return `${callee.expression.text}.${callee.name.text}`;
  return undefined;
}

/**
 * Why the value of `node` can be changed, or undefined. `frozenHere`: the value is the argument
 * of a freeze (shallow: its own literals are frozen; deep: everything it holds but a Map or Set).
 */
function mutability(node: ts.Expression, frozenHere: "no" | "shallow" | "deep"): string | undefined {
  const e = bare(node);
  if (ts.isNewExpression(e)) {
    const name = calleeName(e.expression);
    return name !== undefined && MUTABLE_CONSTRUCTORS.has(name) ? `a new ${name}` : undefined;
  }
  if (ts.isCallExpression(e)) {
    const name = calleeName(e.expression);
    const [first] = e.arguments;
    if (name === "Object.freeze" && first !== undefined)
      return mutability(first, frozenHere === "deep" ? "deep" : "shallow");
    if (name !== undefined && DEEP_FREEZERS.has(name) && first !== undefined) return mutability(first, "deep");
    if (name === "Array.from" || name === "Array") return frozenHere === "no" ? "an array not frozen" : undefined;
    return undefined;
  }
  if (ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e)) {
    if (frozenHere === "no") return `an ${ts.isArrayLiteralExpression(e) ? "array" : "object"} literal not frozen`;
    const inner = frozenHere === "deep" ? "deep" : "no";
    const children: ts.Expression[] = ts.isArrayLiteralExpression(e)
      ? e.elements.map((x) => (ts.isSpreadElement(x) ? x.expression : x))
      : e.properties.flatMap((p) =>
          ts.isPropertyAssignment(p) ? [p.initializer] : ts.isSpreadAssignment(p) ? [p.expression] : [],
        );
    for (const child of children) {
      const why = mutability(child, inner);
      if (why !== undefined) return why;
    }
  }
  return undefined;
}

/** `name: why` of every top-level binding of `file` whose value can change. */
function moduleStateOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(tree);
      if (!isConst) found.push(`${name}: a top-level ${list.flags & ts.NodeFlags.Let ? "let" : "var"}`);
      else if (declaration.initializer !== undefined) {
        const why = mutability(declaration.initializer, "no");
        const readOnlyType = /^Readonly(Set|Map)</.test(declaration.type?.getText(tree) ?? "");
        if (why !== undefined) found.push(`${name}: ${why}${readOnlyType ? " (typed read-only)" : ""}`);
      }
    }
  }
  return found;
}

describe("no module-level mutable state in src/ (the CLI aside)", () => {
  const state = sourceFiles().flatMap((file) =>
    moduleStateOf(file).map((line) => {
      const [name = ""] = line.split(":");
      return { key: `${file}: ${name}`, line: `${file}: ${line}` };
    }),
  );
  it("finds none but the read-only lookups listed with their reason and the state being removed", () => {
    const unexpected = state.filter((s) => !(s.key in READ_ONLY_LOOKUPS) && !(s.key in KNOWN_TO_GO));
    expect(
      unexpected.map((s) => s.line),
      "hold a cache in an evaluator the caller holds; freeze a constant where it is defined",
    ).toEqual([]);
  });
  it("types every allowed lookup ReadonlySet or ReadonlyMap, so that the compiler refuses a write", () => {
    const untyped = state.filter((s) => s.key in READ_ONLY_LOOKUPS && !s.line.endsWith("(typed read-only)"));
    expect(untyped.map((s) => s.line)).toEqual([]);
  });
  it("lists nothing that is gone", () => {
    const keys = new Set(state.map((s) => s.key));
    const gone = [...Object.keys(READ_ONLY_LOOKUPS), ...Object.keys(KNOWN_TO_GO)].filter((k) => !keys.has(k));
    expect(gone, "remove these entries: the state they name is gone").toEqual([]);
  });
  it("sees what it looks for (a check of the scan itself)", () => {
    const probe = (text: string) => {
      const tree = ts.createSourceFile("probe.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const statement = tree.statements[0] as ts.VariableStatement;
      const init = statement.declarationList.declarations[0]?.initializer;
      return init === undefined ? undefined : mutability(init, "no");
    };
    expect(probe("const A = new Map();")).toBe("a new Map");
    expect(probe("const A = frozen(new Set([1]));")).toBe("a new Set");
    expect(probe("const A = [1, 2];")).toBe("an array literal not frozen");
    expect(probe("const A = Object.freeze({ a: [1] });")).toBe("an array literal not frozen");
    expect(probe("const A = Object.freeze({ a: Object.freeze([1]) });")).toBeUndefined();
    expect(probe("const A = frozen({ a: [1], b: { c: 2 } } as const);")).toBeUndefined();
    expect(probe("const A = Object.freeze([1]) as readonly number[];")).toBeUndefined();
    expect(probe("const A = 120;")).toBeUndefined();
  });
});
