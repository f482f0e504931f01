import { dateArgument, listArgument, settingsArgument } from "../core/arguments.js";
import { calendarArgument } from "./calendar-argument.js";
import { type IsoDate, toDayNumber, WEEKDAY_NAMES, weekday } from "../core/iso-date.js";
import type { Counting, Explanation, ExplanationStep } from "../core/types.js";
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
  dateArgument(date, "nonBusinessReason", "date");
  calendarArgument(calendar, "nonBusinessReason");
  const holiday = calendar.holidayOn(date);
  const day = WEEKDAY_NAMES[weekday(date)] ?? "";
  if (holiday && calendar.weekend.includes(weekday(date))) return `${date} is a ${day} (${holiday.name})`;
  if (holiday?.provenance === "projected") {
    return `${date} ${holiday.name}, projected from ${holidaySourceShort(holiday.source)}${holiday.note ? `: ${holiday.note}` : ""}`;
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

/**
 * Assembles an {@link Explanation}; `text` joins the start and each step's reason.
 *
 * @example makeExplanation({ ruleId: "WEBCM-INITIAL-DUE", start, counting: "calendar-days", amount: 15, steps })
 */
export function makeExplanation(args: {
  ruleId: RuleId;
  start: IsoDate;
  counting: Counting;
  amount: number;
  steps: readonly ExplanationStep[];
  options?: Readonly<Record<string, string>>;
  startLabel?: string;
}): Explanation {
  settingsArgument(args, "makeExplanation", "args");
  dateArgument(args.start, "makeExplanation", "args.start");
  listArgument(args.steps, "makeExplanation", "args.steps");
  const result = args.steps.length > 0 ? (args.steps[args.steps.length - 1]?.to ?? args.start) : args.start;
  const head = `${args.startLabel ? `${args.startLabel} ` : ""}${args.start}`;
  return {
    ruleId: args.ruleId,
    source: getRule(args.ruleId).source,
    documents: ruleDocuments(args.ruleId),
    start: args.start,
    counting: args.counting,
    amount: args.amount,
    options: args.options ?? {},
    steps: args.steps,
    result,
    text: [head, ...args.steps.map((s) => s.reason)].join(" → "),
  };
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
