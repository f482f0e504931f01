import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The day by which the provider supplies requested information (or shows it was already
 * given): 5 business days after the MCO's request; otherwise the ticket is closed
 * (PORTAL-INFO-RESPONSE).
 *
 * The policy of `infoResponseDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example infoResponseDueDate(parseIsoDate("2024-11-26")).result
 * // "2024-12-05" (Thanksgiving Thursday and Friday skipped)
 */
export function infoResponseDueDateOf(requestedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  return portalDueDate({
    ruleId: "PORTAL-INFO-RESPONSE",
    parameter: "businessDays",
    start: requestedOn,
    defaultLabel: "information requested",
    roll: "none",
    options,
  });
}
