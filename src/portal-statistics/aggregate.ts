/** The counts of one group of tickets (or of all of them). */
export interface GroupCounts {
  /** Complaints in the group; always `open + closed`. */
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  /** Closed tickets by closure reason (keys sorted); the values add up to `closed`. */
  readonly closedByReason: Readonly<Record<string, number>>;
  /** Tickets whose proposal was not submitted by its due date (late or still missing). */
  readonly overdue: number;
  /** Open tickets overdue as of the evaluation date (no proposal by the due date, and still none). */
  readonly overdueOpen: number;
  /** Fines (PORTAL-FINE) on the group's tickets: each overdue ticket's fine, issued or not. */
  readonly fines: number;
  /** Of those, the fines with an issue date (a `fine issued` event). */
  readonly finesIssued: number;
  readonly sanctionTotalCents: number;
  /** E.g. `$10,000.00`. */
  readonly sanctionTotal: string;
  readonly upheld: number;
  readonly overturned: number;
  /** Tickets with a written proposal and a known MCO receipt (the ones the median counts). */
  readonly proposals: number;
  /** Median calendar days from the MCO's receipt of the ticket to the proposal, or null without any. */
  readonly medianDaysToProposal: number | null;
}

/**
 * @internal The median of numbers the library counted (the mean of the two middle values for an
 * even count), or null; `median` checks a caller's list at the boundary (src/api/operations/statistics-runs.ts).
 *
 * @example medianOf([3, 1, 2, 10]) // 2.5
 */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
