import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { makeExplanation, rollStep } from "../calendar/explain.js";
import { isBusinessDay } from "../calendar/is-business-day.js";
import { rollForward } from "../calendar/roll.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, ExplanationStep } from "../core/types.js";
import { callerBasisAt, parameterOf } from "../rules/registry.js";
import type { ResolvedPortalDateOptions } from "./date-options.js";
import { countText } from "../core/describe-value.js";

/**
 * The last day an extension may be requested, 7 calendar days before the end of the initial
 * 30-day period (PORTAL-EXTENSION-REQUEST; its quote is in the registry). Open point 3:
 * counted back from the raw 30th day (default: day 23 after receipt) or from the rolled
 * proposal due date (`extensionLimitFrom: "rolled-due-date"`).
 *
 * The policy of `extensionRequestLimit`: its arguments are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example extensionRequestLimit(parseIsoDate("2024-06-04")).result // "2024-06-27" (day 23)
 */
export function extensionRequestLimitOf(mcoReceivedOn: IsoDate, options: ResolvedPortalDateOptions): Explanation {
  const filedOn = options.filedOn;
  const calendar = options.calendar;
  const from = options.extensionLimitFrom;
  const lookup = { rules: options.ruleBook };
  const period = parameterOf("PORTAL-PROPOSAL-DUE", filedOn, "days", lookup);
  const before = parameterOf("PORTAL-EXTENSION-REQUEST", filedOn, "daysBefore", lookup);
  const end = addCalendarDays(mcoReceivedOn, period);
  const steps: ExplanationStep[] = [
    {
      kind: "count",
      from: mcoReceivedOn,
      to: end,
      reason:
        `+ ${countText(period, "calendar day")} = ${end}, the end of the initial period ` +
        `(PORTAL-PROPOSAL-DUE${citedBasis(callerBasisAt("PORTAL-PROPOSAL-DUE", filedOn, lookup))})`,
    },
  ];
  let base = end;
  if (from === "rolled-due-date") {
    base = rollForward(end, calendar);
    steps.push(...rollStep(end, base, "forward", calendar, "CAL-ROLL-FORWARD"));
  }
  const limit = addCalendarDays(base, -before);
  steps.push({
    kind: "count",
    from: base,
    to: limit,
    reason:
      `− ${countText(before, "calendar day")} = ${limit} (no later than ${countText(before, "calendar day")} ` +
      `prior; extensionLimitFrom: ${from}` +
      `${citedBasis(callerBasisAt("PORTAL-EXTENSION-REQUEST", filedOn, lookup))})`,
  });
  return makeExplanation({
    ruleId: "PORTAL-EXTENSION-REQUEST",
    start: mcoReceivedOn,
    startLabel: options.startLabel ?? "ticket received by the MCO",
    counting: "calendar-days",
    amount: period - before,
    steps,
    options: { ...(options.recordOptions ?? {}), extensionLimitFrom: from, roll: "none" },
    // Open point 3 decides the date only when the 30th day is not a business day.
    applied: isBusinessDay(end, calendar) ? [] : ["extensionLimitFrom"],
    detail: options.detail,
  });
}

/** The caller's basis of a version a caller gave, as a step cites it (empty for a built-in version). */
function citedBasis(basis: string | undefined): string {
  return basis === undefined ? "" : `, caller's version: ${basis}`;
}
