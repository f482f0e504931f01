import { explanationOfDeadline } from "../core/deadline.js";
import { deepFreeze, freezeTree } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { getRule } from "../rules/registry.js";
import { type TicketDates, ticketDates } from "./dates.js";
import type { ResolvedPortalOptions } from "./options.js";
import { numberParameter, portalRuleVersion } from "./rule-in-force.js";
import { PORTAL_RULES, type PortalRuleId } from "./rules.js";
import { type SubmissionWindow, type WindowFacts, windowOf } from "./submission-window.js";
import type { TicketPolicy } from "./ticket-policy.js";

// The one cache of the portal engine. It holds only values derived from the registry, the
// calendar and the options (rule lookups, explanations), frozen, never anything of a ticket, so a
// result never depends on what was evaluated before: a property (test/portal/dates-cache.test.ts)
// checks that a reused cache and a fresh one give deep-equal results. A cache belongs to the
// evaluator that made it (createTicketEvaluator, a batch, a stream), never to the module: nothing
// evaluated in one call is kept for another the caller did not hand it to. Its options, the
// caller's rule book among them (`settings.rules`), are fixed when it is made: the versions key
// below names each version by its first day, unique within one rule book.

/** The rule first in force with the new portal process (tickets filed from 2020-02-28). */
export const NEW_PORTAL_RULE = "PORTAL-PROPOSAL-DUE";

/**
 * @internal Whether each PORTAL-* rule is in force on one filing date (open point 9 applied): a
 * record of one fixed shape, every rule ID a key in the registry's order, so that reading it is a
 * property load, not a map lookup (every filing date's record has the same hidden class in V8).
 */
export type PortalRulesInForce = Readonly<Record<PortalRuleId, boolean>>;

/** @internal What the tickets filed on one day share: the rules in force, their policy, their dates. */
export interface FilingDateRules {
  /** In force on the filing date, by PORTAL-* rule ID (open point 9 applied). */
  readonly inForce: PortalRulesInForce;
  readonly policy: TicketPolicy;
  /** PORTAL-FINE's amount for a ticket that went overdue that day (undefined: no fines yet). */
  readonly fineCents: number | undefined;
  /** The due dates, cached: shared by every filing date with the same rule versions. */
  readonly dates: TicketDates;
  /** The submission window of a ticket filed that day (from the cached explanations). */
  window(ticket: WindowFacts): SubmissionWindow;
}

/**
 * How many values a cache holds before it starts again empty (filing dates and explanations).
 * A value (an explanation) weighs about 500 bytes: 50,000 keep the cache under about 30 MiB, so
 * that a stream of a million tickets (the CLI) stays in bounded memory.
 */
const DEFAULT_LIMIT = 50_000;

/**
 * @internal The cache of one set of options (and calendar): bounded, emptied when full. A limit
 * of 0 keeps nothing: every date is computed afresh (the reference of the cache's property test).
 */
export class DatesCache {
  private readonly byFilingDate = new Map<IsoDate, FilingDateRules>();
  private readonly byVersions = new Map<string, TicketDates>();
  // A cached explanation as the deadlines hold it (lean: without the rule ID the deadline carries).
  private readonly heldByDeadlines = new WeakMap<Explanation, Explanation>();
  private size = 0;

  constructor(
    readonly options: ResolvedPortalOptions,
    private readonly limit = DEFAULT_LIMIT,
  ) {}

  /** The rules and dates of the tickets filed on `filedOn`. */
  rulesOf(filedOn: IsoDate): FilingDateRules {
    let rules = this.byFilingDate.get(filedOn);
    if (rules === undefined) {
      this.count();
      rules = this.filingDateRules(filedOn);
      this.byFilingDate.set(filedOn, rules);
    }
    return rules;
  }

  /** `explanation` as a deadline holds it ({@link explanationOfDeadline}), frozen once: results share it. */
  held(explanation: Explanation): Explanation {
    let held = this.heldByDeadlines.get(explanation);
    if (held === undefined) {
      held = freezeTree(explanationOfDeadline(explanation));
      this.heldByDeadlines.set(explanation, held);
    }
    return held;
  }

  private count(): undefined {
    if (++this.size <= this.limit) return;
    this.byFilingDate.clear();
    this.byVersions.clear();
    this.size = 1;
  }

  private filingDateRules(filedOn: IsoDate): FilingDateRules {
    const monthOnly = this.options.monthOnlyEffectiveDate;
    const rules = this.options.ruleBook;
    const versions = PORTAL_RULES.map((r) => [r.id, portalRuleVersion(r.id, filedOn, monthOnly, rules)] as const);
    const notInForce = versions.filter(([, v]) => v === undefined).map(([id]) => id);
    // Filing dates with the same rule versions have the same dates: one cached interface.
    // Stryker disable next-line StringLiteral: the key's spelling only; any separator keeps the versions apart
    const versionsKey = versions.map(([id, v]) => `${id}@${v?.effectiveFrom ?? "-"}`).join(",");
    let dates = this.byVersions.get(versionsKey);
    if (dates === undefined) {
      dates = this.cached(ticketDates(this.options, filedOn));
      this.byVersions.set(versionsKey, dates);
    }
    return {
      inForce: rulesInForce(versions),
      // Shared by the results of the tickets filed that day: frozen (principle 1).
      policy: deepFreeze({
        filedOn,
        // PORTAL-PROPOSAL-DUE always has a first version; TypeScript asks for the fallback
        // Stryker disable next-line OptionalChaining
        newPortalFrom: getRule(NEW_PORTAL_RULE).versions[0]?.effectiveFrom ?? filedOn,
        inScope: !notInForce.includes(NEW_PORTAL_RULE),
        rulesNotInForce: notInForce,
      }),
      fineCents: numberParameter("PORTAL-FINE", filedOn, "amountCents", monthOnly, rules),
      dates,
      window: this.windows(dates),
    };
  }

  /** The value kept under label and start, computed, counted and frozen on first use. */
  private kept<V>(byLabel: Map<string, Map<IsoDate, V>>, label: string, start: IsoDate, compute: () => V): V {
    let byStart = byLabel.get(label);
    if (byStart === undefined) {
      byStart = new Map();
      byLabel.set(label, byStart);
    }
    let value = byStart.get(start);
    if (value === undefined) {
      this.count();
      value = freezeTree(compute());
      byStart.set(start, value);
    }
    return value;
  }

  /**
   * The windows of the tickets filed on one day: built per ticket from the cached explanations,
   * not kept. A window is cheap to assemble, and its key (filing date, start, label) repeats
   * little: kept windows were most of the cache's values and of its turnover, which lifted the
   * peak memory of a long stream of tickets (the CLI) without saving time.
   */
  private windows(dates: TicketDates): (ticket: WindowFacts) => SubmissionWindow {
    const choice = this.options.submissionWindowStart;
    return (ticket) => windowOf(ticket, choice, dates);
  }

  /** `dates` with each answer kept by start and label, frozen once (results share it). */
  private cached(dates: TicketDates): TicketDates {
    const memo = (compute: (start: IsoDate, label: string) => Explanation) => {
      const byLabel = new Map<string, Map<IsoDate, Explanation>>();
      // Stryker disable next-line StringLiteral: the default label is only a key, for the dates that take no label
      return (start: IsoDate, label = ""): Explanation => {
        if (this.limit === 0) return freezeTree(compute(start, label));
        return this.kept(byLabel, label, start, () => compute(start, label));
      };
    };
    return {
      presentToMco: memo((s) => dates.presentToMco(s)),
      infoRequest: memo((s) => dates.infoRequest(s)),
      infoResponse: memo((s) => dates.infoResponse(s)),
      proposal: memo((s, label) => dates.proposal(s, label)),
      extendedProposal: memo((s, label) => dates.extendedProposal(s, label)),
      extensionRequestLimit: memo((s) => dates.extensionRequestLimit(s)),
      contest: memo((s) => dates.contest(s)),
      hfsReviewRequest: memo((s) => dates.hfsReviewRequest(s)),
      evidence: memo((s) => dates.evidence(s)),
      earliestSubmission: memo((s, label) => dates.earliestSubmission(s, label)),
      latestSubmission: memo((s, label) => dates.latestSubmission(s, label)),
      latestSubmissionAfterResolution: memo((s) => dates.latestSubmissionAfterResolution(s)),
    };
  }
}

// Built key by key in one order, so that every record shares one shape; frozen (results never see
// it, but it is shared by every ticket filed that day).
function rulesInForce(versions: readonly (readonly [PortalRuleId, unknown])[]): PortalRulesInForce {
  const record: Partial<Record<PortalRuleId, boolean>> = {};
  for (const [id, version] of versions) record[id] = version !== undefined;
  return Object.freeze(record as PortalRulesInForce);
}
