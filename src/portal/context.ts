import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, Finding } from "../core/types.js";
import type { PortalDateOptions } from "./date-options.js";
import { ticketEventsInOrder } from "./event-order.js";
import type { ResolvedPortalOptions, SubmissionWindowStart } from "./options.js";
import { portalRuleVersion } from "./rule-in-force.js";
import { PORTAL_RULES } from "./rules.js";
import type { Ticket, TicketEvent } from "./schemas.js";

/** @internal The date options of a ticket, with open point 1 for its submission window. */
export type TicketDateOptions = PortalDateOptions & { readonly submissionWindowStart: SubmissionWindowStart };

/** @internal The rules of one filing date: which are in force, and a tag of their versions. */
interface FilingDateRules {
  readonly inForce: (ruleId: string) => boolean;
  /** Same tag = same rule versions: explanations computed for one apply to the other. */
  readonly tag: number;
  readonly notInForce: readonly string[];
  /** The date options of the tickets filed that day (shared: one object per filing date). */
  readonly dateOptions: TicketDateOptions;
  /** The explanations of this tag's rule versions, by kind, label and start. */
  readonly explanations: Map<string, Map<string, Map<string, Explanation>>>;
  /** {@link TicketContext.explain} of the tickets filed that day (one function per filing date). */
  readonly explain: TicketContext["explain"];
}

/**
 * @internal What the tickets of one evaluation share (issue 3, fast path): the rules in force
 * per filing date, and the explanations already computed, keyed by rule versions, rule, start
 * and label. Explanations are immutable data, so a result may share one with another result.
 * Shared between calls with the same calendar and option values (`sharedEvaluationState`): it
 * holds only values derived from the registry, the calendar and the options, never a result, so
 * sharing it changes no answer (principle 1).
 */
export interface EvaluationState {
  readonly options: ResolvedPortalOptions;
  rulesOf(filedOn: IsoDate): FilingDateRules;
  memo<T>(key: string, compute: () => T): T;
  /** How many values the state holds (filing dates, explanations, memo entries). */
  size(): number;
}

/** @internal */
export function evaluationState(options: ResolvedPortalOptions): EvaluationState {
  const byDate = new Map<string, FilingDateRules>();
  const tags = new Map<string, number>();
  const explanationsByTag: Map<string, Map<string, Map<string, Explanation>>>[] = [];
  const memo = new Map<string, unknown>();
  const computed = { explanations: 0 };
  return {
    options,
    size: () => byDate.size + memo.size + computed.explanations,
    rulesOf(filedOn) {
      let rules = byDate.get(filedOn);
      if (rules === undefined) {
        const versions = PORTAL_RULES.map((r) => [r.id, portalRuleVersion(r.id, filedOn, options.monthOnlyEffectiveDate)] as const);
        const inForce = new Map(versions.map(([id, v]) => [id, v !== undefined]));
        const tagText = versions.map(([id, v]) => `${id}@${v?.effectiveFrom ?? "-"}`).join(",");
        const tag = tags.get(tagText) ?? tags.size;
        tags.set(tagText, tag);
        const explanations = explanationsByTag[tag] ?? new Map<string, Map<string, Map<string, Explanation>>>();
        explanationsByTag[tag] = explanations;
        rules = {
          inForce: (id) => inForce.get(id) ?? portalRuleVersion(id, filedOn, options.monthOnlyEffectiveDate) !== undefined,
          tag,
          notInForce: versions.filter(([, v]) => v === undefined).map(([id]) => id),
          dateOptions: {
            calendar: options.calendar,
            businessDayStart: options.businessDayStart,
            rollUnstatedLimits: options.rollUnstatedLimits,
            extensionLimitFrom: options.extensionLimitFrom,
            submissionWindowStart: options.submissionWindowStart,
            filedOn,
          },
          explanations,
          explain: (kind, start, label, compute) => explainWith(explanations, kind, start, label, compute, computed),
        };
        byDate.set(filedOn, rules);
      }
      return rules;
    },
    memo<T>(key: string, compute: () => T): T {
      let value = memo.get(key) as T | undefined;
      if (value === undefined) {
        value = compute();
        memo.set(key, value);
      }
      return value;
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
  /** The ticket's events in lifecycle order. */
  readonly events: readonly TicketEvent[];
  /** True when the rule is in force on the filing date (principle 4; open point 9). */
  inForce(ruleId: string): boolean;
  /** An explanation of this filing date's rule versions, computed once per evaluation. */
  explain(kind: string, start: IsoDate, label: string, compute: () => Explanation): Explanation;
}

/** @internal An explanation from the memo of a filing date's rule versions, computed on first use. */
function explainWith(
  explanations: FilingDateRules["explanations"],
  kind: string,
  start: IsoDate,
  label: string,
  compute: () => Explanation,
  computed: { explanations: number },
): Explanation {
  // Nested maps keyed by the (constant) kind and label, then the start: no key string is built
  // per lookup (issue 3).
  let byLabel = explanations.get(kind);
  if (byLabel === undefined) {
    byLabel = new Map();
    explanations.set(kind, byLabel);
  }
  let byStart = byLabel.get(label);
  if (byStart === undefined) {
    byStart = new Map();
    byLabel.set(label, byStart);
  }
  let explanation = byStart.get(start);
  if (explanation === undefined) {
    explanation = compute();
    byStart.set(start, explanation);
    computed.explanations++;
  }
  return explanation;
}

// Evaluation states shared between calls (issue 3: one `evaluateTicket` call per ticket would
// otherwise look up every rule version and recompute every explanation for each ticket). A
// state holds only values derived from the registry, the calendar and the options: immutable
// explanations and rule lookups, never a result. Keyed by the calendar object (weakly: a
// calendar no longer used is collected with its states) and the option values; bounded: a state
// holding more than STATE_LIMIT values is replaced by a fresh one.
const SHARED_STATES = new WeakMap<BusinessCalendar, Map<string, EvaluationState>>();
const STATE_LIMIT = 200_000;

function optionsKey(o: ResolvedPortalOptions): string {
  return `${o.submissionWindowStart}|${o.rollUnstatedLimits}|${o.extensionLimitFrom}|${o.mcoClockStart}|${o.hfsReviewClockFrom}|${o.monthOnlyEffectiveDate}|${o.businessDayStart}`;
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

/** @internal One ticket's context (a class: its methods are shared, not closures per ticket). */
class Context implements TicketContext {
  readonly options: ResolvedPortalOptions;
  readonly filedOn: IsoDate;
  readonly dateOptions: TicketDateOptions;
  readonly findings: Finding[] = [];
  readonly events: readonly TicketEvent[];
  readonly inForce: (ruleId: string) => boolean;
  readonly explain: (kind: string, start: IsoDate, label: string, compute: () => Explanation) => Explanation;

  constructor(
    readonly ticket: Ticket,
    readonly asOf: IsoDate,
    readonly state: EvaluationState,
  ) {
    this.options = state.options;
    this.filedOn = ticket.portalSubmittedOn;
    const rules = state.rulesOf(this.filedOn);
    this.dateOptions = rules.dateOptions;
    this.events = ticketEventsInOrder(ticket.events);
    this.inForce = rules.inForce;
    this.explain = rules.explain;
  }
}

/** @internal */
export function ticketContext(ticket: Ticket, asOf: IsoDate, state: EvaluationState): TicketContext {
  return new Context(ticket, asOf, state);
}
