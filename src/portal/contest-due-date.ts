import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The last day the provider may contest the MCO's response: 5 business days after receiving
 * it; otherwise the Portal Team closes the ticket (PORTAL-CONTEST). The provider receives the
 * response the day the MCO enters it in the Portal.
 *
 * The policy of `contestDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example contestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export function contestDueDateOf(responseReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  return portalDueDate({
    ruleId: "PORTAL-CONTEST",
    parameter: "businessDays",
    start: responseReceivedOn,
    defaultLabel: "MCO response received",
    roll: "none",
    options,
  });
}
