// The facts and messages the portal's kinds of finding share (finding-codes.ts gathers the kinds).
import type { IsoDate } from "../../core/iso-date.js";
import { countText } from "../../core/describe-value.js";
import { frozen } from "../../core/freeze.js";
import { choiceFact, countFact, dateFact, maybeFact, textFact } from "../../findings/facts.js";
import { type FactShape, type FactsOf, findingKind } from "../../findings/kind.js";
import { PORTAL_RULES, type PortalRuleId } from "../rules.js";
import { type ClosureReason, ClosureReasonSchema, type IntakeClosureReason, type TicketEventType } from "../schemas.js";

/** The code of the finding that closes a ticket for each reason: `closed-` and the reason in kebab case. */
export const CLOSURE_CODES = /* @__PURE__ */ frozen({
  "provider not registered": "closed-provider-not-registered",
  incomplete: "closed-incomplete",
  "Medicare only": "closed-medicare-only",
  "fee-for-service": "closed-fee-for-service",
  "internal process not used": "closed-internal-process-not-used",
  "missing tracking number": "closed-missing-tracking-number",
  premature: "closed-premature",
  "not timely": "closed-not-timely",
  "prior authorization not obtained": "closed-prior-authorization-not-obtained",
  "information not provided": "closed-information-not-provided",
  "not contested": "closed-not-contested",
  resolved: "closed-resolved",
  "HFS decision": "closed-hfs-decision",
  withdrawn: "closed-withdrawn",
  other: "closed-other",
} as const satisfies Record<ClosureReason, `closed-${string}`>);

/** The code of the finding that closes a ticket for one of `R`. */
export type ClosureCode<R extends ClosureReason = ClosureReason> = (typeof CLOSURE_CODES)[R];

/**
 * The code of the finding that closes a ticket for `reason` (at intake, or by the policy for
 * `information not provided` and `not contested`): `closed-` and the reason in kebab case.
 *
 * @example closureCode("Medicare only") // "closed-medicare-only"
 */
export function closureCode<R extends ClosureReason>(reason: R): ClosureCode<R> {
  return CLOSURE_CODES[reason];
}

// Every PORTAL-* rule, in registry order (PORTAL_RULES is a frozen tuple of literal IDs).
export const PORTAL_RULE_IDS = PORTAL_RULES.map((r) => r.id) as unknown as readonly [PortalRuleId, ...PortalRuleId[]];
// The rules of the closure reasons (closure.ts), each once, in the order of the reasons.
export const CLOSURE_RULE_IDS = frozen([
  "PORTAL-REGISTERED",
  "PORTAL-COMPLETE",
  "PORTAL-SCOPE-MEDICAID",
  "PORTAL-INTERNAL-FIRST",
  "PORTAL-TRACKING-NUMBER",
  "PORTAL-SUBMIT-EARLIEST",
  "PORTAL-SUBMIT-LATEST",
  "PORTAL-PRIOR-AUTH",
  "PORTAL-INFO-RESPONSE",
  "PORTAL-CONTEST",
  "PORTAL-ADMIN-REVIEW",
] as const satisfies readonly PortalRuleId[]);

// Every ticket event type (schemas.ts), so that a finding names the type of the event it is about.
export const EVENT_TYPES = frozen([
  "presented to MCO",
  "information requested",
  "information provided",
  "extension requested",
  "extension decision",
  "proposal submitted",
  "provider contest",
  "HFS review requested",
  "evidence delivered",
  "Administrative Review started",
  "HFS decision",
  "ticket closed",
  "fine issued",
] as const satisfies readonly TicketEventType[]);
// Every event type is listed: a new one that is not does not compile.
export type Unlisted = Exclude<TicketEventType, (typeof EVENT_TYPES)[number]>;
export const eventTypesListed: [Unlisted] extends [never] ? true : Unlisted = true;
export const eventType = eventTypesListed && choiceFact(EVENT_TYPES);
export const closureReason = choiceFact(
  ClosureReasonSchema.options as unknown as readonly [ClosureReason, ...ClosureReason[]],
);
export const requester = choiceFact(["MCO", "provider"]);

/** A ticket closed at intake for `reason` under `rule`: the message says why, from the facts. */
export const closedAtIntake = <const R extends PortalRuleId, S extends FactShape>(
  reason: IntakeClosureReason,
  rule: R,
  facts: S,
  why: (f: FactsOf<S>) => string,
) =>
  findingKind({
    rules: [rule],
    severity: "error",
    party: "provider",
    summary: `Closed at intake: ${reason}.`,
    facts,
    message: (f) => `Closed (${reason}): ${why(f)}.`,
  });

// The submission window (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST): its start and the days since.
export const WINDOW = frozen({ daysAfterStart: countFact, startLabel: textFact, start: dateFact });
export type Window = { readonly daysAfterStart: number; readonly startLabel: string; readonly start: IsoDate };
export const submitted = (f: Window) =>
  `submitted ${countText(f.daysAfterStart, "calendar day")} after ${f.startLabel} ${f.start}`;

// A deadline of the MCO or the Portal Team done late, or not done (deadlines.ts).
export const LATE = frozen({
  dueDate: dateFact,
  status: choiceFact(["late", "missed"]),
  metOn: maybeFact(dateFact),
  daysLate: countFact,
});
export type Late = FactsOf<typeof LATE>;
export const lateText = (what: string, f: Late) => {
  const days = countText(f.daysLate, "day");
  const when = f.status === "late" ? `done ${f.metOn}, ${days} late` : `not done, ${days} overdue`;
  return `${what} due ${f.dueDate}: ${when}.`;
};
