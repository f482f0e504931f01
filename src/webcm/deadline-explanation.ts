import { dueDate } from "../calendar/due-date.js";
import { makeExplanation } from "../calendar/explain.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { callerBasisAt, parameterOf, ruleVersionAt } from "../rules/registry.js";
import type { ResolvedWebcmOptions } from "./options.js";
import { frozen } from "../core/freeze.js";

/** The two WebCM contact deadlines. */
export type WebcmDeadlineRule = "WEBCM-INITIAL-DUE" | "WEBCM-CHANGE-DUE";

/** What starts each deadline, as named in explanations. */
export const START_LABEL: Record<WebcmDeadlineRule, string> = frozen({
  "WEBCM-INITIAL-DUE": "HSP waiver assignment notified",
  "WEBCM-CHANGE-DUE": "care coordinator changed",
});

/** Why the days are calendar days (the reading of the HSP contact policy), recorded in every explanation. */
export function calendarDaysNote(days: number): string {
  return `'${days} days' read as calendar days (the policy says days, not business days); the trigger day is day 0`;
}

/**
 * The due date of a WebCM contact deadline with its explanation: the rule version in force on
 * the trigger day gives the number of days (`days`, 15), counted as calendar days from the
 * trigger (day 0), rolled forward only under `unstatedRoll: "forward"` (open interpretation 2).
 * Null when the rule was not in force on the trigger day (the HSP contact policy dates from October 2022).
 *
 * @example
 * webcmDeadlineExplanation("WEBCM-INITIAL-DUE", "2024-03-01", { unstatedRoll: "none", calendar }).result
 * // "2024-03-16"
 */
export function webcmDeadlineExplanation(
  ruleId: WebcmDeadlineRule,
  trigger: IsoDate,
  options: ResolvedWebcmOptions,
): Explanation | null {
  // `options?.`: this operation takes its settings as given, and a bad rule or trigger is named
  // by the registry lookup below before anything reads the options.
  const lookup = { rules: options?.ruleBook };
  if (!ruleVersionAt(ruleId, trigger, lookup)) return null;
  // `days` is a number by the rule's type (calendarDays(15) in src/webcm/rules.ts): no check.
  const days = parameterOf(ruleId, trigger, "days", lookup);
  const base = dueDate({
    ruleId,
    start: trigger,
    amount: days,
    counting: "calendar-days",
    roll: options.unstatedRoll,
    calendar: options.calendar,
    options: { unstatedRoll: options.unstatedRoll },
    detail: options.detail,
    basis: callerBasisAt(ruleId, trigger, lookup),
  });
  return makeExplanation({
    ruleId,
    start: trigger,
    counting: "calendar-days",
    amount: days,
    startLabel: START_LABEL[ruleId],
    // The count's record (lean: only the options that decided it).
    ...(base.options ? { options: base.options, applied: Object.keys(base.options) } : {}),
    detail: options.detail,
    steps: [{ kind: "note", to: trigger, reason: calendarDaysNote(days) }, ...base.steps],
  });
}
