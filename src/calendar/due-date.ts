import { ownFields } from "../core/plain-object.js";
import {
  argumentError,
  kindCode,
  countArgument,
  dayNumberArgument,
  listArgument,
  optionalSettingsArgument,
  settingsArgument,
} from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Detail, Explanation, ExplanationStep } from "../core/types.js";
import { addBusinessDays } from "./add-business-days.js";
import { addCalendarDays } from "./add-calendar-days.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { makeExplanation, nonBusinessReason, rollStep } from "./explain.js";
import { calendarArgument } from "./calendar-argument.js";
import { illinoisStateCalendar } from "./illinois.js";
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

/** `value` when it is one of `allowed` (or undefined: the default); else a RuleInputError naming `field`. */
function oneOf(fn: string, field: string, value: unknown, allowed: readonly string[]): undefined {
  if (value === undefined || allowed.includes(value as string)) return;
  const got = typeof value === "string" ? "another text" : describeValue(value);
  const reason = `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${got}`;
  throw argumentError(fn, field, reason, kindCode(value, "string"));
}

/** The checks common to both specs: the object, its rule ID, start, roll, calendar and options. */
function checkCommon(fn: string, given: DueDateSpec | Parameters<typeof fixedDueDate>[0]): BusinessCalendar {
  settingsArgument(given, fn, "spec");
  const spec = ownFields(given);
  if (typeof spec.ruleId !== "string" || (spec.ruleId as string) === "")
    throw argumentError(fn, "spec.ruleId", `expected a rule ID, got ${describeValue(spec.ruleId)}`, "invalid_type");
  dayNumberArgument(spec.start, fn, "spec.start");
  oneOf(fn, "spec.roll", spec.roll, ["none", "forward", "backward"]);
  optionalSettingsArgument(spec.options, fn, "spec.options");
  if (spec.applied !== undefined) listArgument(spec.applied, fn, "spec.applied");
  return spec.calendar === undefined ? illinoisStateCalendar() : calendarArgument(spec.calendar, fn, "spec.calendar");
}

/**
 * A due date counted from a trigger day, with its explanation: `amount` calendar or business
 * days after `start`, then rolled off weekends and holidays when the rule (or an option) says so.
 *
 * @example
 * dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start: "2024-06-04" as IsoDate, amount: 30,
 *           counting: "calendar-days", roll: "forward" }).result // "2024-07-05"
 * A RuleInputError names the field of `spec` that is wrong (`spec.start`, `spec.amount`, …).
 */
export function dueDate(given: DueDateSpec): Explanation {
  const calendar = checkCommon("dueDate", given);
  const spec = ownFields(given);
  countArgument(spec.amount, "dueDate", "spec.amount");
  oneOf("dueDate", "spec.counting", spec.counting, ["calendar-days", "business-days"]);
  oneOf("dueDate", "spec.businessDayStart", spec.businessDayStart, ["count-from-start", "roll-start-forward"]);
  oneOf("dueDate", "spec.detail", spec.detail, ["lean", "full"]);
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
export function fixedDueDate(given: {
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
}): Explanation {
  const calendar = checkCommon("fixedDueDate", given);
  const spec = ownFields(given);
  dayNumberArgument(spec.date, "fixedDueDate", "spec.date");
  oneOf("fixedDueDate", "spec.detail", spec.detail, ["lean", "full"]);
  if (typeof spec.reason !== "string")
    throw argumentError(
      "fixedDueDate",
      "spec.reason",
      `expected text, got ${describeValue(spec.reason)}`,
      "invalid_type",
    );
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
