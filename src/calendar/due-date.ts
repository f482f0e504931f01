import { ownFields } from "../core/plain-object.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Detail, Explanation, ExplanationStep } from "../core/types.js";
import { addBusinessDays } from "./add-business-days.js";
import { addCalendarDays } from "./add-calendar-days.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { makeExplanation, nonBusinessReason, rollStep } from "./explain.js";
import { defaultIllinoisCalendar } from "./illinois-default.js";
import { isBusinessDay } from "./is-business-day.js";
import { rollBackward, rollForward } from "./roll.js";
import type { RuleId } from "../rules/rule-id.js";

/**
 * Open interpretation 10 (docs/interpretations.md): a business-day period that starts on a day that is not
 * a business day.
 * - `count-from-start` (default): the first business day after the start is day 1
 *   (Saturday + 5 business days = the next Friday);
 * - `roll-start-forward`: the start first rolls forward to a business day, then counting
 *   begins (Saturday + 5 business days = the Monday after next).
 */
export type BusinessDayStart = "count-from-start" | "roll-start-forward";

export interface DueDateSpec {
  readonly ruleId: RuleId;
  /** The trigger day D (day 0). */
  readonly start: IsoDate;
  /** What the start date is, for the explanation, e.g. `ticket received by the MCO`. */
  readonly startLabel?: string;
  readonly amount: number;
  readonly counting: "calendar-days" | "business-days";
  /** What to do when the counted date is not a business day (default: nothing). */
  readonly roll?: "none" | "forward" | "backward";
  readonly calendar?: BusinessCalendar;
  readonly businessDayStart?: BusinessDayStart;
  /**
   * Open-point options that shaped the date, recorded in the explanation: in full always; in a
   * lean explanation only those that decided a step (Explanation.options): `unstatedRoll` when
   * the counted date is not a business day, and the names in `applied`.
   */
  readonly options?: Readonly<Record<string, string>>;
  /** Names in `options` that chose the amount or the counting (kept in a lean explanation). */
  readonly applied?: readonly string[];
  /** `lean` (default) or `full`: the explanation's record (the `detail` setting). */
  readonly detail?: Detail;
  /**
   * The caller's basis when `amount` comes from a rule version a caller gave (`settings.rules`,
   * docs/rule-changes.md): the count step cites it. Absent for a built-in version.
   */
  readonly basis?: string | undefined;
}

/** The steps with the last count citing the caller's version `basis` (the step that used its amount). */
function citingBasis(steps: ExplanationStep[], ruleId: RuleId, basis: string | undefined): ExplanationStep[] {
  if (basis === undefined) return steps;
  let at = steps.length - 1;
  while (at >= 0 && steps[at]?.kind !== "count") at--;
  const step = steps[at];
  if (step !== undefined) steps[at] = { ...step, reason: `${step.reason} (${ruleId}, caller's version: ${basis})` };
  return steps;
}

function countLabel(amount: number, counting: "calendar-days" | "business-days"): string {
  const unit = counting === "calendar-days" ? "calendar day" : "business day";
  return `${amount >= 0 ? "+" : "−"} ${Math.abs(amount)} ${unit}${Math.abs(amount) === 1 ? "" : "s"}`;
}

function businessCount(
  spec: DueDateSpec,
  calendar: BusinessCalendar,
): { steps: ExplanationStep[]; options: Record<string, string>; applied: boolean } {
  const mode = spec.businessDayStart ?? "count-from-start";
  const steps: ExplanationStep[] = [];
  let from = spec.start;
  // Only a start that is not a business day tells the two readings apart (open point 10).
  const applied = !isBusinessDay(spec.start, calendar);
  if (mode === "roll-start-forward" && applied) {
    from = rollForward(spec.start, calendar);
    steps.push({
      kind: "option",
      from: spec.start,
      to: from,
      reason:
        `${nonBusinessReason(spec.start, calendar)} → start rolled to ${from} (business-day start: ` +
        "roll-start-forward)",
    });
  }
  const to = addBusinessDays(from, spec.amount, calendar);
  steps.push({ kind: "count", from, to, reason: `${countLabel(spec.amount, "business-days")} = ${to}` });
  return { steps, options: { businessDayStart: mode }, applied };
}

/**
 * The options a lean explanation keeps: the caller's `applied`, `businessDayStart` when it decided
 * the count, and the roll (`roll`, `unstatedRoll`) when the counted date is not a business day:
 * only then does another roll give another date.
 */
function appliedNames(
  counted: IsoDate,
  calendar: BusinessCalendar,
  applied: readonly string[] | undefined,
  startApplied: boolean,
): string[] {
  const names = [...(applied ?? [])];
  if (startApplied) names.push("businessDayStart");
  if (!isBusinessDay(counted, calendar)) names.push("roll", "unstatedRoll");
  return names;
}

/**
 * The roll of a counted date: forward cites CAL-ROLL-FORWARD; backward (a "no later than" date
 * moved to the preceding business day) cites the rule whose option asked for it.
 */
function rollSteps(
  date: IsoDate,
  roll: "none" | "forward" | "backward",
  calendar: BusinessCalendar,
  ruleId: string,
): ExplanationStep[] {
  if (roll === "forward") return rollStep(date, rollForward(date, calendar), "forward", calendar, "CAL-ROLL-FORWARD");
  if (roll === "backward")
    return rollStep(date, rollBackward(date, calendar), "backward", calendar, `option roll: backward, ${ruleId}`);
  return [];
}

/** The spec of {@link fixedDueDate}: a date the text fixes, not a count. */
export interface FixedDueDateSpec {
  readonly ruleId: RuleId;
  readonly start: IsoDate;
  readonly startLabel?: string;
  readonly date: IsoDate;
  readonly reason: string;
  readonly roll?: "none" | "forward" | "backward";
  readonly calendar?: BusinessCalendar;
  readonly options?: Readonly<Record<string, string>>;
  readonly applied?: readonly string[];
  readonly detail?: Detail;
}

/**
 * A due date counted from a trigger day, with its explanation: `amount` calendar or business
 * days after `start`, then rolled off weekends and holidays when the rule (or an option) says so.
 *
 * @example
 * dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start: "2024-06-04" as IsoDate, amount: 30,
 *           counting: "calendar-days", roll: "forward" }).result // "2024-07-05"
 * The spec is checked (the boundary's `dueDate`, src/api/operations/calendar-runs.ts); a count
 * that leaves the supported range is a RuleInputError naming `n`, an unknown rule one naming `ruleId`.
 */
export function dueDate(given: DueDateSpec): Explanation {
  // Own fields only: nothing on Object.prototype is part of a spec (another library may have put one there).
  const spec = ownFields(given);
  const calendar = spec.calendar ?? defaultIllinoisCalendar();
  const options: Record<string, string> = { ...(spec.options ?? {}) };
  let steps: ExplanationStep[];
  let startApplied = false;
  if (spec.counting === "business-days") {
    const counted = businessCount(spec, calendar);
    steps = counted.steps;
    startApplied = counted.applied;
    Object.assign(options, counted.options);
  } else {
    const to = addCalendarDays(spec.start, spec.amount);
    steps = [{ kind: "count", from: spec.start, to, reason: `${countLabel(spec.amount, "calendar-days")} = ${to}` }];
  }
  steps = citingBasis(steps, spec.ruleId, spec.basis);
  const counted = steps[steps.length - 1]?.to ?? spec.start;
  const roll = spec.roll ?? "none";
  steps.push(...rollSteps(counted, roll, calendar, spec.ruleId));
  return makeExplanation({
    ruleId: spec.ruleId,
    start: spec.start,
    counting: spec.counting,
    amount: spec.amount,
    steps,
    options: { ...options, roll },
    applied: appliedNames(counted, calendar, spec.applied, startApplied),
    ...(spec.startLabel ? { startLabel: spec.startLabel } : {}),
    ...(spec.detail ? { detail: spec.detail } : {}),
  });
}

/**
 * A fixed due date (e.g. "no later than April 30", "the 20th of the month"), with its
 * explanation, optionally rolled when it is not a business day.
 *
 * @example
 * fixedDueDate({ ruleId: "SANCTION-NOTICE-DUE", start: parseIsoDate("2024-03-31"),
 *   date: parseIsoDate("2024-04-30"), reason: "no later than April 30" }).result // "2024-04-30"
 */
export function fixedDueDate(given: FixedDueDateSpec): Explanation {
  const spec = ownFields(given);
  const calendar = spec.calendar ?? defaultIllinoisCalendar();
  const roll = spec.roll ?? "none";
  const steps: ExplanationStep[] = [
    { kind: "fixed-date", from: spec.start, to: spec.date, reason: `${spec.reason} = ${spec.date}` },
  ];
  steps.push(...rollSteps(spec.date, roll, calendar, spec.ruleId));
  return makeExplanation({
    ruleId: spec.ruleId,
    start: spec.start,
    counting: "fixed-date",
    amount: 0,
    steps,
    options: { ...(spec.options ?? {}), roll },
    applied: appliedNames(spec.date, calendar, spec.applied, false),
    ...(spec.startLabel ? { startLabel: spec.startLabel } : {}),
    ...(spec.detail ? { detail: spec.detail } : {}),
  });
}
