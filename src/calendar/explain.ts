import { ownFields } from "../core/plain-object.js";
import { type IsoDate, toDayNumber, WEEKDAY_NAMES, weekday } from "../core/iso-date.js";
import type { Counting, Detail, Explanation, ExplanationStep, FullExplanation } from "../core/types.js";
import { getRule, ruleDocuments } from "../rules/registry.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { holidaySourceShort } from "./holiday-sources.js";
import { isBusinessDay } from "./is-business-day.js";
import type { RuleId } from "../rules/rule-id.js";

/**
 * Why a date is not a business day. A projected holiday (a year the state has not published)
 * says so and names what it is projected from (CAL-STATE-HOLIDAYS).
 *
 * @example nonBusinessReason(parseIsoDate("2024-07-04"), illinoisStateCalendar())
 * // "2024-07-04 Independence Day (State Holiday, Illinois State Holidays)"
 * @example nonBusinessReason(parseIsoDate("2031-07-04"), illinoisStateCalendar())
 * // "2031-07-04 Independence Day, projected from 80 Ill. Adm. Code 303.190: the state has not published 2031"
 */
export function nonBusinessReason(date: IsoDate, calendar: BusinessCalendar): string {
  const holiday = calendar.holidayOn(date);
  const day = WEEKDAY_NAMES[weekday(date)] ?? "";
  if (holiday && calendar.weekend.includes(weekday(date))) return `${date} is a ${day} (${holiday.name})`;
  if (holiday?.provenance === "projected") {
    return (
      `${date} ${holiday.name}, projected from ` +
      `${holidaySourceShort(holiday.source)}${holiday.note ? `: ${holiday.note}` : ""}`
    );
  }
  if (holiday) return `${date} ${holiday.name} (State Holiday, ${calendar.name})`;
  return `${date} is a ${day}`;
}

/** The roll steps from `date` to `target` (empty when they are the same day). */
export function rollStep(
  date: IsoDate,
  target: IsoDate,
  direction: "forward" | "backward",
  calendar: BusinessCalendar,
  ruleId: string,
): ExplanationStep[] {
  if (date === target || isBusinessDay(date, calendar)) return [];
  return [
    {
      kind: direction === "forward" ? "roll-forward" : "roll-backward",
      from: date,
      to: target,
      reason: `${nonBusinessReason(date, calendar)} → rolled ${direction} to ${target} (${ruleId})`,
    },
  ];
}

/** What {@link makeExplanation} assembles an explanation from. */
export interface ExplanationParts {
  ruleId: RuleId;
  start: IsoDate;
  counting: Counting;
  amount: number;
  steps: readonly ExplanationStep[];
  options?: Readonly<Record<string, string>>;
  /** The options (names in `options`) that decided a step: what a lean explanation keeps. */
  applied?: readonly string[];
  startLabel?: string;
  detail?: Detail;
}

/**
 * Assembles an {@link Explanation}: lean by default (`options` only the names in `applied`,
 * omitted when none), the full record with `detail: "full"` (`source`, `documents`, every option,
 * `text`). `applied` names the options that decided a step of this date (Explanation.options).
 *
 * @example makeExplanation({ ruleId: "WEBCM-INITIAL-DUE", start, counting: "calendar-days", amount: 15, steps })
 * @example
 * makeExplanation({ ruleId, start, counting, amount, steps, options: { roll: "forward" }, applied: ["roll"],
 *   detail: "full" }).text
 */
export function makeExplanation(given: ExplanationParts): Explanation {
  // Own fields only: nothing on Object.prototype is a part (another library may have put one there).
  const args = ownFields(given);
  const result = args.steps.length > 0 ? (args.steps[args.steps.length - 1]?.to ?? args.start) : args.start;
  const label = args.startLabel ? { startLabel: args.startLabel } : {};
  // A rule of the registry, lean or full (an unknown one is a RuleInputError naming `ruleId`).
  const rule = getRule(args.ruleId);
  if (args.detail === "full") {
    const text = stepsText(args.startLabel, args.start, args.steps);
    const { ruleId, start, counting, amount, steps } = args;
    return {
      ruleId,
      source: rule.source,
      documents: ruleDocuments(ruleId),
      start,
      ...label,
      counting,
      amount,
      options: args.options ?? {},
      steps,
      result,
      text,
    } satisfies FullExplanation;
  }
  const options = appliedOptions(args.options, args.applied);
  return {
    ruleId: args.ruleId,
    start: args.start,
    ...label,
    counting: args.counting,
    amount: args.amount,
    ...(options ? { options } : {}),
    steps: args.steps,
    result,
  };
}

/** The options named in `applied`, or undefined when none is. */
function appliedOptions(
  options: Readonly<Record<string, string>> | undefined,
  applied: readonly string[] | undefined,
): Record<string, string> | undefined {
  if (options === undefined || applied === undefined || applied.length === 0) return undefined;
  let kept: Record<string, string> | undefined;
  for (const name of applied) {
    // Own options only: an option not given is not one Object.prototype holds (another library may have put one there).
    const value = Object.hasOwn(options, name) ? options[name] : undefined;
    if (value === undefined) continue;
    kept = kept ?? {};
    kept[name] = value;
  }
  return kept;
}

function stepsText(
  startLabel: string | undefined,
  start: IsoDate,
  steps: readonly Pick<ExplanationStep, "reason">[],
): string {
  let text = startLabel ? `${startLabel} ${start}` : start;
  for (const step of steps) text += ` → ${step.reason}`;
  return text;
}

/** What {@link explanationText} reads of an explanation. */
export type ExplanationTextParts = Pick<Explanation, "start" | "startLabel"> & {
  readonly steps: readonly Pick<ExplanationStep, "reason">[];
};

/**
 * The one-line text of an explanation, lean or full: the start (with its label) and each step's
 * reason, joined by ` → ` (what `text` held in 0.1, and still holds in the full record). The CLI's
 * table, text, iCalendar, timeline and CSV outputs show it.
 *
 * @example
 * explanationText(evaluateTicket(ticket, { asOf }).deadlines[0].explanation)
 * // "ticket received by the MCO 2024-06-04 → + 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day (State
 * //   Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)"
 * The explanation is one this library made, or checked by the boundary's `explanationText`.
 */
export function explanationText(explanation: ExplanationTextParts): string {
  return stepsText(explanation.startLabel, explanation.start, explanation.steps);
}

/** Checks that an explanation's steps run in order and end on its result (used by tests). */
export function isConsistent(explanation: Explanation): boolean {
  let previous = toDayNumber(explanation.start);
  for (const step of explanation.steps) {
    if (step.from !== undefined && step.kind !== "count" && toDayNumber(step.from) !== previous) return false;
    previous = toDayNumber(step.to);
  }
  return previous === toDayNumber(explanation.result);
}
