import { daysBetween } from "../core/iso-date.js";
import { formatCents, sumCents } from "../core/money.js";
import type { StatisticsTicket } from "./record-schema.js";

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

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const keys = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0]));
}

/**
 * @internal The counts of a set of checked records (PORTAL-STATISTICS): open, closed (by
 * reason), overdue, fines and sanction total (integer cents), upheld vs overturned, and the
 * median days from MCO receipt to the proposal; `countTickets` checks a caller's records.
 *
 * @example countRecords([]) // { total: 0, open: 0, closed: 0, …, medianDaysToProposal: null }
 */
export function countRecords(tickets: readonly StatisticsTicket[]): GroupCounts {
  const reasons = new Map<string, number>();
  const days: number[] = [];
  let open = 0;
  let overdue = 0;
  let overdueOpen = 0;
  let fines = 0;
  let issued = 0;
  let cents = 0;
  let upheld = 0;
  let overturned = 0;
  for (const t of tickets) {
    if (t.status === "open") open++;
    if (t.closureReason !== null) reasons.set(t.closureReason, (reasons.get(t.closureReason) ?? 0) + 1);
    if (t.overdue) overdue++;
    if (t.overdueNow && t.status === "open") overdueOpen++;
    fines += t.fines.length;
    issued += t.fines.filter((f) => f.issuedOn !== null).length;
    cents = sumCents(
      [cents, ...t.fines.map((f) => f.amountCents)],
      "tickets[].fines[].amountCents",
      "the fines of the group",
    );
    if (t.decision === "upheld") upheld++;
    if (t.decision === "overturned") overturned++;
    if (t.proposalOn !== null && t.mcoReceivedOn !== null) days.push(daysBetween(t.mcoReceivedOn, t.proposalOn));
  }
  return {
    total: tickets.length,
    open,
    closed: tickets.length - open,
    closedByReason: sortedRecord(reasons),
    overdue,
    overdueOpen,
    fines,
    finesIssued: issued,
    sanctionTotalCents: cents,
    sanctionTotal: formatCents(cents),
    upheld,
    overturned,
    proposals: days.length,
    medianDaysToProposal: medianOf(days),
  };
}
