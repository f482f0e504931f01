import type { IsoDate } from "./iso-date.js";
import type { RuleId } from "../rules/rule-id.js";
import type { EXPLANATION_STEP_KINDS } from "./explanation-step-kinds.js";

export type { Parameter, ParameterUnit, ParameterValue, Rule, RuleArea, RuleVersion } from "../rules/model.js";
export type { ParameterName, ParameterValueOf, RuleId, RuleLookup } from "../rules/rule-id.js";

// The vocabulary's unions, each defined once as a frozen list and the type read from it: the
// zod schemas (result-schemas.ts, the work queue's options) and every output (timeline, iCalendar,
// CLI) take theirs from here, and an output's lookup by value is a `Record<…>` of the type, so that
// a value added here is a compile error in every output that forgot it.

/** Every {@link Party}, in the order the docs list them. */
export const PARTIES = Object.freeze([
  "HFS",
  "HFS Portal Team",
  "MCO",
  "provider",
  "HSP",
  "Williams provider",
] as const);

/** Who owes an action or is named by a finding. */
export type Party = (typeof PARTIES)[number];

/** Every {@link Counting}. */
export const COUNTINGS = Object.freeze(["calendar-days", "business-days", "fixed-date"] as const);

/** How a period is counted (docs/calendar.md, "Counting words"). */
export type Counting = (typeof COUNTINGS)[number];

/** One step or adjustment in the making of a date, with its reason. */
export interface ExplanationStep {
  /** What was done: counted, rolled forward/backward, an option applied, a fixed date taken. */
  readonly kind: (typeof EXPLANATION_STEP_KINDS)[number];
  readonly from?: IsoDate;
  readonly to: IsoDate;
  readonly reason: string;
}

/**
 * How much of an {@link Explanation} a result carries, the `detail` setting of every area
 * (`fn(input, { asOf, detail })`):
 * - `lean` (default): each date's explanation once, as structured steps, the rule ID once per
 *   holder, options only where they decided a step; render its text with `explanationText`;
 * - `full`: the full record, every explanation with its rule ID, `source`, `documents`, every
 *   option used and `text` (the record of 0.1).
 */
export type Detail = "lean" | "full";

/**
 * Why a date is what it is (principle 3): the start date (and what it is), the counting
 * convention, each step and adjustment with its reason, and the result. `explanationText`
 * renders the one-line summary, e.g. `ticket received by the MCO 2024-06-04 → + 30 calendar days
 * = 2024-07-04 → 2024-07-04 Independence Day (State Holiday, Illinois State Holidays) → rolled
 * forward to 2024-07-05 (CAL-ROLL-FORWARD)`.
 *
 * The rule ID is carried once per holder: a {@link Deadline}'s lean explanation has none (read
 * `deadline.ruleId`); every other explanation (a submission window's `earliest`, a sanction
 * period's, what `dueDate` returns, …) carries `ruleId`. The rule's documents are derived from
 * it: `getRule(ruleId).source`, `ruleDocuments(ruleId)`.
 *
 * With `detail: "full"` every explanation is a {@link FullExplanation}: `ruleId`, `source`,
 * `documents`, every option used and `text` as well.
 *
 * @example
 * // lean (the default), the explanation of a Deadline:
 * { start: "2024-06-04", startLabel: "ticket received by the MCO", counting: "calendar-days", amount: 30,
 *   options: { roll: "forward" },
 *   steps: [{ kind: "count", from: "2024-06-04", to: "2024-07-04", reason: "+ 30 calendar days = 2024-07-04" },
 *           { kind: "roll-forward", from: "2024-07-04", to: "2024-07-05",
 *             reason: "2024-07-04 Independence Day (…) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)" }],
 *   result: "2024-07-05" }
 */
export interface Explanation {
  /** The rule: absent on a Deadline's lean explanation (the Deadline carries it), present on every other. */
  readonly ruleId?: RuleId;
  /** Full record only: the rule's documents by source ID (`getSource`), e.g. `["hfs-prp-requirements"]`. */
  readonly source?: readonly string[];
  /** Full record only: the same documents as they are cited, e.g. `["HFS Provider Notice of 2023-02-22"]`. */
  readonly documents?: readonly string[];
  readonly start: IsoDate;
  /** What the start date is, e.g. `ticket received by the MCO`, when the rule names it (the head of the text). */
  readonly startLabel?: string;
  readonly counting: Counting;
  /** Number of days counted (0 for a fixed date). */
  readonly amount: number;
  /**
   * The open-point options, by name, with the value used. Lean: only the options that decided a
   * step of this date, i.e. whose other values would have given another date for these facts
   * (`businessDayStart` when a business-day count starts on a day that is not a business day;
   * `roll` and `unstatedRoll` when the counted date is not a business day; an option that chose
   * the amount, e.g. `bulkExtension`); absent when none. The options that chose the start date
   * (`mcoClockStart`, `hfsReviewClockFrom`, `submissionWindowStart`, …) are told by the start
   * label. Full: every option used.
   */
  readonly options?: Readonly<Record<string, string>>;
  readonly steps: readonly ExplanationStep[];
  readonly result: IsoDate;
  /** Full record only: the text `explanationText` renders. */
  readonly text?: string;
}

/** The full record of an {@link Explanation} (`detail: "full"`): every field present. */
export interface FullExplanation extends Explanation {
  readonly ruleId: RuleId;
  readonly source: readonly string[];
  readonly documents: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * Where an obligation stands as of `asOf`:
 * - `met`: done on or before the due date;
 * - `late`: done, after the due date;
 * - `open`: not done, and the due date has not passed;
 * - `missed`: not done, and the due date has passed;
 * - `not used`: a party's right to act (a provider's contest, HFS review request, information or
 *   evidence) that lapsed unused and closed its case: the case's consequence, not a violation
 *   (`daysLate` 0). A closed case's deadlines stop counting at the closure: a `missed` deadline
 *   of a closed case counts its days late up to the closure date, never after;
 * - `not applicable`: the obligation does not apply to these facts (a spenddown month whose
 *   payment is not required: a $0.00 spenddown, or the member self-terminated that month,
 *   SPENDDOWN-PAYMENT-DUE): never open, missed or late, `daysLate` 0, not work for anyone.
 */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Every {@link DeadlineStatus}, from done to not applying. */
export const DEADLINE_STATUSES = Object.freeze([
  "met",
  "late",
  "open",
  "missed",
  "not used",
  "not applicable",
] as const);

/** The one kind of deadline every area returns. */
export interface Deadline {
  readonly ruleId: RuleId;
  /** Short name of the obligation in the policy's words, e.g. `proposal`, `extended proposal`. */
  readonly name: string;
  readonly party: Party;
  readonly dueDate: IsoDate;
  readonly status: DeadlineStatus;
  /** The date the obligation was met (on time or late), or null. */
  readonly metOn: IsoDate | null;
  /**
   * Calendar days after the due date it was met (late), or has been outstanding as of `asOf`
   * (missed; up to the closure date when its case is closed); else 0.
   */
  readonly daysLate: number;
  readonly explanation: Explanation;
}

/** Every {@link Severity}, the most serious first. */
export const SEVERITIES = Object.freeze(["error", "warning", "info"] as const);

export type Severity = (typeof SEVERITIES)[number];

/** One kind of finding a rule can give: its stable code and what it means (docs/rules.md). */
export interface FindingCodeEntry {
  readonly ruleId: RuleId;
  /** Kebab-case, stable across versions, e.g. `proposal-overdue`. */
  readonly code: string;
  readonly severity: Severity;
  /** What the finding means, in the policy's words, without any input value. */
  readonly summary: string;
  /** The facts a finding of this code carries as fields, beside those every finding has (docs/rules.md). */
  readonly facts: readonly string[];
}

/**
 * A portal fine (PORTAL-FINE) as the sanction calendar consumes it. The portal evaluator
 * produces it for an overdue ticket; callers may also give fines directly.
 */
export interface Fine {
  readonly ticketNumber: string;
  readonly mco: string;
  /** The proposal due date (or extension date, whichever is greater) that was missed. */
  readonly dueDate: IsoDate;
  /** The first day the ticket was overdue (the day after the due date). */
  readonly overdueOn: IsoDate;
  /** The date the fine was issued, when known (a `fine issued` event), else null. */
  readonly issuedOn: IsoDate | null;
  /** Integer cents: 500000 = $5,000.00. */
  readonly amountCents: number;
}
