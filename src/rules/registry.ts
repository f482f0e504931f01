import { CALENDAR_RULES } from "../calendar/rules.js";
import { cutText, describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import type { Rule, RuleVersion } from "../core/types.js";
import { PORTAL_RULES } from "../portal/rules.js";
import { REGISTRATION_RULES } from "../registration/rules.js";
import { SANCTION_RULES } from "../sanctions/rules.js";
import { SPENDDOWN_RULES } from "../spenddown/rules.js";
import { WEBCM_RULES } from "../webcm/rules.js";

/** Every rule of ../shared/RULES.md, as data, in catalogue order. */
export const RULES: readonly Rule[] = [
  ...CALENDAR_RULES,
  ...PORTAL_RULES,
  ...SANCTION_RULES,
  ...REGISTRATION_RULES,
  ...WEBCM_RULES,
  ...SPENDDOWN_RULES,
];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * True when the registry holds `id`.
 *
 * @example hasRule("PORTAL-FINE") // true
 */
export function hasRule(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The rule with this ID; an unknown ID is an error naming it.
 *
 * @example getRule("PORTAL-FINE").source // ["001_6b1ba358b554d3bf.txt"]
 */
export function getRule(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new RuleInputError([{ field: "ruleId", reason: typeof id === "string" ? `no rule ${JSON.stringify(cutText(id))} in the registry` : `expected a rule ID, got ${describeValue(id)}` }]);
  return rule;
}

/**
 * The version of a rule in force on `date` (principle 4), or undefined when the rule was not in
 * force then (e.g. PORTAL-FINE before May 2020).
 *
 * @example ruleVersionAt("PORTAL-FINE", parseIsoDate("2020-04-30")) // undefined
 */
export function ruleVersionAt(id: string, date: IsoDate): RuleVersion | undefined {
  if (!isIsoDate(date)) {
    throw new RuleInputError([{ field: "date", value: date, reason: "expected a calendar date YYYY-MM-DD", ruleId: id }]);
  }
  return getRule(id).versions.find(
    (v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo),
  );
}

/**
 * A parameter of the rule version in force on `date`; an absent one is an error naming it.
 *
 * @example ruleParameter("PORTAL-FINE", parseIsoDate("2024-01-01"), "amountCents") // 500000
 */
export function ruleParameter(id: string, date: IsoDate, name: string): number | string | boolean | null {
  const version = ruleVersionAt(id, date);
  if (!version || !(name in version.parameters)) {
    throw new RuleInputError([{ field: name, value: date, reason: `no parameter '${name}' in force on that date`, ruleId: id }]);
  }
  return version.parameters[name] ?? null;
}
