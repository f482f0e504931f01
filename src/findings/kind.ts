import type * as z from "zod/mini";
import type { IsoDate } from "../core/iso-date.js";
import type { FindingCodeEntry, Party, Severity } from "../core/types.js";
import type { RuleId } from "../rules/rule-id.js";

/** The facts a kind of finding carries, by name: each a zod schema of a date, a count, a short text or a choice. */
export type FactShape = { readonly [name: string]: z.core.$ZodType };

/** The facts of one finding, as its kind's schemas read them. */
export type FactsOf<S extends FactShape> = { readonly [K in keyof S]: z.infer<S[K]> };

/**
 * One kind of finding, in the style of zod's issues: the rules it is raised under, its severity,
 * the party it is about (null when the raise says), what it means, the facts it carries and the
 * one function that writes its message from those facts. Policy code raises a finding by code
 * and facts ({@link raiseFinding}); it never writes a message.
 */
export interface FindingKind<S extends FactShape = FactShape, R extends RuleId = RuleId> {
  /** The rules it may be raised under; the first when the raise names none. */
  readonly rules: readonly [R, ...R[]];
  readonly severity: Severity;
  /** The party the finding is about, or null when it depends on the case (the raise gives it). */
  readonly party: Party | null;
  /** What the finding means, in the policy's words, without any input value (docs/rules.md). */
  readonly summary: string;
  readonly facts: S;
  /** The message of a finding of this kind: the one place its words are written. */
  readonly message: (facts: FactsOf<S>) => string;
}

/** Any kind of finding, whatever its facts. */
// biome-ignore lint/suspicious/noExplicitAny: the facts of a kind are checked where the kind is written (findingKind)
export type AnyFindingKind = FindingKind<any, RuleId>;

/** An area's kinds of finding, by code. */
export type FindingKinds = { readonly [code: string]: AnyFindingKind };

/** The fields every finding has, whatever its kind. */
export interface FindingBase<C extends string = string, R extends RuleId = RuleId> {
  readonly ruleId: R;
  /**
   * The stable kind of the finding, kebab-case (e.g. `proposal-overdue`), listed in docs/rules.md: a
   * program tells findings apart by `code` and reads its facts from the fields the code names.
   */
  readonly code: C;
  readonly party: Party;
  readonly severity: Severity;
  /** The kind's message written from the facts; for people, never for parsing. */
  readonly message: string;
  /** The events (by id or a short description) the finding is about. */
  readonly events: readonly string[];
  readonly date?: IsoDate;
  /**
   * The member the finding is about, as the caller identified them (e.g. a spenddown `memberId`),
   * when a result lists several. A structured field for the caller to act on: the message never
   * names the member (the privacy rule, docs/privacy.md).
   */
  readonly member?: string;
}

/** The findings of a set of kinds: a union keyed by `code`, each with its kind's facts as fields. */
export type FindingOf<K extends FindingKinds> = {
  [C in keyof K & string]: FindingBase<C, K[C]["rules"][number]> & FactsOf<K[C]["facts"]>;
}[keyof K & string];

/**
 * Where a finding stands: its rule when the kind has several (else the kind's first), its party
 * when the kind leaves it open (a kind's own party wins), its events, date and member.
 */
export interface FindingPlace<R extends RuleId = RuleId> {
  readonly ruleId?: R;
  readonly party?: Party;
  readonly events: readonly string[];
  readonly date?: IsoDate | undefined;
  readonly member?: string;
}

// The fields a fact may not take: a fact named like one of them would overwrite it.
const BASE_FIELDS: readonly string[] = Object.freeze([
  "ruleId",
  "code",
  "party",
  "severity",
  "message",
  "events",
  "date",
  "member",
]);
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * One kind of finding, with its facts' types inferred so that `message` reads them typed.
 *
 * @example
 * findingKind({ rules: [OVERDUE_RULE], severity: "error", party: "MCO",
 *   summary: "No written proposal by the due date: the ticket is overdue.",
 *   facts: { dueDate: dateFact }, message: (f) => `No written proposal by ${f.dueDate}.` })
 */
export function findingKind<const R extends RuleId, S extends FactShape>(kind: FindingKind<S, R>): FindingKind<S, R> {
  return kind;
}

/**
 * An area's kinds of finding, checked and frozen when the module loads: each code kebab-case, no
 * fact named like a field every finding has, at least one rule. A broken list is a programming
 * error (an Error naming every bad kind).
 */
export function defineFindingKinds<const K extends FindingKinds>(kinds: K): K {
  const problems: string[] = [];
  for (const [code, kind] of Object.entries(kinds)) {
    if (!KEBAB.test(code)) problems.push(`${code}: the code is not kebab-case`);
    if (kind.rules.length === 0) problems.push(`${code}: no rule`);
    for (const fact of Object.keys(kind.facts))
      if (BASE_FIELDS.includes(fact)) problems.push(`${code}: the fact ${fact} is a field of every finding`);
  }
  if (problems.length > 0) throw new Error(`Finding kinds: ${problems.join("; ")}`);
  for (const kind of Object.values(kinds)) {
    Object.freeze(kind.rules);
    Object.freeze(kind.facts);
    Object.freeze(kind);
  }
  return Object.freeze(kinds);
}

/**
 * The finding of kind `code` with `facts`, at `place`: its rule, severity and party from the kind
 * unless the place names them, its message written by the kind. The one way policy code raises a
 * finding.
 *
 * @example raiseFinding(PORTAL_FINDINGS, "proposal-overdue", { dueDate: "2024-03-01", … }, { events: ["proposal"] })
 */
export function raiseFinding<K extends FindingKinds, C extends keyof K & string>(
  kinds: K,
  code: C,
  facts: FactsOf<K[C]["facts"]>,
  place: FindingPlace<K[C]["rules"][number]>,
): FindingOf<K> {
  const kind = kinds[code] as K[C];
  // The place is the policy's own object, but read by its own properties only: nothing set on
  // Object.prototype may give a finding a date, a member or a rule (test/boundary).
  const own = <P extends keyof FindingPlace>(key: P) => (Object.hasOwn(place, key) ? place[key] : undefined);
  // A kind with a party of its own keeps it; one without is raised with the party of the case.
  const party = kind.party ?? own("party");
  if (party === undefined) throw new Error(`Finding ${code}: its kind has no party, and the raise gives none`);
  const finding: Record<string, unknown> = {
    ruleId: own("ruleId") ?? kind.rules[0],
    code,
    party,
    severity: kind.severity,
    message: kind.message(facts),
    events: place.events,
  };
  const date = own("date");
  const member = own("member");
  if (date !== undefined) finding.date = date;
  if (member !== undefined) finding.member = member;
  return Object.assign(finding, facts) as unknown as FindingOf<K>;
}

/** The kinds as catalogue entries, one per rule a kind is raised under, in list order (docs/rules.md). */
export function findingCodeEntries(kinds: FindingKinds): readonly FindingCodeEntry[] {
  return Object.entries(kinds).flatMap(([code, kind]) =>
    kind.rules.map((ruleId) =>
      Object.freeze({
        ruleId,
        code,
        severity: kind.severity,
        summary: kind.summary,
        facts: Object.freeze(Object.keys(kind.facts)),
      }),
    ),
  );
}
