import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { deepFreeze, freezeTree } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, Finding } from "../core/types.js";
import type { PortalDateOptions } from "./date-options.js";
import { ticketEventsInOrder } from "./event-order.js";
import { PORTAL_OPTION_DEFAULTS, type ResolvedPortalOptions, type SubmissionWindowStart } from "./options.js";
import { numberParameter, portalRuleVersion } from "./rule-in-force.js";
import { PORTAL_RULES } from "./rules.js";
import type { Ticket, TicketEvent } from "./schemas.js";
import type { TicketPolicy } from "./evaluate-ticket.js";
import type { SubmissionWindow } from "./submission-window.js";
import { getRule } from "../rules/registry.js";

/** @internal The date options of a ticket, with open point 1 for its submission window. */
export type TicketDateOptions = PortalDateOptions & { readonly submissionWindowStart: SubmissionWindowStart };

/**
 * @internal Computes an explanation on a memo miss. A module-level function given its
 * arguments, not a closure: no function object is built per lookup (for speed).
 */
export type ExplanationCompute<A> = (start: IsoDate, label: string, arg: A) => Explanation;

/** @internal The rules of one filing date: which are in force, and a tag of their versions. */
export interface FilingDateRules {
  /** In force on the filing date, by PORTAL-* rule ID. */
  readonly inForce: ReadonlyMap<string, boolean>;
  /** Same tag = same rule versions: explanations computed for one apply to the other. */
  readonly tag: number;
  readonly notInForce: readonly string[];
  /** The date options of the tickets filed that day (shared: one object per filing date). */
  readonly dateOptions: TicketDateOptions;
  /** The explanations of this tag's rule versions, by kind, label and start. */
  readonly explanations: Map<string, Map<string, Map<string, Explanation>>>;
  /** Counts the values computed (explanations, windows; for {@link EvaluationState.size}). */
  readonly computed: { values: number };
  /**
   * The submission windows of the tickets filed that day, by start label and start (not under
   * 140.75, where the internal resolution also counts); see intake.ts.
   */
  readonly windows: Map<string, Map<IsoDate, SubmissionWindow>>;
  /** The policy of the tickets filed that day (immutable data, shared by their results like the explanations). */
  readonly policy: TicketPolicy;
  /** PORTAL-FINE's amount for a ticket that went overdue that day (undefined: no fines yet; open point 9). */
  readonly fineCents: number | undefined;
}

/**
 * @internal What the tickets of one evaluation share (the fast path): the rules in force
 * per filing date, and the explanations already computed, keyed by rule versions, rule, start
 * and label. Explanations are frozen when computed (deeply), so a result may share one with
 * another result: assigning to one throws in strict mode and changes nothing otherwise.
 * Shared between calls with the same calendar and option values (`sharedEvaluationState`): it
 * holds only values derived from the registry, the calendar and the options, never a result, so
 * sharing it changes no answer (principle 1).
 */
export interface EvaluationState {
  readonly options: ResolvedPortalOptions;
  rulesOf(filedOn: IsoDate): FilingDateRules;
  /** How many values the state holds (filing dates, explanations, windows). */
  size(): number;
}

/** @internal The map under `key` in a map of maps, created empty on first use. */
export function innerMap<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

/** @internal The rule whose first version is the new portal process (filed from 2020-02-28). */
export const NEW_PORTAL_RULE = "PORTAL-PROPOSAL-DUE";

type ExplanationsByKind = Map<string, Map<string, Map<string, Explanation>>>;

/** The rules of one date under these options; `tagged` gives the explanations of a versions' tag. */
function filingDateRules(filedOn: IsoDate, options: ResolvedPortalOptions, tagged: (tagText: string) => { tag: number; explanations: ExplanationsByKind }, computed: { values: number }): FilingDateRules {
  const versions = PORTAL_RULES.map((r) => [r.id, portalRuleVersion(r.id, filedOn, options.monthOnlyEffectiveDate)] as const);
  const notInForce = versions.filter(([, v]) => v === undefined).map(([id]) => id);
  const { tag, explanations } = tagged(versions.map(([id, v]) => `${id}@${v?.effectiveFrom ?? "-"}`).join(","));
  return {
    inForce: new Map(versions.map(([id, v]) => [id, v !== undefined])),
    tag,
    notInForce,
    dateOptions: {
      calendar: options.calendar,
      businessDayStart: options.businessDayStart,
      unstatedRoll: options.unstatedRoll,
      extensionLimitFrom: options.extensionLimitFrom,
      submissionWindowStart: options.submissionWindowStart,
      filedOn,
    },
    explanations,
    computed,
    windows: new Map(),
    // Shared by the results of the tickets filed that day: frozen, so that no result can change
    // another's (principle 1).
    policy: deepFreeze({
      filedOn,
      newPortalFrom: getRule(NEW_PORTAL_RULE).versions[0]?.effectiveFrom ?? filedOn,
      inScope: versions.some(([id, v]) => id === NEW_PORTAL_RULE && v !== undefined),
      rulesNotInForce: [...notInForce],
    }),
    fineCents: numberParameter("PORTAL-FINE", filedOn, "amountCents", options.monthOnlyEffectiveDate),
  };
}

/** @internal */
export function evaluationState(options: ResolvedPortalOptions): EvaluationState {
  const byDate = new Map<string, FilingDateRules>();
  const tags = new Map<string, number>();
  const explanationsByTag: ExplanationsByKind[] = [];
  const computed = { values: 0 };
  const tagged = (tagText: string) => {
    const tag = tags.get(tagText) ?? tags.size;
    tags.set(tagText, tag);
    const explanations = explanationsByTag[tag] ?? new Map();
    explanationsByTag[tag] = explanations;
    return { tag, explanations };
  };
  return {
    options,
    size: () => byDate.size + computed.values,
    rulesOf(filedOn) {
      let rules = byDate.get(filedOn);
      if (rules === undefined) {
        rules = filingDateRules(filedOn, options, tagged, computed);
        byDate.set(filedOn, rules);
      }
      return rules;
    },
  };
}

/** @internal What every step of one ticket's evaluation shares. */
export interface TicketContext {
  readonly ticket: Ticket;
  readonly asOf: IsoDate;
  readonly options: ResolvedPortalOptions;
  /** The filing date (portal submission): the rule versions of that day apply. */
  readonly filedOn: IsoDate;
  readonly dateOptions: TicketDateOptions;
  readonly findings: Finding[];
  readonly state: EvaluationState;
  /** The rules of the filing date (shared by the tickets filed that day). */
  readonly rules: FilingDateRules;
  /** The ticket's events in lifecycle order. */
  readonly events: readonly TicketEvent[];
  /** True when the rule is in force on the filing date (principle 4; open point 9). */
  inForce(ruleId: string): boolean;
  /**
   * An explanation of this filing date's rule versions, computed once per evaluation state:
   * `compute(start, label, arg)` runs only on a memo miss.
   */
  explain<A>(kind: string, start: IsoDate, label: string, compute: ExplanationCompute<A>, arg: A): Explanation;
}

// Evaluation states shared between calls (speed: one `evaluateTicket` call per ticket would
// otherwise look up every rule version and recompute every explanation for each ticket). A
// state holds only values derived from the registry, the calendar and the options: immutable
// explanations and rule lookups, never a result. Keyed by the calendar object (weakly: a
// calendar no longer used is collected with its states) and the option values; bounded: a state
// holding more than STATE_LIMIT values is replaced by a fresh one.
const SHARED_STATES = new WeakMap<BusinessCalendar, Map<string, EvaluationState>>();
const STATE_LIMIT = 200_000;

const DEFAULT_OPTIONS_KEY = "defaults";

function optionsKey(o: ResolvedPortalOptions): string {
  // The defaults (the common case) have a constant key: no key string is built and hashed per
  // call (speed: one evaluateTicket call per ticket).
  const d = PORTAL_OPTION_DEFAULTS;
  if (o.submissionWindowStart === d.submissionWindowStart && o.unstatedRoll === d.unstatedRoll && o.extensionLimitFrom === d.extensionLimitFrom && o.mcoClockStart === d.mcoClockStart && o.hfsReviewClockFrom === d.hfsReviewClockFrom && o.monthOnlyEffectiveDate === d.monthOnlyEffectiveDate && o.businessDayStart === d.businessDayStart && o.eventsAfterAsOf === d.eventsAfterAsOf && o.extensionOnceCounts === d.extensionOnceCounts) {
    return DEFAULT_OPTIONS_KEY;
  }
  return `${o.submissionWindowStart}|${o.unstatedRoll}|${o.extensionLimitFrom}|${o.mcoClockStart}|${o.hfsReviewClockFrom}|${o.monthOnlyEffectiveDate}|${o.businessDayStart}|${o.eventsAfterAsOf}|${o.extensionOnceCounts}`;
}

/** @internal The evaluation state of these options, shared with earlier calls (see SHARED_STATES). */
export function sharedEvaluationState(options: ResolvedPortalOptions): EvaluationState {
  let byOptions = SHARED_STATES.get(options.calendar);
  if (byOptions === undefined) {
    byOptions = new Map();
    SHARED_STATES.set(options.calendar, byOptions);
  }
  const key = optionsKey(options);
  let state = byOptions.get(key);
  if (state === undefined || state.size() > STATE_LIMIT) {
    state = evaluationState(options);
    byOptions.set(key, state);
  }
  return state;
}

/**
 * @internal One ticket's context: a class, so that its methods are one shared function each
 * (monomorphic calls, no closure per ticket or per filing date).
 */
class Context implements TicketContext {
  readonly options: ResolvedPortalOptions;
  readonly filedOn: IsoDate;
  readonly dateOptions: TicketDateOptions;
  readonly findings: Finding[] = [];
  readonly rules: FilingDateRules;
  readonly events: readonly TicketEvent[];

  constructor(
    readonly ticket: Ticket,
    readonly asOf: IsoDate,
    readonly state: EvaluationState,
  ) {
    this.options = state.options;
    this.filedOn = ticket.portalSubmittedOn;
    this.rules = state.rulesOf(this.filedOn);
    this.dateOptions = this.rules.dateOptions;
    this.events = ticketEventsInOrder(ticket.events);
  }

  inForce(ruleId: string): boolean {
    return this.rules.inForce.get(ruleId) ?? portalRuleVersion(ruleId, this.filedOn, this.options.monthOnlyEffectiveDate) !== undefined;
  }

  explain<A>(kind: string, start: IsoDate, label: string, compute: ExplanationCompute<A>, arg: A): Explanation {
    // Nested maps keyed by the (constant) kind and label, then the start: no key string is
    // built per lookup (for speed).
    const byStart = innerMap(innerMap(this.rules.explanations, kind), label);
    let explanation = byStart.get(start);
    if (explanation === undefined) {
      // Frozen once, on the miss: the results that share it can never change it (principle 1).
      explanation = freezeTree(compute(start, label, arg));
      byStart.set(start, explanation);
      this.rules.computed.values++;
    }
    return explanation;
  }
}

/** @internal */
export function ticketContext(ticket: Ticket, asOf: IsoDate, state: EvaluationState): TicketContext {
  return new Context(ticket, asOf, state);
}
