import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The day by which the HFS Portal Team presents a ticket to the MCO: 10 business days after
 * its receipt via the Portal (PORTAL-PRESENT-TO-MCO; 89 Ill. Adm. Code 140.75(c)).
 *
 * The policy of `presentToMcoDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example presentToMcoDueDate(parseIsoDate("2024-11-20")).result
 * // "2024-12-06" (Thanksgiving Thursday and Friday skipped)
 */
export function presentToMcoDueDateOf(portalReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  return portalDueDate({
    ruleId: "PORTAL-PRESENT-TO-MCO",
    parameter: "businessDays",
    start: portalReceivedOn,
    defaultLabel: "ticket received via the Portal",
    roll: "none",
    options,
  });
}
