import { calendarQuarterOf } from "../calendar/quarter.js";
import { fineQuarterOf } from "./fine-quarter.js";
import type { GroupCounts } from "./aggregate.js";
import type { ResolvedStatisticsOptions, StatisticsDimension } from "./options.js";
import type { StatisticsTicket } from "./record-schema.js";
import {
  addFine,
  addTicket,
  type FineTally,
  fineTally,
  fineTallyCounts,
  type TicketTally,
  ticketCounts,
  ticketTally,
} from "./tally.js";

/** What a group is: the value of each grouping dimension, and the quarter when asked. */
export interface StatisticsGroupKey {
  readonly mco?: string;
  readonly program?: string;
  readonly providerType?: string;
  /** E.g. `2024-Q2` (calendar quarter). */
  readonly quarter?: string;
}

export interface GroupStatistics extends GroupCounts {
  readonly group: StatisticsGroupKey;
}

/** Portal statistics: the counts overall and per group, plain data for a report or a chart. */
export interface PortalStatistics {
  readonly ruleId: "PORTAL-STATISTICS";
  readonly groupBy: readonly StatisticsDimension[];
  readonly byQuarter: boolean;
  readonly overall: GroupCounts;
  /**
   * One entry per group with at least one ticket (or, by quarter, one fine), sorted by quarter then the dimensions in
   * order.
   */
  readonly groups: readonly GroupStatistics[];
}

function keyOf(
  t: StatisticsTicket,
  o: ResolvedStatisticsOptions,
  quarter = calendarQuarterOf(t.portalSubmittedOn).id,
): StatisticsGroupKey {
  const key: Record<string, string> = {};
  if (o.byQuarter) key.quarter = quarter;
  for (const dim of o.groupBy) key[dim] = t[dim];
  return key;
}

interface GroupTally {
  readonly key: StatisticsGroupKey;
  readonly tickets: TicketTally;
  readonly fines: FineTally;
}
type Groups = Map<string, GroupTally>;

function groupOf(groups: Groups, key: StatisticsGroupKey): GroupTally {
  const id = JSON.stringify(key);
  const group = groups.get(id) ?? { key, tickets: ticketTally(), fines: fineTally() };
  groups.set(id, group);
  return group;
}

/** Statistics counted one checked record at a time: {@link statisticsCounter}. */
export interface StatisticsCounter {
  readonly add: (record: StatisticsTicket) => void;
  readonly finish: () => PortalStatistics;
}

function compareKeys(a: StatisticsGroupKey, b: StatisticsGroupKey, o: ResolvedStatisticsOptions): number {
  for (const field of [...(o.byQuarter ? ["quarter" as const] : []), ...o.groupBy]) {
    const x = a[field] ?? "";
    const y = b[field] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * {@link statisticsOf} one record at a time: each record is counted as it is added (its group,
 * and by quarter each fine's group, `fineQuarterOf`) and not kept, so the memory grows with the
 * groups, not the records. `finish` gives the statistics of the records added.
 *
 * @example const counter = statisticsCounter(o); for (const r of records) counter.add(r); counter.finish()
 */
export function statisticsCounter(o: ResolvedStatisticsOptions): StatisticsCounter {
  const groups: Groups = new Map();
  const overall = ticketTally();
  // By quarter, a ticket counts in its submission quarter and each fine in the quarter the
  // sanction notices put it in (fineQuarter): a group may have fines and no ticket.
  const add = (t: StatisticsTicket) => {
    addTicket(groupOf(groups, keyOf(t, o)).tickets, t);
    for (const fine of t.fines) {
      const key = o.byQuarter ? keyOf(t, o, fineQuarterOf(fine, o.fineDateBasis)) : keyOf(t, o);
      addFine(groupOf(groups, key).fines, fine);
    }
    addTicket(overall, t);
  };
  const finish = (): PortalStatistics => ({
    ruleId: "PORTAL-STATISTICS",
    groupBy: o.groupBy,
    byQuarter: o.byQuarter,
    overall: ticketCounts(overall),
    groups: [...groups.values()]
      .sort((a, b) => compareKeys(a.key, b.key, o))
      .map(({ key, tickets, fines }) => ({ group: key, ...ticketCounts(tickets), ...fineTallyCounts(fines) })),
  });
  return { add, finish };
}

/**
 * Portal statistics of a set of checked {@link StatisticsTicket} records (PORTAL-STATISTICS):
 * complaints by MCO, program and provider type (any combination, `groupBy`), optionally by
 * quarter (`byQuarter`: a ticket in the calendar quarter of its portal submission, its fines in
 * the quarter of their fine date as on the sanction notices, `fineDateBasis`), with open, closed
 * (by reason), overdue, fines and sanction total, upheld vs overturned, and the median days from
 * MCO receipt to proposal; independent of the order of the records. The policy of
 * `ticketStatistics` and `portalStatistics` (checked at the boundary:
 * src/api/operations/statistics-runs.ts).
 *
 * @example statisticsOf(records, { groupBy: ["mco"], byQuarter: true, fineDateBasis: "issued" }).groups[0]
 */
export function statisticsOf(records: readonly StatisticsTicket[], o: ResolvedStatisticsOptions): PortalStatistics {
  const counter = statisticsCounter(o);
  for (const t of records) counter.add(t);
  return counter.finish();
}
