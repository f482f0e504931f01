import { calendarQuarterOf } from "../calendar/quarter.js";
import { parseInput } from "../core/errors.js";
import { z } from "zod";
import { countTickets, type GroupCounts } from "./aggregate.js";
import { type ResolvedStatisticsOptions, readStatisticsSettings, type StatisticsDimension, type TicketStatisticsSettings } from "./options.js";
import { type StatisticsTicket, StatisticsTicketSchema } from "./record.js";

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
  /** One entry per group with at least one ticket, sorted by quarter then the dimensions in order. */
  readonly groups: readonly GroupStatistics[];
}


function keyOf(t: StatisticsTicket, o: ResolvedStatisticsOptions): StatisticsGroupKey {
  const key: Record<string, string> = {};
  if (o.byQuarter) key.quarter = calendarQuarterOf(t.portalSubmittedOn).id;
  for (const dim of o.groupBy) key[dim] = t[dim];
  return key;
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
 * Portal statistics of a set of tickets given as {@link StatisticsTicket} records
 * (PORTAL-STATISTICS): complaints by MCO, program and provider type (any combination, `groupBy`),
 * optionally by calendar quarter (`byQuarter`), with open, closed (by reason), overdue, fines and
 * sanction total, upheld vs overturned, and the median days from MCO receipt to proposal. The
 * result does not depend on the order of the tickets.
 *
 * @example
 * ticketStatistics(records, { options: { groupBy: ["mco"], byQuarter: true } }).groups[0]
 * // { group: { quarter: "2024-Q1", mco: "Acme Health" }, total: 3, open: 1, closed: 2, … }
 */
export function ticketStatistics(tickets: readonly StatisticsTicket[], settings?: TicketStatisticsSettings): PortalStatistics {
  const o = readStatisticsSettings(settings, "ticketStatistics");
  return statisticsOf(parseInput(z.array(StatisticsTicketSchema), tickets, "PORTAL-STATISTICS"), o);
}

/** {@link ticketStatistics} of checked records, with resolved options. */
export function statisticsOf(records: readonly StatisticsTicket[], o: ResolvedStatisticsOptions): PortalStatistics {
  const groups = new Map<string, { key: StatisticsGroupKey; tickets: StatisticsTicket[] }>();
  for (const t of records) {
    const key = keyOf(t, o);
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, tickets: [] };
    group.tickets.push(t);
    groups.set(id, group);
  }
  return {
    ruleId: "PORTAL-STATISTICS",
    groupBy: o.groupBy,
    byQuarter: o.byQuarter,
    overall: countTickets(records),
    groups: [...groups.values()].sort((a, b) => compareKeys(a.key, b.key, o)).map(({ key, tickets: ts }) => ({ group: key, ...countTickets(ts) })),
  };
}
