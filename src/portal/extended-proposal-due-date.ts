import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { type ResolvedPortalDateOptions, portalDueDate, statedRoll } from "./date-options.js";

/**
 * The proposal due date with an approved extension: 60 calendar days after the MCO received
 * the ticket, rolled forward off weekends and State Holidays (PORTAL-EXTENSION-DUE).
 *
 * The policy of `extendedProposalDueDate`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example extendedProposalDueDate(parseIsoDate("2024-05-05")).result // "2024-07-05": 07-04 is Independence Day
 */
export function extendedProposalDueDateOf(mcoReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  const ruleId = "PORTAL-EXTENSION-DUE";
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
