import { ownFields } from "../../core/plain-object.js";
import { argumentError, dateArgument, listArgument, settingsArgument } from "../../core/arguments.js";
import { describeValue } from "../../core/describe-value.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Explanation } from "../../core/types.js";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import {
  type ExplanationParts,
  type ExplanationTextParts,
  explanationText,
  makeExplanation,
  nonBusinessReason,
} from "../../calendar/explain.js";
import { calendarArgument } from "../calendar-argument.js";

// The checked explanation builders: each checks its arguments (a RuleInputError naming the bad
// one, never its value), then calls the policy of src/calendar/explain.ts.

/**
 * Why a date is not a business day (CAL-STATE-HOLIDAYS), checked: `date` a date of the supported
 * range, `calendar` a calendar.
 *
 * @example nonBusinessReason(parseIsoDate("2024-07-04"), illinoisStateCalendar())
 * // "2024-07-04 Independence Day (State Holiday, Illinois State Holidays)"
 */
export function nonBusinessReasonRun(date: IsoDate, calendar: BusinessCalendar): string {
  dateArgument(date, "nonBusinessReason", "date");
  calendarArgument(calendar, "nonBusinessReason");
  return nonBusinessReason(date, calendar);
}

/**
 * Assembles an explanation (src/calendar/explain.ts), checked: `args` an object, `args.start` a
 * date, `args.steps` a list; an unknown rule is a RuleInputError naming `ruleId`.
 *
 * @example makeExplanation({ ruleId: "WEBCM-INITIAL-DUE", start, counting: "calendar-days", amount: 15, steps })
 */
export function makeExplanationRun(given: ExplanationParts): Explanation {
  settingsArgument(given, "makeExplanation", "args");
  const args = ownFields(given);
  dateArgument(args.start, "makeExplanation", "args.start");
  listArgument(args.steps, "makeExplanation", "args.steps");
  return makeExplanation(given);
}

/**
 * @internal The checked run of `explanationText`: the explanation an object, its start a date,
 * its steps a list of objects with a text `reason`, its `startLabel` text when given.
 */
export function explanationTextRun(explanation: ExplanationTextParts): string {
  settingsArgument(explanation, "explanationText", "explanation");
  dateArgument(explanation.start, "explanationText", "explanation.start");
  listArgument(explanation.steps, "explanationText", "explanation.steps");
  for (const step of explanation.steps) {
    settingsArgument(step, "explanationText", "explanation.steps[]");
    if (typeof step.reason !== "string")
      throw argumentError(
        "explanationText",
        "explanation.steps[].reason",
        `expected text, got ${describeValue(step.reason)}`,
      );
  }
  if (explanation.startLabel !== undefined && typeof explanation.startLabel !== "string") {
    throw argumentError(
      "explanationText",
      "explanation.startLabel",
      `expected text, got ${describeValue(explanation.startLabel)}`,
    );
  }
  return explanationText(explanation);
}
