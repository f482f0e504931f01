import * as z from "zod/mini";
import { type InputIssueInit, parseInput, RuleInputError } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { ParameterUnit, ParameterValue, RuleBook, RuleVersion } from "../../rules/model.js";
import { type CallerRuleVersion, ruleBookOf } from "../../rules/rule-book.js";
import { getRule, hasRule } from "../../rules/registry.js";
import type { RuleId } from "../../rules/rule-id.js";
import { RulesSettingSchema } from "./rules-schema.js";

// `settings.rules` read and checked once at the boundary (docs/rule-changes.md): each version
// may only change what its rule's parameters express, so an unknown rule or parameter, a value of
// the wrong kind or out of its unit's range, or two versions of one rule that overlap is a
// RuleInputError naming the path, never the value. The rule book (src/rules/rule-book.ts) lays
// the checked versions over the built-in ones.

// The schema under the name the caller gave it: `settings.rules[0]…` or `options.rules[0]…`.
const WRAPPED = frozen({
  settings: z.object({ settings: z.object({ rules: RulesSettingSchema }) }),
  options: z.object({ options: z.object({ rules: RulesSettingSchema }) }),
});

/**
 * The rules whose versions a caller may not give, and why: the calendar's rules are the calendar
 * (`settings.calendar`), and the reporting periods' length names the periods everywhere
 * (`2024-Q2`).
 */
const FIXED: Readonly<Record<string, string>> = frozen({
  calendar: "the calendar's rules are given by settings.calendar, not by rule versions",
  "SANCTION-PERIOD": "the reporting period's length is not open to caller versions (the periods are quarters)",
  "WEBCM-COMPLIANCE-REPORT": "the reporting period's length is not open to caller versions (the periods are quarters)",
});

/** Parameters whose value names periods everywhere (`SFY2025-Q1`): not open to caller versions. */
const FIXED_PARAMETERS: Readonly<Record<string, string>> = frozen({
  "SPENDDOWN-QUARTERLY-REPORTS fiscalYearStartMonth":
    "the fiscal year's first month is not open to caller versions (it names the quarters)",
});

/** The largest value of each counted unit: a date counted from any fact stays in the supported range. */
const MAXIMUM: Readonly<Partial<Record<ParameterUnit, number>>> = frozen({
  "calendar-days": 3660,
  "business-days": 2600,
  weeks: 520,
  months: 120,
  count: 1_000_000,
  cents: 100_000_000_000,
});

const wholeIn = (v: unknown, low: number, high: number) => Number.isInteger(v) && Number(v) >= low && Number(v) <= high;

/** Why `value` is not a value of `unit` (`like`: the built-in value, for a list's length), or undefined. */
function unitProblem(unit: ParameterUnit, value: ParameterValue, like: ParameterValue): string | undefined {
  const max = MAXIMUM[unit];
  if (max !== undefined)
    return wholeIn(value, 0, max) ? undefined : `expected a whole number from 0 to ${max} (${unit})`;
  switch (unit) {
    case "percent":
      return typeof value === "number" &&
        value >= 0 &&
        value <= 100 &&
        Math.abs(value * 100 - Math.round(value * 100)) < 1e-9
        ? undefined
        : "expected a percentage from 0 to 100, at most two decimals";
    case "day-of-month":
      // A day every month has: the 29th to 31st would not exist in some months.
      return wholeIn(value, 1, 28) ? undefined : "expected a day of the month from 1 to 28";
    case "month-of-year":
      return wholeIn(value, 1, 12) ? undefined : "expected a month from 1 to 12";
    case "roll":
      return value === "forward" || value === "none" ? undefined : 'expected "forward" or "none"';
    case "cents-list":
      return Array.isArray(value) &&
        value.length > 0 &&
        value.every((c, i) => wholeIn(c, 0, 100_000_000_000) && (i === 0 || Number(value[i - 1]) < Number(c)))
        ? undefined
        : "expected a list of whole amounts in cents, ascending";
    case "month-days":
      return Array.isArray(value) &&
        Array.isArray(like) &&
        value.length === like.length &&
        value.every((d) => typeof d === "string" && /^(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/.test(d))
        ? undefined
        : `expected a list of ${Array.isArray(like) ? like.length : 0} month-days MM-DD (days 01 to 28)`;
    default:
      return "not open to caller versions";
  }
}

/** The issues of one version's rule and parameters; `at` is its path (`settings.rules[0]`). */
function versionIssues(v: z.output<typeof RulesSettingSchema>[number], at: string): InputIssueInit[] {
  if (!hasRule(v.ruleId))
    return [
      { field: `${at}.ruleId`, reason: "no rule of this ID in the registry (docs/rules.md)", code: "invalid_value" },
    ];
  const rule = getRule(v.ruleId);
  const first = rule.versions[0] as RuleVersion | undefined;
  const names = Object.keys(first?.parameters ?? {});
  const fixed = FIXED[rule.area] ?? (Object.hasOwn(FIXED, rule.id) ? FIXED[rule.id] : undefined);
  if (fixed !== undefined || first === undefined || names.length === 0)
    return [
      {
        field: `${at}.ruleId`,
        reason: fixed ?? `${rule.id} has no parameters a version could change`,
        code: "invalid_value",
      },
    ];
  const issues: InputIssueInit[] = [];
  if (v.effectiveFrom < first.effectiveFrom)
    issues.push({
      field: `${at}.effectiveFrom`,
      reason: `before ${rule.id} was first in force (${first.effectiveFrom})`,
      code: "out_of_range",
    });
  if (v.effectiveTo != null && v.effectiveTo < v.effectiveFrom)
    issues.push({ field: `${at}.effectiveTo`, reason: "before the version's effectiveFrom", code: "out_of_range" });
  for (const [name, value] of Object.entries(v.parameters)) {
    const field = /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? `${at}.parameters.${name}` : `${at}.parameters`;
    const parameter = Object.hasOwn(first.parameters, name) ? first.parameters[name] : undefined;
    const key = `${rule.id} ${name}`;
    const problem =
      parameter === undefined
        ? `no parameter of this name in ${rule.id} (its parameters: ${names.join(", ")})`
        : Object.hasOwn(FIXED_PARAMETERS, key)
          ? FIXED_PARAMETERS[key]
          : unitProblem(parameter.unit, value, parameter.value);
    if (problem !== undefined) issues.push({ field, reason: problem, code: "invalid_value" });
  }
  return issues;
}

/** The issues of versions of one rule that overlap (each named by its later version's path). */
function overlapIssues(versions: readonly CallerRuleVersion[], where: string): InputIssueInit[] {
  const key = (v: CallerRuleVersion) => `${v.ruleId} ${v.effectiveFrom}`;
  const order = versions.map((v, i) => ({ v, i })).sort((a, b) => (key(a.v) < key(b.v) ? -1 : 1));
  const issues: InputIssueInit[] = [];
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1];
    const after = order[k];
    if (before === undefined || after === undefined || before.v.ruleId !== after.v.ruleId) continue;
    if (before.v.effectiveTo === null || after.v.effectiveFrom <= before.v.effectiveTo)
      issues.push({
        field: `${where}[${after.i}].effectiveFrom`,
        reason: `overlaps ${where}[${before.i}], another version of ${after.v.ruleId}`,
        code: "invalid_value",
      });
  }
  return issues;
}

/**
 * `rules` (the setting `settings.rules`, or `options.rules` of a portal date function) checked and
 * laid over the built-in versions: undefined when not given or empty (the built-in versions), else
 * the frozen rule book. Anything a version may not change is a RuleInputError naming its path.
 *
 * @example
 * readRulesSetting([{ ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: "2027-01-01", parameters: { days: 45 },
 *   basis: "HFS proposed revision of 2026-11-01" }], "evaluateTicket")?.versions["PORTAL-PROPOSAL-DUE"]?.length // 3
 */
export function readRulesSetting(
  rules: unknown,
  fn: string,
  where: "settings" | "options" = "settings",
): RuleBook | undefined {
  if (rules === undefined) return undefined;
  const parsed =
    where === "settings"
      ? parseInput(WRAPPED.settings, { settings: { rules } }, fn, "names").settings.rules
      : parseInput(WRAPPED.options, { options: { rules } }, fn, "names").options.rules;
  const issues = parsed.flatMap((v, i) => versionIssues(v, `${where}.rules[${i}]`));
  if (issues.length > 0) throw new RuleInputError(issues, fn);
  const versions: CallerRuleVersion[] = parsed.map((v) => ({
    ruleId: v.ruleId as RuleId,
    effectiveFrom: v.effectiveFrom as IsoDate,
    effectiveTo: (v.effectiveTo ?? null) as IsoDate | null,
    parameters: v.parameters,
    basis: v.basis,
  }));
  const overlaps = overlapIssues(versions, `${where}.rules`);
  if (overlaps.length > 0) throw new RuleInputError(overlaps, fn);
  return ruleBookOf(versions);
}
