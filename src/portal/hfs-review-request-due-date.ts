import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The last day a contesting provider may ask HFS to review the dispute: 30 calendar days
 * (PORTAL-HFS-REVIEW-REQUEST) after the contest by default, or after the MCO response (open
 * point 5: the caller passes that start and labels it). Not rolled unless
 * `unstatedRoll: "forward"` (open point 2).
 *
 * The policy of `hfsReviewRequestDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example hfsReviewRequestDueDate(parseIsoDate("2024-06-04")).result // "2024-07-04" (no roll by default)
 */
export function hfsReviewRequestDueDateOf(start: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  const roll = options.unstatedRoll;
  return portalDueDate({
    ruleId: "PORTAL-HFS-REVIEW-REQUEST",
    parameter: "days",
    start,
    defaultLabel: "response contested",
    roll,
    options,
    extraOptions: { unstatedRoll: roll },
  });
}
