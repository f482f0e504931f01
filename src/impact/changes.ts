// The differences between two evaluations of one case, in the vocabulary of the results
// (docs/what-if.md): deadlines moved, statuses changed, findings, fines and notices added or
// removed, standards flipped, and the paths of anything else that differs. Symmetric by design:
// swapping `before` and `after` swaps every difference (an added fact becomes a removed one).
import { countText } from "../core/describe-value.js";
import { daysBetween, type IsoDate } from "../core/iso-date.js";
import { FACT_KINDS, type Fact, resultFacts } from "./result-facts.js";

/** Every kind of difference, defined once: each output takes its type from here (principle 7). */
export const CHANGE_KINDS = Object.freeze(["added", "removed", "changed", "other"] as const);
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What a change is about: one of the facts, or `other` (the paths of any other value that differs). */
export const CHANGE_FACTS = Object.freeze([...FACT_KINDS, "other"] as const);
export type ChangeFact = (typeof CHANGE_FACTS)[number];

/** What a fact is on one side: the fields that say what it means, never a member value. */
export interface FactSide {
  /** Where in this side's result, by keys and positions only, e.g. `deadlines[3]`. */
  readonly at: string;
  /** A deadline's due date, a finding's or fine's date, a notice's due date; null when it has none. */
  readonly date: IsoDate | null;
  /** A deadline's or a case's status, a finding's severity, a standard's `met`/`not met`; null when none. */
  readonly status: string | null;
  /** A fine's or a notice's amount in cents, a standard's percent; null when none. */
  readonly amount: number | null;
}

/** One difference of one case. */
export interface Change {
  readonly change: ChangeKind;
  /** What differs: a deadline, a status, a finding, a fine, a standard, a notice; `other` for the rest. */
  readonly fact: ChangeFact;
  /** For `other`: the paths of the values that differ (keys and positions only, at most 20); else empty. */
  readonly paths: readonly string[];
  /** The rule the fact applies, when it names one. */
  readonly ruleId: string | null;
  /** The fact in the policy's words: the deadline's name and party, a finding's code, standard 3, … */
  readonly what: string;
  readonly before: FactSide | null;
  readonly after: FactSide | null;
  /** Calendar days a deadline or date moved (after − before); 0 when it did not or one side is missing. */
  readonly daysMoved: number;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: unknown) => (typeof v === "string" && ISO.test(v) ? (v as IsoDate) : null);

function describe(f: Fact): { what: string; side: Omit<FactSide, "at"> } {
  const n = f.node;
  switch (f.kind) {
    case "deadline":
      return {
        what: `${str(n.name)} (${str(n.party)})`,
        side: { date: date(n.dueDate), status: str(n.status), amount: null },
      };
    case "status":
      return { what: f.at || "status", side: { date: null, status: str(n.value), amount: null } };
    case "finding":
      return { what: String(n.code), side: { date: date(n.date), status: str(n.severity), amount: null } };
    case "fine":
      return {
        what: `fine of ${str(n.ticketNumber) ?? "a ticket"}`,
        side: {
          date: date(n.overdueOn ?? n.fineDate),
          status: date(n.issuedOn) ? `issued ${n.issuedOn}` : "not issued",
          amount: num(n.amountCents),
        },
      };
    case "standard":
      return {
        what: `standard ${n.standard}`,
        side: { date: null, status: n.met ? "met" : "not met", amount: num(n.percent) },
      };
    case "notice": {
      const period = n.period as Readonly<Record<string, unknown>>;
      return {
        what: `notice to ${str(n.mco)} for ${str(period.id)}`,
        side: { date: date(n.noticeDueDate), status: countText(num(n.count) ?? 0, "fine"), amount: num(n.totalCents) },
      };
    }
  }
}

function changeOf(before: Fact | undefined, after: Fact | undefined): Change {
  const f = (after ?? before) as Fact;
  const b = before === undefined ? null : { at: before.at, ...describe(before).side };
  const a = after === undefined ? null : { at: after.at, ...describe(after).side };
  const moved = b?.date && a?.date ? daysBetween(b.date, a.date) : 0;
  return {
    change: before === undefined ? "added" : after === undefined ? "removed" : "changed",
    fact: f.kind,
    paths: [],
    // A fine carries no rule ID of its own: it is PORTAL-FINE's.
    ruleId: str(f.node.ruleId) ?? (f.kind === "fine" ? "PORTAL-FINE" : null),
    what: describe(f).what,
    before: b,
    after: a,
    daysMoved: moved,
  };
}

const same = (a: Fact, b: Fact) => JSON.stringify(a.node) === JSON.stringify(b.node);

/**
 * The differences between two results of the same case (the same input evaluated under two
 * settings), or between nothing (undefined: the case exists under one setting only, e.g. a
 * sanction notice) and a result. Empty exactly when the two are deep-equal; the `other` change
 * lists the paths of differing values no named fact covers (at most 20).
 *
 * @example caseChanges(evaluateTicket(t, before), evaluateTicket(t, after)).map((c) => `${c.what} ${c.daysMoved}`)
 */
export function caseChanges(before: unknown, after: unknown): Change[] {
  const old = resultFacts(before);
  const now = resultFacts(after);
  const byKey = new Map(old.facts.map((f) => [f.key, f]));
  const changes: Change[] = [];
  for (const a of now.facts) {
    const b = byKey.get(a.key);
    byKey.delete(a.key);
    if (b === undefined || !same(a, b)) changes.push(changeOf(b, a));
  }
  for (const b of byKey.values()) changes.push(changeOf(b, undefined));
  const paths = otherPaths(old.leaves, now.leaves);
  if (paths.length > 0) changes.push(other(paths.slice(0, 20), countText(paths.length, "other value")));
  // The same facts and values in another order (e.g. two deadlines listed the other way round).
  else if (changes.length === 0 && JSON.stringify(before, noOptions) !== JSON.stringify(after, noOptions))
    changes.push(other([], "the order of the facts"));
  return changes;
}

const noOptions = (key: string, value: unknown) => (key === "options" ? undefined : value);

function other(paths: readonly string[], what: string): Change {
  return { change: "other", fact: "other", paths, ruleId: null, what, before: null, after: null, daysMoved: 0 };
}

function otherPaths(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const paths = new Set<string>();
  for (const [path, value] of after) if (before.get(path) !== value) paths.add(path);
  for (const path of before.keys()) if (!after.has(path)) paths.add(path);
  return [...paths].map((p) => (p.startsWith(".") ? p.slice(1) : p)).sort();
}
