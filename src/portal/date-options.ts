import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { BusinessDayStart } from "../calendar/due-date.js";
import { dueDate } from "../calendar/due-date.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Detail, Explanation } from "../core/types.js";
import type { RuleBook, RuleVersionInput } from "../rules/model.js";
import { callerBasisAt, ruleParameter } from "../rules/registry.js";
import type { ExtensionLimitFrom, UnstatedRoll } from "./options.js";
import type { RuleId } from "../rules/rule-id.js";

/** Options of the single date functions of the portal (each has the default of `PortalOptions`). */
export interface PortalDateOptions {
  readonly calendar?: BusinessCalendar;
  /** Open point 10 for business-day periods (default `count-from-start`). */
  readonly businessDayStart?: BusinessDayStart;
  /** Open point 2 for calendar-day limits with no stated roll (default `none`). */
  readonly unstatedRoll?: UnstatedRoll;
  /** Open point 3 (default `raw-30th-day`). */
  readonly extensionLimitFrom?: ExtensionLimitFrom;
  /** The ticket's filing date, whose rule versions apply (default: the start date). */
  readonly filedOn?: IsoDate;
  /** What the start date is, for the explanation. */
  readonly startLabel?: string;
  /** Further open-point options that shaped the start date, recorded in the explanation. */
  readonly recordOptions?: Readonly<Record<string, string>>;
  /** The explanation's record: `lean` (default) or `full` (the `detail` setting). */
  readonly detail?: Detail;
  /** Rule versions of the caller's, applied by effective date (docs/rule-changes.md). */
  readonly rules?: readonly RuleVersionInput[];
}

/**
 * The options of a portal date function as its policy reads them: every open point with its
 * default applied, the calendar and the filing date filled in (the boundary resolves them from
 * {@link PortalDateOptions}: src/api/settings/portal.ts; the ticket evaluator from its options).
 */
export interface ResolvedPortalDateOptions {
  readonly calendar: BusinessCalendar;
  readonly businessDayStart: BusinessDayStart;
  readonly unstatedRoll: UnstatedRoll;
  readonly extensionLimitFrom: ExtensionLimitFrom;
  /** The ticket's filing date, whose rule versions apply. */
  readonly filedOn: IsoDate;
  /** What the start date is, for the explanation (default: the rule's own label). */
  readonly startLabel?: string;
  /** Further open-point options that shaped the start date, recorded in the explanation. */
  readonly recordOptions?: Readonly<Record<string, string>>;
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones; absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
}

/** @internal A due date of a PORTAL-* rule, its period read from the registry. */
export function portalDueDate(args: {
  ruleId: RuleId;
  parameter: "days" | "businessDays";
  start: IsoDate;
  defaultLabel: string;
  roll: "none" | "forward";
  options: ResolvedPortalDateOptions;
  extraOptions?: Readonly<Record<string, string>>;
}): Explanation {
  const { options } = args;
  const lookup = { rules: options.ruleBook };
  const amount = Number(ruleParameter(args.ruleId, options.filedOn, args.parameter, lookup));
  const businessDays = args.parameter === "businessDays";
  return dueDate({
    ruleId: args.ruleId,
    start: args.start,
    startLabel: options.startLabel ?? args.defaultLabel,
    amount,
    counting: businessDays ? "business-days" : "calendar-days",
    roll: args.roll,
    calendar: options.calendar,
    ...(businessDays ? { businessDayStart: options.businessDayStart } : {}),
    options: { ...(options.recordOptions ?? {}), ...(args.extraOptions ?? {}) },
    detail: options.detail,
    basis: callerBasisAt(args.ruleId, options.filedOn, lookup),
  });
}

/** @internal The roll the registry states for a rule (`forward` for the proposal due dates). */
export function statedRoll(ruleId: RuleId, date: IsoDate, rules?: RuleBook): "none" | "forward" {
  return ruleParameter(ruleId, date, "roll", { rules }) === "forward" ? "forward" : "none";
}
