// The rule model as types only: a leaf module (it imports no module that imports it), so the
// core types, the definitions and the registry can all point at it without an import cycle.
import type { IsoDate } from "../core/iso-date.js";
import type { Citation } from "../core/source.js";

/**
 * The unit a rule parameter is stated in, in the policy's words: a period counted in calendar or
 * business days (docs/calendar.md, "Counting words"), weeks or months, an amount in integer
 * cents, a percentage, a day of the month, a month of the year, a count, a roll, a list.
 */
export type ParameterUnit =
  | "calendar-days"
  | "business-days"
  | "weeks"
  | "months"
  | "cents"
  | "percent"
  | "day-of-month"
  | "month-of-year"
  | "count"
  | "roll"
  | "version"
  | "weekdays"
  | "month-days"
  | "cents-list";

/** The value of a rule parameter: a number, a word, or a list of either. */
export type ParameterValue = number | string | readonly number[] | readonly string[];

/** A parameter as a rule states it: its value and its unit (e.g. `{ value: 30, unit: "calendar-days" }`). */
export interface Parameter<V extends ParameterValue = ParameterValue, U extends ParameterUnit = ParameterUnit> {
  readonly value: V;
  readonly unit: U;
}

/** The parameters of a rule version, by name. */
export type Parameters = Readonly<Record<string, Parameter>>;

/** One version of a rule, in force from `effectiveFrom` to `effectiveTo` (inclusive; null = open-ended). */
export interface RuleVersion<P extends Parameters = Parameters> {
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  /**
   * True when the policy history gives only the month of `effectiveFrom` (open point 9,
   * option `monthOnlyEffectiveDate`): the registry lookup then decides the first day in force.
   */
  readonly effectiveMonthOnly: boolean;
  /** Each parameter with its value and unit, e.g. `{ days: { value: 30, unit: "calendar-days" } }`. */
  readonly parameters: P;
  /** Where the effective date comes from (policy history line, notice, statute). */
  readonly basis: string;
  /** The documents `basis` names, by source ID (`getSource`). */
  readonly sources: readonly string[];
  /**
   * True on a version a caller gave (`settings.rules`, docs/rule-changes.md): `basis` is the
   * caller's text (the document or proposal it comes from), `sources` is empty. Absent on the
   * built-in versions.
   */
  readonly caller?: true;
}

/**
 * A rule version a caller gives (`settings.rules`, docs/rule-changes.md): the rule, its effective
 * dates, the values of the parameters it changes (the unit is the rule's) and the document or
 * proposal it comes from, cited by the explanations of the dates it decides.
 *
 * @example
 * { ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: "2027-01-01", parameters: { days: 45 },
 *   basis: "HFS proposed revision of 2026-11-01" }
 */
export interface RuleVersionInput {
  readonly ruleId: string;
  readonly effectiveFrom: string;
  /** Inclusive; absent or null: open-ended. */
  readonly effectiveTo?: string | null;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly basis: string;
}

/**
 * The rule versions an evaluation applies, by rule ID, when a caller gave versions of its own
 * (`settings.rules`): each listed rule's built-in versions with the caller's laid over them, in
 * date order. A rule not listed keeps its built-in versions. Built once at the boundary, frozen.
 */
export interface RuleBook {
  readonly versions: Readonly<Partial<Record<string, readonly RuleVersion[]>>>;
}

/** The areas of the catalogue. */
export type RuleArea = "calendar" | "portal" | "sanctions" | "registration" | "webcm" | "spenddown";

/** A rule of the catalogue (docs/rules.md), as data (OpenFisca/Catala style). */
export interface Rule<Id extends string = string, P extends Parameters = Parameters> {
  readonly id: Id;
  readonly title: string;
  readonly area: RuleArea;
  /** The documents the rule comes from, by source ID, in citation order, each once. */
  readonly source: readonly string[];
  /** Where each document states the rule: source ID, section and a short quote. */
  readonly citations: readonly Required<Citation>[];
  /** The open points of docs/interpretations.md that touch the rule, by number. */
  readonly openPoints: readonly number[];
  readonly versions: readonly RuleVersion<P>[];
}
