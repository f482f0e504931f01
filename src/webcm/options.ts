import { z } from "zod";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { OnError } from "../core/batch.js";
import { parseInput } from "../core/errors.js";
import { optionsWithCalendar } from "../calendar/calendar-argument.js";

/**
 * Open interpretation 2 (docs/interpretations.md) for WEBCM-INITIAL-DUE and WEBCM-CHANGE-DUE: is a 15-day
 * deadline on a weekend or State Holiday moved? The HSP contact policy states no roll.
 * - `none` (default): the 15th calendar day, as the text says;
 * - `forward`: rolled forward to the next business day (as CAL-ROLL-FORWARD does for the portal).
 */
export const WebcmDeadlineRollSchema = z.enum(["none", "forward"]);
export type WebcmDeadlineRoll = z.infer<typeof WebcmDeadlineRollSchema>;

/** The open-point options of the WEBCM-* functions, as JSON (the calendar is given apart). */
export const WebcmOptionsSchema = z.object({ deadlineRoll: WebcmDeadlineRollSchema.optional() }).strict();

/** Options of the WEBCM-* functions. */
export interface WebcmOptions {
  /** Open interpretation 2 (default `none`). */
  readonly deadlineRoll?: WebcmDeadlineRoll;
  /** The State Holiday calendar used by `deadlineRoll: "forward"` (default: Illinois State Holidays). */
  readonly calendar?: BusinessCalendar;
  /** The batch entry (`webcmComplianceReport`): `throw` (default) or `collect` the bad member histories. */
  readonly onError?: OnError;
}

/** Options with their defaults filled in. */
export interface ResolvedWebcmOptions {
  readonly deadlineRoll: WebcmDeadlineRoll;
  readonly calendar: BusinessCalendar;
}

/** Validates the options (a bad value is a RuleInputError naming it) and fills in the defaults. */
export function resolveWebcmOptions(options: WebcmOptions = {}, ruleId = "WEBCM-INITIAL-DUE"): ResolvedWebcmOptions {
  const { calendar, rest: { onError: _batchSetting, ...rest } } = optionsWithCalendar(options, ruleId);
  const parsed = parseInput(WebcmOptionsSchema, rest, ruleId);
  return { deadlineRoll: parsed.deadlineRoll ?? "none", calendar };
}
