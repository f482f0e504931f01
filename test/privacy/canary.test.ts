// The privacy rule (docs/privacy.md), as a property: canary names, RINs and dates of service
// thrown at every public entry point, in every malformed shape, never come back in free text
// (an error's message, its string form, its issues; a finding's message; any explanation text).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { ENTRY_POINTS, isMemberField, type Path, pathsOf, valueAt, withValue } from "./entry-points.js";

const CANARIES = ["ZZCANARY", "987654321", "98765432", "1999-09-09"];
const NAME = "ZZCANARY Name";

const cycle = (): unknown => {
  const c: Record<string, unknown> = { name: NAME };
  c.self = c;
  return c;
};

/** Malformed values, each carrying a canary. */
const MALFORMED: readonly (() => unknown)[] = [
  () => 987654321,
  () => [NAME, "987654321"],
  () => ({ name: NAME, recipientId: "987654321" }),
  () => ({ [NAME]: "987654321" }),
  () => ({ "987654321": NAME }),
  () => ({ nested: [{ deeper: { name: NAME, rin: 987654321 } }] }),
  () => Object.assign(Object.create(null), { name: NAME }),
  cycle,
];
/** Text values with a canary: valid where a member field takes text, malformed in a date field. */
const TEXT = [NAME, "ZZCANARY-Name", "987654321", "98765432", "1999-99-09", `${NAME} `.repeat(20_000)];
/** A valid date as a canary: only in a date of service (any other date may be quoted). */
const DATE_OF_SERVICE = "1999-09-09";
/** Unknown keys added to an object: the key or its value is a canary. */
const UNKNOWN_KEYS: readonly [string, unknown][] = [
  ["nickname", NAME],
  [NAME, "987654321"],
  ["ZZCANARY-Name", 1],
  ["987654321", { name: NAME }],
  ["recipientID", "987654321"],
];

const FREE_TEXT_KEYS = new Set(["message", "reason", "text", "summary", "body", "subject"]);

/** Every free-text string of a result: messages, reasons, explanation texts, notice bodies. */
function freeText(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" && FREE_TEXT_KEYS.has(key)) out.push(v);
    else freeText(v, out, seen);
  }
  return out;
}

function texts(call: () => unknown): string[] {
  try {
    return freeText(call());
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(RuleInputError);
    const e = error as RuleInputError;
    expect(e.message.length).toBeLessThan(2_000);
    return [e.message, String(e), JSON.stringify(e.issues), JSON.stringify(e)];
  }
}

function expectNoCanary(found: readonly string[], label: string): void {
  for (const text of found)
    for (const canary of CANARIES) expect(text.includes(canary), `${label}: ${text.slice(0, 300)}`).toBe(false);
}

/** One way to break a valid call: a value at a path, or an unknown key added to an object. */
type Change =
  | { path: Path; kind: "value"; make: () => unknown }
  | { path: Path; kind: "key"; key: string; value: unknown };

function changesOf(args: readonly unknown[]): fc.Arbitrary<Change> {
  const paths = pathsOf(args);
  const objects = [[], ...paths].filter((p) => {
    const v = p.length === 0 ? undefined : valueAt(args, p);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  });
  // A valid text never errs, and a caller's own non-member text (a ticket number, an event id)
  // may be quoted: text canaries go where the privacy rule applies, in member and date fields.
  const textPaths = paths.filter((p) => isMemberField(p) || /^\d{4}-\d{2}-\d{2}$/.test(String(valueAt(args, p))));
  const texts = (p: Path) => (p.includes("datesOfService") ? [...TEXT, DATE_OF_SERVICE] : TEXT);
  // A list of text is valid where a list of text is expected (a request's missing fields).
  const listOfText = (p: Path) => {
    const v = valueAt(args, p);
    return Array.isArray(v) && v.every((x) => typeof x === "string" && !/^\d{4}-/.test(x));
  };
  const valuePaths = paths.filter((p) => !listOfText(p) || isMemberField(p));
  return fc.oneof(
    // A number is valid where a number is expected (a count of individuals) and may be quoted.
    fc
      .record({
        path: fc.constantFrom(...valuePaths),
        kind: fc.constant("value" as const),
        make: fc.constantFrom(...MALFORMED),
      })
      .filter((c) => !(typeof valueAt(args, c.path) === "number" && typeof c.make() === "number")),
    ...(textPaths.length > 0
      ? [
          fc
            .constantFrom(...textPaths)
            .chain((path) =>
              fc.constantFrom(...texts(path)).map((t) => ({ path, kind: "value" as const, make: () => t })),
            ),
        ]
      : []),
    ...(objects.length > 0
      ? [
          fc
            .record({
              path: fc.constantFrom(...objects),
              kind: fc.constant("key" as const),
              kv: fc.constantFrom(...UNKNOWN_KEYS),
            })
            .map(({ path, kind, kv }) => ({ path, kind, key: kv[0], value: kv[1] })),
        ]
      : []),
  );
}

function apply(args: readonly unknown[], change: Change): unknown[] {
  if (change.kind === "value") {
    const copy = withValue(args, change.path, null);
    const parent = valueAt(copy, change.path.slice(0, -1)) as Record<string | number, unknown>;
    parent[change.path[change.path.length - 1] as string | number] = change.make();
    return copy;
  }
  const copy = structuredClone(args) as unknown[];
  (valueAt(copy, change.path) as Record<string, unknown>)[change.key] = change.value;
  return copy;
}

describe("the privacy rule: no canary comes back in free text", () => {
  for (const entry of ENTRY_POINTS) {
    it(`${entry.name}: valid call first, then every malformed shape`, () => {
      expect(() => entry.call(...(entry.args as never[]))).not.toThrow();
      fc.assert(
        fc.property(changesOf(entry.args), (change) => {
          const args = apply(entry.args, change);
          expectNoCanary(
            texts(() => entry.call(...(args as never[]))),
            `${entry.name} ${JSON.stringify(change.path)}`,
          );
        }),
        { numRuns: 150 },
      );
    });
  }
  it("a whole argument replaced by a canary-carrying value", () => {
    for (const entry of ENTRY_POINTS) {
      for (let i = 0; i < Math.max(entry.args.length, 1); i++) {
        for (const make of [...MALFORMED, ...TEXT.map((t) => () => t)]) {
          const args = [...entry.args];
          args[i] = make();
          expectNoCanary(
            texts(() => entry.call(...(args as never[]))),
            `${entry.name} argument ${i}`,
          );
        }
      }
    }
  });
  it("a valid member name, RIN or date of service is never quoted in a finding", () => {
    const entry = ENTRY_POINTS.find((e) => e.name === "evaluateTicket");
    if (!entry) throw new Error("no evaluateTicket");
    const [ticket, settings] = entry.args as [Record<string, unknown>, unknown];
    for (const recipientId of ["98765432", "987654321", "ZZCANARY", ""]) {
      const members = [
        { name: NAME, recipientId, datesOfService: ["1999-09-09"] },
        { name: "", recipientId, datesOfService: [] },
      ];
      const result = entry.call(...([{ ...ticket, members }, settings] as never[])) as {
        findings: { message: string }[];
      };
      expect(result.findings.some((f) => f.message.startsWith("Member 1:"))).toBe(recipientId !== "987654321");
      expect(result.findings.some((f) => f.message.startsWith("Member 2:"))).toBe(true);
      expectNoCanary(freeText(result), "finding");
    }
  });
});
