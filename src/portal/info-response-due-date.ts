import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The day by which the provider supplies requested information (or shows it was already
 * given): 5 business days after the MCO's request; otherwise the ticket is closed
 * (PORTAL-INFO-RESPONSE).
 *
 * @example infoResponseDueDate(parseIsoDate("2024-11-26")).result // "2024-12-05" (Thanksgiving Thursday and Friday skipped)
 */
export function infoResponseDueDate(requestedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(requestedOn, "infoResponseDueDate", "requestedOn");
  settingsArgument(options, "infoResponseDueDate", "options");
  return portalDueDate({
    ruleId: "PORTAL-INFO-RESPONSE",
    parameter: "businessDays",
    start: requestedOn,
    defaultLabel: "information requested",
    roll: "none",
    options,
  });
}
