import type { IsoDate } from "../core/iso-date.js";
import type { RuleBook, RuleVersion } from "../rules/model.js";
import { parameterInForce, ruleVersionAt } from "../rules/registry.js";
import type { RuleId } from "../rules/rule-id.js";
import type { MonthOnlyEffectiveDate } from "./options.js";

/**
 * The version of a PORTAL-* rule in force on `date` (principle 4), honouring open
 * interpretation 9 through the registry lookup ({@link ruleVersionAt}): a version the registry
 * marks `effectiveMonthOnly` (the policy history gives only its month, e.g. fines "May 2020") is
 * in force from the first day of that month by default, or only from the first day of the next
 * month; before that the previous version (or none) applies. `rules`: the caller's versions
 * laid over the built-in ones (`settings.rules`, docs/rule-changes.md).
 *
 * @example portalRuleVersion("PORTAL-FINE", parseIsoDate("2020-05-15"), "first-day-of-next-month") // undefined
 */
export function portalRuleVersion(
  ruleId: RuleId,
  date: IsoDate,
  monthOnly: MonthOnlyEffectiveDate = "first-day-of-month",
  rules?: RuleBook,
): RuleVersion | undefined {
  return ruleVersionAt(ruleId, date, { monthOnlyEffectiveDate: monthOnly, rules }) as RuleVersion | undefined;
}

/** The fine amount in cents of the PORTAL-FINE version in force (undefined when fines were not in force). */
export function numberParameter(
  ruleId: "PORTAL-FINE",
  date: IsoDate,
  name: "amountCents",
  monthOnly: MonthOnlyEffectiveDate,
  rules?: RuleBook,
): number | undefined {
  return parameterInForce(ruleId, date, name, { monthOnlyEffectiveDate: monthOnly, rules });
}
