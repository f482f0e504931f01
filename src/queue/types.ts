import type { RuleId } from "../rules/rule-id.js";
import type { IsoDate } from "../core/iso-date.js";
import type { DeadlineStatus, Explanation, Party } from "../core/types.js";

/** Every {@link QueueArea}. */
export const QUEUE_AREAS = Object.freeze(["portal", "webcm", "spenddown", "sanctions"] as const);

/** The area a queue item comes from. */
export type QueueArea = (typeof QUEUE_AREAS)[number];

/**
 * The deadline statuses that are work: not done yet, due or overdue. The others are not work: a
 * deadline met or late is done, one `not used` lapsed with its case, one `not applicable` does
 * not apply (a spenddown month whose payment is not required).
 */
export const QUEUE_STATUSES = Object.freeze(["open", "missed"] as const satisfies readonly DeadlineStatus[]);

/** The status of a queue item. */
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** Every {@link AtRiskLevel}, from the least to the most urgent. */
export const AT_RISK_LEVELS = Object.freeze(["on track", "warning", "critical", "breached"] as const);

/**
 * What a queue item is about, as far as the area's result says: the ticket number, the member
 * (WebCM: the member as the caller identified them, labelled by the result's position; spenddown: the member ID, and
 * their position in the provider's quarter), the provider, the MCO, the period. `label` is a short line for a
 * person; it never holds a member ID (docs/privacy.md): a member is named by position or not
 * at all.
 */
export interface QueueSubject {
  readonly ticketNumber?: string;
  readonly member?: string;
  /** 1-based position of the member in the provider's quarter (sorted by member ID). */
  readonly memberPosition?: number;
  readonly provider?: string;
  readonly mco?: string;
  /** E.g. `2024-Q3` (sanction reporting period, spenddown quarter) or `2024-07` (a month). */
  readonly period?: string;
  readonly label: string;
}

/**
 * How far into its period a deadline is (share of the period elapsed): `on track` below the
 * warning level, `warning`, `critical`, and `breached` once missed.
 */
export type AtRiskLevel = (typeof AT_RISK_LEVELS)[number];

/** One open or missed deadline of the work queue. */
export interface WorkQueueItem {
  readonly area: QueueArea;
  readonly dueDate: IsoDate;
  /** Business days from `asOf` to the due date (`businessDaysBetween`): negative when missed. */
  readonly businessDaysLeft: number;
  /** Calendar days from `asOf` to the due date: negative when missed. */
  readonly calendarDaysLeft: number;
  readonly status: QueueStatus;
  readonly ruleId: RuleId;
  readonly name: string;
  readonly party: Party;
  readonly subject: QueueSubject;
  readonly atRisk: AtRiskLevel;
  /** Share of the period (explanation start → due date) elapsed as of `asOf`, in whole percent. */
  readonly elapsedPercent: number;
  readonly explanation: Explanation;
}

/** The queue as of a date. */
export interface WorkQueue {
  readonly asOf: IsoDate;
  readonly items: readonly WorkQueueItem[];
  /** The options used, by name (the window, the parties, the at-risk levels). */
  readonly options: Readonly<Record<string, string>>;
}
