import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The day by which both the MCO and the provider deliver all relevant information to HFS:
 * 30 calendar days after the provider's request for HFS review (PORTAL-HFS-REVIEW-EVIDENCE).
 * Not rolled unless `unstatedRoll: "forward"` (open point 2).
 *
 * The policy of `evidenceDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example evidenceDueDate(parseIsoDate("2024-10-29")).result // "2024-11-28" (Thanksgiving; no roll by default)
 */
export function evidenceDueDateOf(reviewRequestedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  const roll = options.unstatedRoll;
  return portalDueDate({
    ruleId: "PORTAL-HFS-REVIEW-EVIDENCE",
    parameter: "days",
    start: reviewRequestedOn,
    defaultLabel: "HFS review requested",
    roll,
    options,
    extraOptions: { unstatedRoll: roll },
  });
}
