import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";
import type { RuleVersion } from "../core/types.js";
import { ruleVersionAt } from "../rules/registry.js";
import type { MonthOnlyEffectiveDate } from "./options.js";

function firstOfNextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
}

/**
 * The version of a PORTAL-* rule in force on `date` (principle 4), honouring open
 * interpretation 9: a version the registry marks `effectiveMonthOnly` (the policy history gives
 * only its month, e.g. fines "May 2020") is in force from the first day of that month by
 * default, or only from the first day of the next month; before that the previous version (or
 * none) applies.
 *
 * @example portalRuleVersion("PORTAL-FINE", parseIsoDate("2020-05-15"), "first-day-of-next-month") // undefined
 */
export function portalRuleVersion(ruleId: string, date: IsoDate, monthOnly: MonthOnlyEffectiveDate = "first-day-of-month"): RuleVersion | undefined {
  const version = ruleVersionAt(ruleId, date);
  if (version === undefined || monthOnly === "first-day-of-month" || version.parameters.effectiveMonthOnly !== true) return version;
  if (date >= firstOfNextMonth(version.effectiveFrom)) return version;
  return ruleVersionAt(ruleId, addCalendarDays(version.effectiveFrom, -1));
}

/** A numeric parameter of the rule version in force (undefined when the rule is not in force). */
export function numberParameter(ruleId: string, date: IsoDate, name: string, monthOnly: MonthOnlyEffectiveDate): number | undefined {
  const value = portalRuleVersion(ruleId, date, monthOnly)?.parameters[name];
  return typeof value === "number" ? value : undefined;
}
