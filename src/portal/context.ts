import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, Finding } from "../core/types.js";
import type { PortalDateOptions } from "./date-options.js";
import { sortTicketEvents } from "./event-order.js";
import type { ResolvedPortalOptions } from "./options.js";
import { portalRuleVersion } from "./rule-in-force.js";
import { PORTAL_RULES } from "./rules.js";
import type { Ticket, TicketEvent } from "./schemas.js";

/** @internal The rules of one filing date: which are in force, and a tag of their versions. */
interface FilingDateRules {
  readonly inForce: (ruleId: string) => boolean;
  /** Same tag = same rule versions: explanations computed for one apply to the other. */
  readonly tag: number;
  readonly notInForce: readonly string[];
}

/**
 * @internal What the tickets of one evaluation share (issue 3, fast path): the rules in force
 * per filing date, and the explanations already computed, keyed by rule versions, rule, start
 * and label. Explanations are immutable data, so a result may share one with another result.
 * Scoped to one call of `evaluateTicket(s)`: nothing is kept between calls (principle 1).
 */
export interface EvaluationState {
  readonly options: ResolvedPortalOptions;
  rulesOf(filedOn: IsoDate): FilingDateRules;
  memo<T>(key: string, compute: () => T): T;
}

/** @internal */
export function evaluationState(options: ResolvedPortalOptions): EvaluationState {
  const byDate = new Map<string, FilingDateRules>();
  const tags = new Map<string, number>();
  const memo = new Map<string, unknown>();
  return {
    options,
    rulesOf(filedOn) {
      let rules = byDate.get(filedOn);
      if (rules === undefined) {
        const versions = PORTAL_RULES.map((r) => [r.id, portalRuleVersion(r.id, filedOn, options.monthOnlyEffectiveDate)] as const);
        const inForce = new Map(versions.map(([id, v]) => [id, v !== undefined]));
        const tagText = versions.map(([id, v]) => `${id}@${v?.effectiveFrom ?? "-"}`).join(",");
        const tag = tags.get(tagText) ?? tags.size;
        tags.set(tagText, tag);
        rules = { inForce: (id) => inForce.get(id) ?? portalRuleVersion(id, filedOn, options.monthOnlyEffectiveDate) !== undefined, tag, notInForce: versions.filter(([, v]) => v === undefined).map(([id]) => id) };
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
  readonly dateOptions: PortalDateOptions;
  readonly findings: Finding[];
  readonly state: EvaluationState;
  /** The ticket's events in lifecycle order. */
  readonly events: readonly TicketEvent[];
  /** True when the rule is in force on the filing date (principle 4; open point 9). */
  inForce(ruleId: string): boolean;
  /** An explanation of this filing date's rule versions, computed once per evaluation. */
  explain(kind: string, start: IsoDate, label: string, compute: () => Explanation): Explanation;
}

/** @internal */
export function ticketContext(ticket: Ticket, asOf: IsoDate, state: EvaluationState): TicketContext {
  const filedOn = ticket.portalSubmittedOn;
  const { options } = state;
  const rules = state.rulesOf(filedOn);
  return {
    ticket,
    asOf,
    options,
    filedOn,
    findings: [],
    state,
    events: sortTicketEvents(ticket.events),
    dateOptions: {
      calendar: options.calendar,
      businessDayStart: options.businessDayStart,
      rollUnstatedLimits: options.rollUnstatedLimits,
      extensionLimitFrom: options.extensionLimitFrom,
      filedOn,
    },
    inForce: rules.inForce,
    explain: (kind, start, label, compute) => {
      const bucket = state.memo(`${rules.tag}|${kind}|${label}`, () => new Map<string, Explanation>());
      let explanation = bucket.get(start);
      if (explanation === undefined) {
        explanation = compute();
        bucket.set(start, explanation);
      }
      return explanation;
    },
  };
}
