import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";
import { refuseRenamedOptions } from "./options.js";

/**
 * The day by which both the MCO and the provider deliver all relevant information to HFS:
 * 30 calendar days after the provider's request for HFS review (PORTAL-HFS-REVIEW-EVIDENCE).
 * Not rolled unless `unstatedRoll: "forward"` (open point 2).
 *
 * @example evidenceDueDate(parseIsoDate("2024-10-29")).result // "2024-11-28" (Thanksgiving; no roll by default)
 */
export function evidenceDueDate(reviewRequestedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(reviewRequestedOn, "evidenceDueDate", "reviewRequestedOn");
  refuseRenamedOptions(settingsArgument(options, "evidenceDueDate", "options"), "evidenceDueDate");
  const roll = options.unstatedRoll ?? "none";
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
