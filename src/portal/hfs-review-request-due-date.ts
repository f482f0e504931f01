import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";
import { refuseRenamedOptions } from "./options.js";

/**
 * The last day a contesting provider may ask HFS to review the dispute: 30 calendar days
 * (PORTAL-HFS-REVIEW-REQUEST) after the contest by default, or after the MCO response (open
 * point 5: the caller passes that start and labels it). Not rolled unless
 * `unstatedRoll: "forward"` (open point 2).
 *
 * @example hfsReviewRequestDueDate(parseIsoDate("2024-06-04")).result // "2024-07-04" (no roll by default)
 */
export function hfsReviewRequestDueDate(start: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(start, "hfsReviewRequestDueDate", "start");
  refuseRenamedOptions(settingsArgument(options, "hfsReviewRequestDueDate", "options"), "hfsReviewRequestDueDate");
  const roll = options.unstatedRoll ?? "none";
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
