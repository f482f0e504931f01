import { makeExplanation } from "../calendar/explain.js";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { type IsoDate, toDayNumber, WEEKDAY_NAMES, weekday } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { START_LABEL } from "./deadline-explanation.js";
import type { ResolvedWebcmOptions } from "./options.js";
import type { ParsedTransferPlan } from "./transfer-plan-schema.js";

/** The answer for an MCO that sends contacts only by the weekly file transfer. */
export interface TransferPlan {
  readonly ruleId: "WEBCM-INITIAL-DUE" | "WEBCM-CHANGE-DUE";
  readonly triggerDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly transferWeekday: (typeof WEEKDAY_NAMES)[number];
  /** Every weekly transfer from the trigger day to the due date, both included. */
  readonly transfersInWindow: readonly IsoDate[];
  /** The last of them: the last transfer that still meets the deadline (null if none). */
  readonly lastTransferDate: IsoDate | null;
  /** How the last transfer date follows from the due date (ends on it; on the due date when there is none). */
  readonly explanation: Explanation;
}

/**
 * For an MCO that sends contacts only by its weekly file transfer (WEBCM-CHANNELS): the last
 * transfer date that still meets a WEBCM-INITIAL-DUE or WEBCM-CHANGE-DUE deadline, i.e. the last
 * day with the transfer's weekday on or before the due date and not before the trigger day.
 * The due date follows the same settings as `evaluateContactDeadlines` (open interpretation 2).
 * A transfer is assumed to run on its weekday even on a State Holiday.
 *
 * Policy: a parsed plan, the deadline's due date (`webcmDeadlineExplanation`, which the boundary
 * checks is not null: the rule in force on the trigger day) and resolved settings in.
 *
 * @example
 * lastTransferDateOf(plan, webcmDeadlineExplanation(plan.ruleId, plan.triggerDate, resolved), resolved)
 *   .lastTransferDate // "2024-03-13" (Wednesday transfers, due Saturday 2024-03-16)
 */
export function lastTransferDateOf(
  plan: ParsedTransferPlan,
  due: Explanation,
  resolved: ResolvedWebcmOptions,
): TransferPlan {
  const target = WEEKDAY_NAMES.indexOf(plan.transferWeekday);
  const back = (weekday(due.result) - target + 7) % 7;
  const last = addCalendarDays(due.result, -back);
  const transfers: IsoDate[] = [];
  for (let d = last; toDayNumber(d) >= toDayNumber(plan.triggerDate); d = addCalendarDays(d, -7)) transfers.unshift(d);
  const lastTransferDate = transfers[transfers.length - 1] ?? null;
  const reason =
    lastTransferDate === null
      ? `no ${plan.transferWeekday} from ${plan.triggerDate} to the due date ${due.result}: no weekly transfer meets it`
      : `last ${plan.transferWeekday} on or before the due date ${due.result} = ${lastTransferDate} (weekly file ` +
        "transfer, WEBCM-CHANNELS)";
  const explanation = makeExplanation({
    ruleId: plan.ruleId,
    start: due.start,
    counting: due.counting,
    amount: due.amount,
    ...(due.options ? { options: due.options, applied: Object.keys(due.options) } : {}),
    detail: resolved.detail,
    startLabel: START_LABEL[plan.ruleId],
    steps: [...due.steps, { kind: "note", from: due.result, to: lastTransferDate ?? due.result, reason }],
  });
  return {
    ruleId: plan.ruleId,
    triggerDate: plan.triggerDate,
    dueDate: due.result,
    transferWeekday: plan.transferWeekday,
    transfersInWindow: transfers,
    lastTransferDate,
    explanation,
  };
}
