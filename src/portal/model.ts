// Types the portal modules share, in a leaf module: it imports no portal module, so
// context.ts, the policy modules and evaluate-ticket.ts can all name them without an import cycle.
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import type { RuleId } from "../rules/rule-id.js";

/** Which policy the ticket falls under: the rule versions in force on its filing date. */
export interface TicketPolicy {
  readonly filedOn: IsoDate;
  /** The day the new portal process took effect (from the registry: PORTAL-PROPOSAL-DUE). */
  readonly newPortalFrom: IsoDate;
  /** Filed under the new portal process (the modelled policy). */
  readonly inScope: boolean;
  /** PORTAL-* rules not in force on the filing date (not evaluated). */
  readonly rulesNotInForce: readonly RuleId[];
}

/** When a ticket may be submitted to the Portal, and where its submission fell. */
export interface SubmissionWindow {
  /** The date the window counts from (open point 1), and what it is. */
  readonly start: IsoDate;
  readonly startLabel: string;
  /** The first day a submission is not premature (PORTAL-SUBMIT-EARLIEST). */
  readonly earliest: Explanation;
  /** The last day a submission is timely (PORTAL-SUBMIT-LATEST). */
  readonly latest: Explanation;
  readonly submittedOn: IsoDate;
  /** Calendar days from the start to the portal submission. */
  readonly daysAfterStart: number;
  readonly timing: "premature" | "timely" | "not timely";
}

/**
 * @internal Computes an explanation on a memo miss. A module-level function given its
 * arguments, not a closure: no function object is built per lookup (for speed).
 */
export type ExplanationCompute<A> = (start: IsoDate, label: string, arg: A) => Explanation;
