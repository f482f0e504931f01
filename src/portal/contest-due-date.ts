import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The last day the provider may contest the MCO's response: 5 business days after receiving
 * it; otherwise the Portal Team closes the ticket (PORTAL-CONTEST). The provider receives the
 * response the day the MCO enters it in the Portal.
 *
 * @example contestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export function contestDueDate(responseReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(responseReceivedOn, "contestDueDate", "responseReceivedOn");
  settingsArgument(options, "contestDueDate", "options");
  return portalDueDate({
    ruleId: "PORTAL-CONTEST",
    parameter: "businessDays",
    start: responseReceivedOn,
    defaultLabel: "MCO response received",
    roll: "none",
    options,
  });
}
