import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The last day an MCO may request additional information from the provider: 5 business days
 * after it received the ticket in the Portal (PORTAL-INFO-REQUEST).
 *
 * The policy of `infoRequestDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example infoRequestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export function infoRequestDueDateOf(mcoReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  return portalDueDate({
    ruleId: "PORTAL-INFO-REQUEST",
    parameter: "businessDays",
    start: mcoReceivedOn,
    defaultLabel: "ticket received by the MCO",
    roll: "none",
    options,
  });
}
