import type { IsoDate } from "../core/iso-date.js";
import type { ClosureReason } from "./schemas.js";
import type { RuleId } from "../rules/rule-id.js";
import type { PortalRuleId } from "./rules.js";
import { frozen } from "../core/freeze.js";

/** Why and when a ticket was closed, with the rule that closes it. */
export interface Closure {
  readonly reason: ClosureReason;
  readonly ruleId: RuleId;
  /** The day the ticket is closed. */
  readonly on: IsoDate;
  /**
   * `intake`: the submission breaks a rule (closed on the portal submission date);
   * `policy`: a provider deadline passed (PORTAL-INFO-RESPONSE, PORTAL-CONTEST), closed the day after;
   * `event`: a `ticket closed` event.
   */
  readonly source: "intake" | "policy" | "event";
}

/** The rule behind each closure reason. */
export const CLOSURE_RULES = frozen({
  "provider not registered": "PORTAL-REGISTERED",
  incomplete: "PORTAL-COMPLETE",
  "Medicare only": "PORTAL-SCOPE-MEDICAID",
  "fee-for-service": "PORTAL-SCOPE-MEDICAID",
  "internal process not used": "PORTAL-INTERNAL-FIRST",
  "missing tracking number": "PORTAL-TRACKING-NUMBER",
  premature: "PORTAL-SUBMIT-EARLIEST",
  "not timely": "PORTAL-SUBMIT-LATEST",
  "prior authorization not obtained": "PORTAL-PRIOR-AUTH",
  "information not provided": "PORTAL-INFO-RESPONSE",
  "not contested": "PORTAL-CONTEST",
  resolved: "PORTAL-CONTEST",
  "HFS decision": "PORTAL-ADMIN-REVIEW",
  withdrawn: "PORTAL-COMPLETE",
  other: "PORTAL-COMPLETE",
} as const satisfies Record<ClosureReason, PortalRuleId>);
