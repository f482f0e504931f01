// Issue 23, "reading at the boundary": every exported operation reads its arguments once, own
// enumerable data properties only. A value nobody listed — a getter (throwing or not), a setter,
// a Proxy (throwing or transparent), a symbol key, a cycle, an object of a class — anywhere in a
// valid call's arguments is a RuleInputError naming the path, or the call's correct answer; never
// the caller's own error, never another answer. The valid calls are those of the privacy tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { RuleInputError } from "../../src/index.js";
import {
  ENTRY_POINTS as ALL_ENTRY_POINTS,
  type EntryPoint,
  type Path,
  pathsOf,
  valueAt,
} from "../privacy/entry-points.js";

/** The operations of the package's root (the privacy tests also call private helpers). */
const ENTRY_POINTS = ALL_ENTRY_POINTS.filter((point) => point.name in root);

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function outcome(call: () => unknown): Outcome {
  try {
    // JSON: the answer as data (a frozen result, a null-prototype record and a literal compare equal).
    return { ok: true, value: JSON.parse(JSON.stringify(call()) ?? "null") };
  } catch (error) {
    return { ok: false, error };
  }
}

const boom = (): never => {
  throw new TypeError("the caller's own error");
};

/** The ways a value at a path can be made hostile: each returns the new parent's property descriptor or a new value. */
const HOSTILE = {
  "throwing getter": (v: unknown) => ({ descriptor: { enumerable: true, configurable: true, get: boom }, v }),
  "plain getter": (v: unknown) => ({ descriptor: { enumerable: true, configurable: true, get: () => v } }),
  "setter only": (_v: unknown) => ({ descriptor: { enumerable: true, configurable: true, set: () => {} } }),
  "throwing Proxy": (v: unknown) => ({
    value:
      typeof v === "object" && v !== null
        ? new Proxy(v, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, has: boom })
        : new Proxy({}, { get: boom, ownKeys: boom }),
  }),
  "transparent Proxy": (v: unknown) => ({ value: typeof v === "object" && v !== null ? new Proxy(v, {}) : v }),
  "symbol key": (v: unknown) => ({
    value: typeof v === "object" && v !== null ? Object.assign(structuredClone(v), { [Symbol("x")]: 1 }) : v,
  }),
  "object of a class": (v: unknown) => ({ value: Object.assign(new (class Thing {})(), v) }),
  cycle: (v: unknown) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return { value: v };
    const c: Record<string, unknown> = structuredClone(v) as Record<string, unknown>;
    c.self = c;
    return { value: c };
  },
} as const;
type Hostility = keyof typeof HOSTILE;

/** The call's arguments with the value at `path` made hostile (the arguments themselves are never changed). */
function hostileArgs(point: EntryPoint, path: Path, kind: Hostility): unknown[] {
  const args = structuredClone(point.args) as unknown[];
  const parent = valueAt(args, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const made = HOSTILE[kind](parent[key]) as { descriptor?: PropertyDescriptor; value?: unknown };
  // An argument itself cannot be a getter: at the root, the argument becomes an object holding one.
  if (made.descriptor !== undefined && path.length === 1) parent[key] = Object.defineProperty({}, "x", made.descriptor);
  else if (made.descriptor !== undefined) Object.defineProperty(parent, key, made.descriptor);
  else parent[key] = made.value;
  return args;
}

/** Every path of a call's arguments, each argument itself included. */
const pathsOfCall = (point: EntryPoint): Path[] => point.args.flatMap((_, i) => [[i], ...pathsOf(point.args[i], [i])]);

function expectSafe(point: EntryPoint, path: Path, kind: Hostility): void {
  const clean = outcome(() => point.call(...(structuredClone(point.args) as never[])));
  const got = outcome(() => point.call(...(hostileArgs(point, path, kind) as never[])));
  const where = `${point.name} at ${JSON.stringify(path)} (${kind})`;
  if (got.ok) {
    expect(clean.ok, where).toBe(true);
    expect(got.value, where).toEqual((clean as { value: unknown }).value);
  } else {
    expect(got.error, `${where}: ${String(got.error)}`).toBeInstanceOf(RuleInputError);
    expect((got.error as Error).message, where).not.toContain("the caller's own error");
  }
}

describe("hostile values at every exported operation", () => {
  const cases = ENTRY_POINTS.flatMap((point) => pathsOfCall(point).map((path) => ({ point, path })));

  it("has a valid call of every operation to break", () => {
    for (const point of ENTRY_POINTS) {
      expect(outcome(() => point.call(...(point.args as never[]))).ok, point.name).toBe(true);
      // The function the package exports, not an area's own.
      expect(point.call, point.name).toBe((root as Record<string, unknown>)[point.name]);
    }
    expect(ENTRY_POINTS.length).toBeGreaterThanOrEqual(25);
    expect(cases.length).toBeGreaterThan(100);
  });

  it("a hostile value anywhere is a RuleInputError or the correct answer", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...(Object.keys(HOSTILE) as Hostility[])),
        ({ point, path }, kind) => expectSafe(point, path, kind),
      ),
      { numRuns: 1_500 },
    );
  });

  it("every kind of hostile value at every path of every operation's valid call", () => {
    let checked = 0;
    for (const { point, path } of cases)
      for (const kind of Object.keys(HOSTILE) as Hostility[]) {
        expectSafe(point, path, kind);
        checked++;
      }
    expect(checked).toBe(cases.length * Object.keys(HOSTILE).length);
  }, 120_000);

  it("a throwing getter at the root of each argument of each operation", () => {
    for (const point of ENTRY_POINTS)
      for (let i = 0; i < point.args.length; i++)
        for (const kind of ["throwing getter", "throwing Proxy"] as const) expectSafe(point, [i], kind);
  });
});
