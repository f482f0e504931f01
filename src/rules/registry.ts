import { CALENDAR_RULES } from "../calendar/rules.js";
import { cutText, describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import type { Rule, RuleVersion } from "../core/types.js";
import { PORTAL_RULES } from "../portal/rules.js";
import { REGISTRATION_RULES } from "../registration/rules.js";
import { SANCTION_RULES } from "../sanctions/rules.js";
import { SPENDDOWN_RULES } from "../spenddown/rules.js";
import { WEBCM_RULES } from "../webcm/rules.js";
import { getSource } from "./sources.js";

/**
 * Every rule of the catalogue, as data, in catalogue order. Frozen deeply: explanations
 * carry a rule's sources, and results must share nothing mutable with the engine (principle 1).
 */
export const RULES: readonly Rule[] = deepFreeze([
  ...CALENDAR_RULES,
  ...PORTAL_RULES,
  ...SANCTION_RULES,
  ...REGISTRATION_RULES,
  ...WEBCM_RULES,
  ...SPENDDOWN_RULES,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

// The documents of each rule as they are cited, built once: every explanation shares them.
const DOCUMENTS: ReadonlyMap<string, readonly string[]> = new Map(
  RULES.map((rule) => [rule.id, Object.freeze(rule.source.map((id) => getSource(id).short))]),
);

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
 * @example getRule("PORTAL-FINE").source // ["hfs-prp-requirements"]
 */
export function getRule(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new RuleInputError([{ field: "ruleId", reason: typeof id === "string" ? `no rule ${JSON.stringify(cutText(id))} in the registry` : `expected a rule ID, got ${describeValue(id)}` }]);
  return rule;
}

/**
 * The documents a rule comes from, as they are cited (each source's `short`), in citation order.
 *
 * @example ruleDocuments("REGISTRATION-PROCESSING") // ["HFS Provider Notice of 2023-02-22"]
 */
export function ruleDocuments(id: string): readonly string[] {
  return DOCUMENTS.get(getRule(id).id) ?? [];
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
