import type { RuleId } from "../rules/rule-id.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import type { TicketDates } from "./dates.js";
import type { DatesCache, FilingDateRules } from "./dates-cache.js";
import { ticketEventsInOrder } from "./event-order.js";
import type { PortalFinding } from "./finding-codes.js";
import { portalRuleVersion } from "./rule-in-force.js";
import type { PortalRuleId } from "./rules.js";
import type { ResolvedPortalOptions } from "./options.js";
import type { Ticket, TicketEvent } from "./schemas.js";

/** @internal What every step of one ticket's evaluation reads, and the findings it writes. */
export interface TicketContext {
  readonly ticket: Ticket;
  readonly asOf: IsoDate;
  readonly options: ResolvedPortalOptions;
  /** The filing date (portal submission): the rule versions of that day apply. */
  readonly filedOn: IsoDate;
  /** The ticket's events in lifecycle order. */
  readonly events: readonly TicketEvent[];
  /** The rules of the filing date. */
  readonly rules: FilingDateRules;
  /** The due dates under the filing date's rule versions. */
  readonly dates: TicketDates;
  readonly findings: PortalFinding[];
  /** The rules in force on another day (the fine's version is the one of the first day overdue). */
  rulesOn(date: IsoDate): FilingDateRules;
  /** True when the rule is in force on the filing date (principle 4; open point 9). */
  inForce(ruleId: RuleId): boolean;
  /** A date's explanation as a deadline holds it (lean: without its rule ID), frozen and shared. */
  held(explanation: Explanation): Explanation;
}

/**
 * One ticket's context: a class, so that `rulesOn` and `inForce` are one function for every
 * ticket rather than two closures per ticket.
 */
class Context implements TicketContext {
  readonly options: ResolvedPortalOptions;
  readonly filedOn: IsoDate;
  readonly events: readonly TicketEvent[];
  readonly rules: FilingDateRules;
  readonly dates: TicketDates;
  readonly findings: PortalFinding[] = [];

  constructor(
    readonly ticket: Ticket,
    readonly asOf: IsoDate,
    private readonly cache: DatesCache,
  ) {
    this.options = cache.options;
    this.filedOn = ticket.portalSubmittedOn;
    this.events = ticketEventsInOrder(ticket.events);
    this.rules = cache.rulesOf(this.filedOn);
    this.dates = this.rules.dates;
  }

  rulesOn(date: IsoDate): FilingDateRules {
    return this.cache.rulesOf(date);
  }

  held(explanation: Explanation): Explanation {
    return this.cache.held(explanation);
  }

  inForce(ruleId: RuleId): boolean {
    // A PORTAL-* rule is a key of the filing date's record; any other rule is looked up.
    return (
      this.rules.inForce[ruleId as PortalRuleId] ??
      portalRuleVersion(ruleId, this.filedOn, this.options.monthOnlyEffectiveDate, this.options.ruleBook) !== undefined
    );
  }
}

/** @internal One ticket's context, its rules and dates from `cache`. */
export function ticketContext(ticket: Ticket, asOf: IsoDate, cache: DatesCache): TicketContext {
  return new Context(ticket, asOf, cache);
}
