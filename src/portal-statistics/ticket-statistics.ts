import { calendarQuarterOf } from "../calendar/quarter.js";
import type { Fine } from "../core/types.js";
import { countFines, fineQuarterOf } from "./fine-quarter.js";
import { countRecords, type GroupCounts } from "./aggregate.js";
import type { ResolvedStatisticsOptions, StatisticsDimension } from "./options.js";
import type { StatisticsTicket } from "./record-schema.js";

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

type Groups = Map<string, { key: StatisticsGroupKey; tickets: StatisticsTicket[]; fines: Fine[] }>;

function groupOf(groups: Groups, key: StatisticsGroupKey) {
  const id = JSON.stringify(key);
  const group = groups.get(id) ?? { key, tickets: [], fines: [] };
  groups.set(id, group);
  return group;
}

// By quarter, a ticket counts in its submission quarter and each fine in the quarter the
// sanction notices put it in (fineQuarter): a group may have fines and no ticket.
function groupTickets(records: readonly StatisticsTicket[], o: ResolvedStatisticsOptions): Groups {
  const groups: Groups = new Map();
  for (const t of records) {
    groupOf(groups, keyOf(t, o)).tickets.push(t);
    for (const fine of t.fines)
      groupOf(groups, o.byQuarter ? keyOf(t, o, fineQuarterOf(fine, o.fineDateBasis)) : keyOf(t, o)).fines.push(fine);
  }
  return groups;
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
  const groups = groupTickets(records, o);
  return {
    ruleId: "PORTAL-STATISTICS",
    groupBy: o.groupBy,
    byQuarter: o.byQuarter,
    overall: countRecords(records),
    groups: [...groups.values()]
      .sort((a, b) => compareKeys(a.key, b.key, o))
      .map(({ key, tickets: ts, fines }) => ({ group: key, ...countRecords(ts), ...countFines(fines) })),
  };
}
