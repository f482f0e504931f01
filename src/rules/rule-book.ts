import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { deepFreeze } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Parameters, ParameterValue, RuleBook, RuleVersion } from "./model.js";
import { getRule } from "./registry.js";
import type { RuleId } from "./rule-id.js";

// The rule book of an evaluation (docs/rule-changes.md): the built-in versions of each rule with
// the versions a caller gave (`settings.rules`) laid over them. The boundary checks the caller's
// versions (src/api/settings/rules.ts: known rule and parameters, values of the parameter's kind
// and unit, no overlap, none before the rule's first version); this only lays them over.

/** A caller's version of a rule, as the boundary checked it: only the parameters it changes. */
export interface CallerRuleVersion {
  readonly ruleId: RuleId;
  readonly effectiveFrom: IsoDate;
  /** Inclusive; null: open-ended. */
  readonly effectiveTo: IsoDate | null;
  /** The values it changes, by parameter name (the unit is the rule's). */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** The document or proposal it comes from, as the caller cites it. */
  readonly basis: string;
}

// An open end as a date, so that intervals compare as text.
const OPEN_END = "9999-12-31" as IsoDate;

function endOf(version: { readonly effectiveTo: IsoDate | null }): IsoDate {
  return version.effectiveTo ?? OPEN_END;
}

function versionOn(versions: readonly RuleVersion[], date: IsoDate): RuleVersion | undefined {
  return versions.find((v) => v.effectiveFrom <= date && date <= endOf(v));
}

/** The parts of `version` no caller version covers; the version itself when none does. */
function uncovered(version: RuleVersion, given: readonly CallerRuleVersion[]): RuleVersion[] {
  let pieces: { from: IsoDate; to: IsoDate }[] = [{ from: version.effectiveFrom, to: endOf(version) }];
  for (const c of given) {
    const cTo = endOf(c);
    pieces = pieces.flatMap((p) => {
      if (cTo < p.from || c.effectiveFrom > p.to) return [p];
      const kept: { from: IsoDate; to: IsoDate }[] = [];
      if (p.from < c.effectiveFrom) kept.push({ from: p.from, to: addCalendarDays(c.effectiveFrom, -1) });
      if (cTo < p.to) kept.push({ from: addCalendarDays(cTo, 1), to: p.to });
      return kept;
    });
  }
  return pieces.map((p) => {
    if (p.from === version.effectiveFrom && p.to === endOf(version)) return version;
    return {
      ...version,
      effectiveFrom: p.from,
      effectiveTo: p.to === OPEN_END ? null : p.to,
      // Only the policy history's own first day is given by month (open point 9); a resumed part starts on a day.
      effectiveMonthOnly: version.effectiveMonthOnly && p.from === version.effectiveFrom,
    };
  });
}

/** A caller's version as the registry holds one: the parameters it leaves out are those of the version it replaces. */
function versionOf(given: CallerRuleVersion, builtIn: readonly RuleVersion[]): RuleVersion {
  // The boundary refuses a version before the rule's first one: one is in force on its first day.
  const replaced = versionOn(builtIn, given.effectiveFrom) ?? builtIn[0];
  const parameters: Record<string, { value: ParameterValue; unit: string }> = {};
  for (const [name, parameter] of Object.entries(replaced?.parameters ?? {})) {
    const value = Object.hasOwn(given.parameters, name) ? given.parameters[name] : undefined;
    parameters[name] = { value: value ?? parameter.value, unit: parameter.unit };
  }
  return {
    effectiveFrom: given.effectiveFrom,
    effectiveTo: given.effectiveTo,
    effectiveMonthOnly: false,
    parameters: parameters as Parameters,
    basis: given.basis,
    sources: [],
    caller: true,
  };
}

/**
 * The rule book of the caller's versions (checked): for each rule they name, the built-in versions
 * with the caller's laid over them, in date order. From a caller version's `effectiveFrom` it
 * replaces what was in force (a built-in version in force then ends the day before); after its
 * `effectiveTo` the built-in version in force then applies again. Undefined when none is given,
 * so that the lookups take the built-in versions as before.
 *
 * @example
 * ruleBookOf([{ ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: parseIsoDate("2027-01-01"), effectiveTo: null,
 *   parameters: { days: 45 }, basis: "HFS proposed revision of 2026-11-01" }])?.versions["PORTAL-PROPOSAL-DUE"]?.length
 * // 3
 */
export function ruleBookOf(given: readonly CallerRuleVersion[]): RuleBook | undefined {
  if (given.length === 0) return undefined;
  const versions: Record<string, readonly RuleVersion[]> = Object.create(null);
  for (const ruleId of new Set(given.map((g) => g.ruleId))) {
    const builtIn = getRule(ruleId).versions as readonly RuleVersion[];
    const mine = given.filter((g) => g.ruleId === ruleId);
    versions[ruleId] = [...builtIn.flatMap((v) => uncovered(v, mine)), ...mine.map((g) => versionOf(g, builtIn))].sort(
      (a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0),
    );
  }
  return deepFreeze({ versions });
}
