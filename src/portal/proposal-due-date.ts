import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate, statedRoll } from "./date-options.js";

/**
 * The MCO's written response/proposal due date: 30 calendar days after it received the ticket,
 * rolled forward off weekends and State Holidays (PORTAL-PROPOSAL-DUE, CAL-ROLL-FORWARD).
 *
 * The policy of `proposalDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example proposalDueDate(parseIsoDate("2024-06-04")).result // "2024-07-05": 07-04 is Independence Day
 */
export function proposalDueDateOf(mcoReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  const ruleId = "PORTAL-PROPOSAL-DUE";
  const roll = statedRoll(ruleId, options.filedOn, options.ruleBook);
  return portalDueDate({
    ruleId,
    parameter: "days",
    start: mcoReceivedOn,
    defaultLabel: "ticket received by the MCO",
    roll,
    options,
  });
}
