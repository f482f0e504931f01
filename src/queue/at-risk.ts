import { businessDaysBetween } from "../calendar/business-days-between.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { daysBetween, type IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import type { AtRiskLevel, QueueStatus } from "./types.js";

/**
 * The share of a deadline's period elapsed as of `asOf`, in whole percent (rounded down): the
 * period runs from the explanation's start to the due date, counted as the rule counts it
 * (business days for a business-day rule, calendar days otherwise). A period of no length is
 * 0 % before its due date and 100 % on it.
 *
 * @internal
 * @example elapsedPercent(dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start: "2024-06-03", ... }), "2024-06-18", calendar)
 * // 50
 */
export function elapsedPercent(explanation: Explanation, asOf: IsoDate, calendar: BusinessCalendar): number {
  const count =
    explanation.counting === "business-days"
      ? (a: IsoDate, b: IsoDate) => businessDaysBetween(a, b, calendar)
      : daysBetween;
  const length = count(explanation.start, explanation.result);
  const elapsed = count(explanation.start, asOf);
  if (length <= 0) return asOf >= explanation.result ? 100 : 0;
  return Math.max(0, Math.floor((100 * elapsed) / length));
}

/**
 * The at-risk level of an open deadline by the share of its period elapsed (ServiceNow's SLA
 * warnings at 50 % and 75 %, by default): `critical` from the critical level, `warning` from the
 * warning level, else `on track`; a missed deadline is `breached`.
 *
 * @internal
 * @example atRiskLevel(80, "open", { warning: 50, critical: 75 }) // "critical"
 */
export function atRiskLevel(
  percent: number,
  status: QueueStatus,
  levels: { readonly warning: number; readonly critical: number },
): AtRiskLevel {
  if (status === "missed") return "breached";
  if (percent >= levels.critical) return "critical";
  if (percent >= levels.warning) return "warning";
  return "on track";
}
