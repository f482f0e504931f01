import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate } from "./date-options.js";

/**
 * The day by which the HFS Portal Team presents a ticket to the MCO: 10 business days after
 * its receipt via the Portal (PORTAL-PRESENT-TO-MCO; 89 Ill. Adm. Code 140.75(c)).
 *
 * @example presentToMcoDueDate(parseIsoDate("2024-11-20")).result // "2024-12-06" (Thanksgiving Thursday and Friday skipped)
 */
export function presentToMcoDueDate(portalReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(portalReceivedOn, "presentToMcoDueDate", "portalReceivedOn");
  settingsArgument(options, "presentToMcoDueDate", "options");
  return portalDueDate({
    ruleId: "PORTAL-PRESENT-TO-MCO",
    parameter: "businessDays",
    start: portalReceivedOn,
    defaultLabel: "ticket received via the Portal",
    roll: "none",
    options,
  });
}
