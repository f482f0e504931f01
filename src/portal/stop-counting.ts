import { daysBetween, type IsoDate } from "../core/iso-date.js";
import type { Deadline } from "../core/types.js";

// The provider's rights, not duties: the policy closes the ticket when they lapse
// (PORTAL-CONTEST) or simply goes no further (PORTAL-HFS-REVIEW-REQUEST). Providing requested
// information (PORTAL-INFO-RESPONSE) is a requirement: a lapse stays `missed`.
const PROVIDER_RIGHTS: ReadonlySet<string> = new Set(["PORTAL-CONTEST", "PORTAL-HFS-REVIEW-REQUEST"]);

/**
 * @internal A closed ticket's deadlines stop counting at the closure (PORTAL-COMPLETE: a closed
 * ticket is never re-opened, so nothing is outstanding after it):
 * - a provider's right not used by its deadline (not contesting, PORTAL-CONTEST; not asking
 *   for an HFS review, PORTAL-HFS-REVIEW-REQUEST) is `not used`, 0 days late: the provider's
 *   choice, whose consequence is the closure, not a violation;
 * - any other missed deadline stays `missed`, its days late counted up to the closure date,
 *   never after.
 * Deadlines already met (on time or late) and those of an open ticket are returned unchanged.
 *
 * @example stopCounting(contestMissed, "2024-12-31", "2026-12-01").status // "not used"
 */
export function stopCounting(deadline: Deadline, closedOn: IsoDate | undefined, asOf: IsoDate): Deadline {
  if (closedOn === undefined || closedOn > asOf || deadline.status !== "missed") return deadline;
  if (deadline.party === "provider" && PROVIDER_RIGHTS.has(deadline.ruleId))
    return { ...deadline, status: "not used", daysLate: 0 };
  return { ...deadline, daysLate: Math.max(0, Math.min(deadline.daysLate, daysBetween(deadline.dueDate, closedOn))) };
}
