import { daysBetween } from "../core/iso-date.js";
import { formatCents, sumCents } from "../core/money.js";
import type { Fine } from "../core/types.js";
import type { GroupCounts } from "./aggregate.js";
import type { FineCounts } from "./fine-quarter.js";
import type { StatisticsTicket } from "./record-schema.js";

// The counts of PORTAL-STATISTICS kept one ticket at a time: counters, the closure reasons and the
// days to a proposal by how often each occurs (the median needs no list of them), so that a million
// tickets are counted in the memory of their distinct values. The answers are those of counting a
// list: countRecords and countFines are these tallies of their lists.

/** The counts of a group so far: {@link addTicket}, then {@link ticketCounts}. */
export interface TicketTally {
  total: number;
  open: number;
  readonly reasons: Map<string, number>;
  overdue: number;
  overdueOpen: number;
  fines: number;
  issued: number;
  cents: number;
  /** The first total beyond the exact range, thrown by {@link ticketCounts} as `sumCents` throws it. */
  overflow: unknown;
  upheld: number;
  overturned: number;
  /** Days from MCO receipt to the proposal, each with how many tickets took it. */
  readonly days: Map<number, number>;
  proposals: number;
}

/** An empty {@link TicketTally}. */
export function ticketTally(): TicketTally {
  return {
    total: 0,
    open: 0,
    reasons: new Map(),
    overdue: 0,
    overdueOpen: 0,
    fines: 0,
    issued: 0,
    cents: 0,
    overflow: undefined,
    upheld: 0,
    overturned: 0,
    days: new Map(),
    proposals: 0,
  };
}

const countOne = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Counts one checked record in `tally`. */
export function addTicket(tally: TicketTally, t: StatisticsTicket): void {
  tally.total++;
  if (t.status === "open") tally.open++;
  if (t.closureReason !== null) countOne(tally.reasons, t.closureReason);
  if (t.overdue) tally.overdue++;
  if (t.overdueNow && t.status === "open") tally.overdueOpen++;
  tally.fines += t.fines.length;
  for (const f of t.fines) if (f.issuedOn !== null) tally.issued++;
  // As a list is summed: the ticket's fines onto the total so far, the first overflow kept for the end.
  if (tally.overflow === undefined) {
    try {
      tally.cents = sumCents(
        [tally.cents, ...t.fines.map((f) => f.amountCents)],
        "tickets[].fines[].amountCents",
        "the fines of the group",
      );
    } catch (error) {
      tally.overflow = error;
    }
  }
  if (t.decision === "upheld") tally.upheld++;
  if (t.decision === "overturned") tally.overturned++;
  if (t.proposalOn !== null && t.mcoReceivedOn !== null) {
    countOne(tally.days, daysBetween(t.mcoReceivedOn, t.proposalOn));
    tally.proposals++;
  }
}

/** The value at a 0-based position of the sorted values counted in `counts`. */
function nthOf(sortedKeys: readonly number[], counts: ReadonlyMap<number, number>, position: number): number {
  let seen = 0;
  for (const key of sortedKeys) {
    seen += counts.get(key) ?? 0;
    if (position < seen) return key;
  }
  return 0;
}

/**
 * @internal The median of the values counted in `counts` (value → how many times), as `medianOf`
 * gives it for the list of those values: the middle one, or the mean of the two middle ones.
 *
 * @example medianOfCounts(new Map([[3, 1], [1, 1], [2, 1], [10, 1]])) // 2.5
 */
export function medianOfCounts(counts: ReadonlyMap<number, number>, size: number): number | null {
  if (size === 0) return null;
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const mid = Math.floor(size / 2);
  const upper = nthOf(keys, counts, mid);
  return size % 2 === 1 ? upper : (nthOf(keys, counts, mid - 1) + upper) / 2;
}

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const keys = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0]));
}

/** The counts of a tally (a total beyond the exact range is thrown here, as `sumCents` threw it). */
export function ticketCounts(tally: TicketTally): GroupCounts {
  if (tally.overflow !== undefined) throw tally.overflow;
  return {
    total: tally.total,
    open: tally.open,
    closed: tally.total - tally.open,
    closedByReason: sortedRecord(tally.reasons),
    overdue: tally.overdue,
    overdueOpen: tally.overdueOpen,
    fines: tally.fines,
    finesIssued: tally.issued,
    sanctionTotalCents: tally.cents,
    sanctionTotal: formatCents(tally.cents),
    upheld: tally.upheld,
    overturned: tally.overturned,
    proposals: tally.proposals,
    medianDaysToProposal: medianOfCounts(tally.days, tally.proposals),
  };
}

/** The fines of a group so far (by quarter, a group's fines are not its tickets' fines). */
export interface FineTally {
  fines: number;
  issued: number;
  cents: number;
  overflow: unknown;
}

/** An empty {@link FineTally}. */
export const fineTally = (): FineTally => ({ fines: 0, issued: 0, cents: 0, overflow: undefined });

/** Counts one checked fine in `tally`. */
export function addFine(tally: FineTally, fine: Fine): void {
  tally.fines++;
  if (fine.issuedOn !== null) tally.issued++;
  if (tally.overflow !== undefined) return;
  try {
    tally.cents = sumCents([tally.cents, fine.amountCents], "tickets[].fines[].amountCents", "the fines of the group");
  } catch (error) {
    // Never the first error: a group's fines are some of all the tickets' fines, each positive
    // (FineSchema), so the overall total (addTicket) went beyond the exact range first.
    tally.overflow = error;
  }
}

/** The fine counts of a tally. */
export function fineTallyCounts(tally: FineTally): FineCounts {
  if (tally.overflow !== undefined) throw tally.overflow;
  return {
    fines: tally.fines,
    finesIssued: tally.issued,
    sanctionTotalCents: tally.cents,
    sanctionTotal: formatCents(tally.cents),
  };
}

/**
 * @internal The counts of a set of checked records (PORTAL-STATISTICS): open, closed (by
 * reason), overdue, fines and sanction total (integer cents), upheld vs overturned, and the
 * median days from MCO receipt to the proposal; `countTickets` checks a caller's records.
 *
 * @example countRecords([]) // { total: 0, open: 0, closed: 0, …, medianDaysToProposal: null }
 */
export function countRecords(tickets: readonly StatisticsTicket[]): GroupCounts {
  const tally = ticketTally();
  for (const t of tickets) addTicket(tally, t);
  return ticketCounts(tally);
}
