import type { IsoDate } from "../core/iso-date.js";
import type { Finding } from "../core/types.js";
import type { PortalDateOptions } from "./date-options.js";
import type { ResolvedPortalOptions } from "./options.js";
import { portalRuleVersion } from "./rule-in-force.js";
import type { Ticket } from "./schemas.js";

/** @internal What every step of one ticket's evaluation shares. */
export interface TicketContext {
  readonly ticket: Ticket;
  readonly asOf: IsoDate;
  readonly options: ResolvedPortalOptions;
  /** The filing date (portal submission): the rule versions of that day apply. */
  readonly filedOn: IsoDate;
  readonly dateOptions: PortalDateOptions;
  readonly findings: Finding[];
  /** True when the rule is in force on the filing date (principle 4; open point 9). */
  inForce(ruleId: string): boolean;
}

/**
 * @internal Which rules are in force on a filing date, memoised per evaluator so that a batch of
 * tickets looks each filing date up once (the registry itself is immutable).
 */
export function inForceLookup(options: ResolvedPortalOptions): (filedOn: IsoDate) => (ruleId: string) => boolean {
  const byDate = new Map<string, Map<string, boolean>>();
  return (filedOn) => {
    let cache = byDate.get(filedOn);
    if (cache === undefined) {
      cache = new Map();
      byDate.set(filedOn, cache);
    }
    const known = cache;
    return (ruleId) => {
      let value = known.get(ruleId);
      if (value === undefined) {
        value = portalRuleVersion(ruleId, filedOn, options.monthOnlyEffectiveDate) !== undefined;
        known.set(ruleId, value);
      }
      return value;
    };
  };
}

/** @internal */
export function ticketContext(ticket: Ticket, asOf: IsoDate, options: ResolvedPortalOptions, lookup = inForceLookup(options)): TicketContext {
  const filedOn = ticket.portalSubmittedOn;
  return {
    ticket,
    asOf,
    options,
    filedOn,
    findings: [],
    dateOptions: {
      calendar: options.calendar,
      businessDayStart: options.businessDayStart,
      rollUnstatedLimits: options.rollUnstatedLimits,
      extensionLimitFrom: options.extensionLimitFrom,
      filedOn,
    },
    inForce: lookup(filedOn),
  };
}
