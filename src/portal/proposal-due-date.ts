import { dateArgument, settingsArgument } from "../core/arguments.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type PortalDateOptions, portalDueDate, statedRoll } from "./date-options.js";

/**
 * The MCO's written response/proposal due date: 30 calendar days after it received the ticket,
 * rolled forward off weekends and State Holidays (PORTAL-PROPOSAL-DUE, CAL-ROLL-FORWARD).
 *
 * @example proposalDueDate(parseIsoDate("2024-06-04")).result // "2024-07-05": 07-04 is Independence Day
 */
export function proposalDueDate(mcoReceivedOn: IsoDate, options: PortalDateOptions = {}): Explanation {
  dateArgument(mcoReceivedOn, "proposalDueDate", "mcoReceivedOn");
  settingsArgument(options, "proposalDueDate", "options");
  const ruleId = "PORTAL-PROPOSAL-DUE";
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
