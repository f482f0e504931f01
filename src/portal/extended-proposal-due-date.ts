import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate, statedRoll } from "./date-options.js";

/**
 * The proposal due date with an approved extension: 60 calendar days after the MCO received
 * the ticket, rolled forward off weekends and State Holidays (PORTAL-EXTENSION-DUE).
 *
 * @example extendedProposalDueDate(parseIsoDate("2024-05-05")).result // "2024-07-05": 07-04 is Independence Day
 */
export function extendedProposalDueDate(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(mcoReceivedOn, "extendedProposalDueDate", "mcoReceivedOn");
  settingsArgument(options, "extendedProposalDueDate", "options");
  const ruleId = "PORTAL-EXTENSION-DUE";
  const roll = statedRoll(ruleId, options.filedOn ?? mcoReceivedOn);
  return portalDueDate({
    ruleId,
    parameter: "days",
    start: mcoReceivedOn,
    defaultLabel: "ticket received by the MCO",
    roll,
    options,
  });
}
