import { CALENDAR_FINDING_CODES } from "../calendar/finding-codes.js";
import type { FindingCodeEntry } from "../core/types.js";
import { PORTAL_FINDING_CODES } from "../portal/finding-codes.js";
import { PORTAL_STATISTICS_FINDING_CODES } from "../portal-statistics/finding-codes.js";
import { REGISTRATION_FINDING_CODES } from "../registration/finding-codes.js";
import { SANCTION_FINDING_CODES } from "../sanctions/finding-codes.js";
import { SPENDDOWN_FINDING_CODES } from "../spenddown/finding-codes.js";
import { WEBCM_FINDING_CODES } from "../webcm/finding-codes.js";
import { frozen } from "../core/freeze.js";
import { checkFindingCodes } from "./check-finding-codes.js";
import { hasRule } from "./registry.js";

// Each area's list, in catalogue order (the lists are typed: a wrong rule ID does not compile).
const AREA_LISTS: readonly (readonly FindingCodeEntry[])[] = frozen([
  CALENDAR_FINDING_CODES,
  PORTAL_FINDING_CODES,
  SANCTION_FINDING_CODES,
  REGISTRATION_FINDING_CODES,
  WEBCM_FINDING_CODES,
  SPENDDOWN_FINDING_CODES,
  PORTAL_STATISTICS_FINDING_CODES,
]);

/**
 * Every kind of finding the rules give, gathered from each area's list, in catalogue order: a
 * program tells findings apart by `ruleId` and `code` (docs/rules.md lists them by rule). Checked
 * when the module loads: a code that is not kebab-case, a code given twice for one rule, or a rule
 * ID the registry does not hold is a programming error.
 *
 * @example FINDING_CODES.filter((c) => c.ruleId === "PORTAL-OVERDUE").map((c) => c.code) // e.g. ["proposal-overdue"]
 */
export const FINDING_CODES: readonly FindingCodeEntry[] = frozen(checkFindingCodes(AREA_LISTS.flat(), hasRule));

/**
 * The finding codes of one rule, in list order.
 *
 * @example findingCodesOf("PORTAL-FINE") // [] until the portal lists its codes
 */
export function findingCodesOf(ruleId: string): readonly FindingCodeEntry[] {
  return FINDING_CODES.filter((entry) => entry.ruleId === ruleId);
}
