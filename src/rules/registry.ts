import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { CALENDAR_RULES } from "../calendar/rules.js";
import { cutText, describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { frozen } from "../core/freeze.js";
import { type IsoDate, isIsoDate, isoDate } from "../core/iso-date.js";
import { PORTAL_RULES } from "../portal/rules.js";
import { REGISTRATION_RULES } from "../registration/rules.js";
import { SANCTION_RULES } from "../sanctions/rules.js";
import { SPENDDOWN_RULES } from "../spenddown/rules.js";
import { WEBCM_RULES } from "../webcm/rules.js";
import type { ParameterValue, Rule, RuleVersion } from "./model.js";
import type { AnyRule, ParameterName, ParametersOf, ParameterValueOf, RuleId, RuleLookup } from "./rule-id.js";
import { getSource } from "./sources.js";

/**
 * Every rule of the catalogue, as data, in catalogue order. Frozen deeply: explanations
 * carry a rule's sources, and results must share nothing mutable with the engine (principle 1).
 */
export const RULES: readonly AnyRule[] = frozen([
  ...CALENDAR_RULES,
  ...PORTAL_RULES,
  ...SANCTION_RULES,
  ...REGISTRATION_RULES,
  ...WEBCM_RULES,
  ...SPENDDOWN_RULES,
]);

const BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((rule) => [rule.id, rule]));

// The documents of each rule as they are cited, built once: every explanation shares them.
const DOCUMENTS: ReadonlyMap<string, readonly string[]> = new Map(
  RULES.map((rule) => [rule.id, Object.freeze(rule.source.map((id) => getSource(id).short))]),
);

/**
 * True when the registry holds `id`: the run-time check for an ID that comes from JSON.
 *
 * @example hasRule("PORTAL-FINE") // true
 */
export function hasRule(id: string): id is RuleId {
  return BY_ID.has(id);
}

/**
 * The rule with this ID, typed by ID; an unknown ID (from JSON) is an error naming it.
 *
 * @example getRule("PORTAL-FINE").source // ["hfs-prp-requirements"]
 */
export function getRule<Id extends RuleId>(id: Id): Extract<AnyRule, { id: Id }> {
  const rule = BY_ID.get(id);
  if (!rule)
    throw new RuleInputError([
      {
        field: "ruleId",
        reason:
          typeof id === "string"
            ? `no rule ${JSON.stringify(cutText(id))} in the registry`
            : `expected a rule ID, got ${describeValue(id)}`,
        code: typeof id === "string" ? "invalid_value" : "invalid_type",
      },
    ]);
  return rule as Extract<AnyRule, { id: Id }>;
}

/**
 * The documents a rule comes from, as they are cited (each source's `short`), in citation order.
 *
 * @example ruleDocuments("REGISTRATION-PROCESSING") // ["HFS Provider Notice of 2023-02-22"]
 */
export function ruleDocuments(id: RuleId): readonly string[] {
  return DOCUMENTS.get(getRule(id).id) ?? [];
}

function firstOfNextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
}

function versionOn(versions: readonly RuleVersion[], date: IsoDate): RuleVersion | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo));
}

/**
 * The version of a rule in force on `date` (principle 4), or undefined when the rule was not in
 * force then (e.g. PORTAL-FINE before May 2020). Open point 9: a version whose effective date the
 * policy history gives by month only (`effectiveMonthOnly`, e.g. fines "May 2020") is in force
 * from the first day of that month by default, or, with `monthOnlyEffectiveDate:
 * "first-day-of-next-month"`, from the first day of the next month (the previous version, or
 * none, applies before). Every area looks versions up here, so the option means the same
 * everywhere. `lookup.rules`: the rule book the boundary builds from a caller's versions
 * (`settings.rules`, docs/rule-changes.md), laid over the built-in ones.
 *
 * @example ruleVersionAt("PORTAL-FINE", parseIsoDate("2020-04-30")) // undefined
 * @example
 * ruleVersionAt("PORTAL-FINE", parseIsoDate("2020-05-15"), { monthOnlyEffectiveDate: "first-day-of-next-month" })
 * // undefined
 */
export function ruleVersionAt<Id extends RuleId>(
  id: Id,
  date: IsoDate,
  lookup: RuleLookup = {},
): RuleVersion<ParametersOf<Id>> | undefined {
  if (!isIsoDate(date)) {
    throw new RuleInputError([
      { field: "date", value: date, reason: "expected a calendar date YYYY-MM-DD", ruleId: id },
    ]);
  }
  const rule: Rule = getRule(id);
  // The caller's rule book (settings.rules) when it lists the rule: one property load when no
  // caller gave versions, so the hot path costs what it did.
  const versions = lookup.rules?.versions[id] ?? rule.versions;
  const version = versionOn(versions, date);
  if (
    version === undefined ||
    !version.effectiveMonthOnly ||
    (lookup.monthOnlyEffectiveDate ?? "first-day-of-month") === "first-day-of-month"
  ) {
    return version as RuleVersion<ParametersOf<Id>> | undefined;
  }
  if (date >= firstOfNextMonth(version.effectiveFrom)) return version as RuleVersion<ParametersOf<Id>>;
  return versionOn(versions, addCalendarDays(version.effectiveFrom, -1)) as RuleVersion<ParametersOf<Id>> | undefined;
}

/**
 * The caller's basis of the version of `id` in force on `date` when a caller gave it
 * (`settings.rules`), for an explanation to cite; undefined for a built-in version (or none).
 *
 * @example callerBasisAt("PORTAL-PROPOSAL-DUE", parseIsoDate("2024-01-01")) // undefined
 */
export function callerBasisAt(id: RuleId, date: IsoDate, lookup: RuleLookup = {}): string | undefined {
  if (lookup.rules === undefined) return undefined;
  const version = ruleVersionAt(id, date, lookup);
  return version?.caller === true ? version.basis : undefined;
}

/**
 * A parameter of the rule version in force on `date`, typed by rule and name (a number, a word,
 * or a list as an array), or undefined when the rule is not in force on `date`.
 *
 * @example parameterInForce("PORTAL-FINE", parseIsoDate("2020-04-30"), "amountCents") // undefined
 */
export function parameterInForce<Id extends RuleId, N extends ParameterName<Id>>(
  id: Id,
  date: IsoDate,
  name: N,
  lookup: RuleLookup = {},
): ParameterValueOf<Id, N> | undefined {
  const version = ruleVersionAt(id, date, lookup);
  if (version === undefined) return undefined;
  const parameter = (version.parameters as Readonly<Record<string, { value: ParameterValue } | undefined>>)[name];
  if (parameter === undefined)
    throw new RuleInputError([
      { field: name, reason: `no parameter '${name}' in the rule`, code: "invalid_value", ruleId: id },
    ]);
  return parameter.value as ParameterValueOf<Id, N>;
}

/**
 * A parameter of the rule version in force on `date`, typed by rule and name; a rule not in
 * force on `date` is an error naming the rule.
 *
 * @example parameterOf("PORTAL-PROPOSAL-DUE", parseIsoDate("2024-01-01"), "days") // 30
 */
export function parameterOf<Id extends RuleId, N extends ParameterName<Id>>(
  id: Id,
  date: IsoDate,
  name: N,
  lookup: RuleLookup = {},
): ParameterValueOf<Id, N> {
  const value = parameterInForce(id, date, name, lookup);
  if (value === undefined)
    throw new RuleInputError([
      { field: name, value: date, reason: `${id} is not in force on that date`, code: "out_of_range", ruleId: id },
    ]);
  return value;
}

/**
 * A parameter by name, for callers whose rule ID and name come from JSON (validated at run
 * time); typed code uses {@link parameterOf}. An unknown rule or parameter, or a rule not in
 * force on `date`, is an error naming it.
 *
 * @example ruleParameter("PORTAL-FINE", parseIsoDate("2024-01-01"), "amountCents") // 500000
 */
export function ruleParameter(id: string, date: IsoDate, name: string, lookup: RuleLookup = {}): ParameterValue {
  if (!hasRule(id)) return getRule(id as RuleId).id;
  const version = ruleVersionAt(id, date, lookup) as RuleVersion | undefined;
  const parameter = version?.parameters[name];
  if (parameter === undefined) {
    throw new RuleInputError([
      {
        field: name,
        value: date,
        reason: `no parameter '${name}' in force on that date`,
        code: "out_of_range",
        ruleId: id,
      },
    ]);
  }
  return parameter.value;
}
