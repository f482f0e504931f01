import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The last day an MCO may request additional information from the provider: 5 business days
 * after it received the ticket in the Portal (PORTAL-INFO-REQUEST).
 *
 * @example infoRequestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export function infoRequestDueDate(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(mcoReceivedOn, "infoRequestDueDate", "mcoReceivedOn");
  settingsArgument(options, "infoRequestDueDate", "options");
  return portalDueDate({
    ruleId: "PORTAL-INFO-REQUEST",
    parameter: "businessDays",
    start: mcoReceivedOn,
    defaultLabel: "ticket received by the MCO",
    roll: "none",
    options,
  });
}
