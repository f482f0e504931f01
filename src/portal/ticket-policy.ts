import type { IsoDate } from "../core/iso-date.js";
import type { PortalRuleId } from "./rules.js";

/** Which policy the ticket falls under: the rule versions in force on its filing date. */
export interface TicketPolicy {
  readonly filedOn: IsoDate;
  /** The day the new portal process took effect (from the registry: PORTAL-PROPOSAL-DUE). */
  readonly newPortalFrom: IsoDate;
  /** Filed under the new portal process (the modelled policy). */
  readonly inScope: boolean;
  /** PORTAL-* rules not in force on the filing date (not evaluated). */
  readonly rulesNotInForce: readonly PortalRuleId[];
}
