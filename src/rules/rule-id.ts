// The rule IDs as a literal union, derived from the definitions (type-only imports: this module
// runs nothing, so the core types can name `RuleId` without an import cycle at run time).
import type { CALENDAR_RULES } from "../calendar/rules.js";
import type { PORTAL_RULES } from "../portal/rules.js";
import type { REGISTRATION_RULES } from "../registration/rules.js";
import type { SANCTION_RULES } from "../sanctions/rules.js";
import type { SPENDDOWN_RULES } from "../spenddown/rules.js";
import type { WEBCM_RULES } from "../webcm/rules.js";
import type { Rule, RuleBook } from "./model.js";

/** Any rule of the catalogue, with its literal ID and its typed parameters. */
export type AnyRule =
  | (typeof CALENDAR_RULES)[number]
  | (typeof PORTAL_RULES)[number]
  | (typeof SANCTION_RULES)[number]
  | (typeof REGISTRATION_RULES)[number]
  | (typeof WEBCM_RULES)[number]
  | (typeof SPENDDOWN_RULES)[number];

/** The ID of a rule of the catalogue, e.g. `"PORTAL-PROPOSAL-DUE"` (docs/rules.md). */
export type RuleId = AnyRule["id"];

/** The parameters of rule `Id`, each with its value and unit. */
export type ParametersOf<Id extends RuleId> = Extract<AnyRule, { id: Id }> extends Rule<string, infer P> ? P : never;

/** The parameter names of rule `Id`, e.g. `"days" | "roll"` for PORTAL-PROPOSAL-DUE. */
export type ParameterName<Id extends RuleId> = keyof ParametersOf<Id> & string;

/** The value type of parameter `N` of rule `Id` (a number, a word, or a list as an array). */
export type ParameterValueOf<Id extends RuleId, N extends ParameterName<Id>> = ParametersOf<Id>[N] extends {
  value: infer V;
}
  ? V
  : never;

/** How open point 9 reads a version whose effective date the policy history gives by month only. */
export type MonthOnlyEffectiveDate = "first-day-of-month" | "first-day-of-next-month";

/** How the registry looks a version up (open point 9, and the caller's rule versions). */
export interface RuleLookup {
  /** Default `first-day-of-month`. */
  readonly monthOnlyEffectiveDate?: MonthOnlyEffectiveDate;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly rules?: RuleBook | undefined;
}
