import type { IsoDate } from "../core/iso-date.js";
import { type InvalidTicket, type ResolvedTicketSettings, ticketEvaluator } from "../portal/evaluate-ticket.js";
import type { Ticket } from "../portal/schemas.js";
import { recordOf } from "./from-evaluation.js";
import type { ResolvedStatisticsOptions } from "./options.js";
import type { StatisticsTicket } from "./record-schema.js";
import { type PortalStatistics, statisticsCounter } from "./ticket-statistics.js";

/** Portal statistics of tickets evaluated as of a date. */
export interface PortalStatisticsAsOf extends PortalStatistics {
  readonly asOf: IsoDate;
  /** Tickets left out because they were submitted in the portal after `asOf` (not known yet). */
  readonly submittedAfterAsOf: readonly string[];
  /** Under `onError: "collect"`: how many tickets could not be evaluated (not in any count). */
  readonly invalidCount: number;
  /** Under `onError: "collect"`: those tickets, in input order (`index` 0-based, `ticketNumber` when readable). */
  readonly invalidTickets: readonly InvalidTicket[];
}

/** One ticket as the statistics count it: its record, or, submitted after `asOf`, its ticket number. */
export type CountedTicket = { readonly record: StatisticsTicket } | { readonly later: string };

/**
 * How the statistics count one parsed ticket as of `settings.asOf` (PORTAL-STATISTICS): evaluated
 * with the portal's rules under the settings (one evaluator for every ticket, sharing its rule
 * lookups) into its statistics record; a ticket submitted in the portal after `asOf` is not
 * known yet (open point 11) and is not counted, only named.
 *
 * @example tickets.map(ticketCounter({ asOf, options }))
 */
export function ticketCounter(settings: ResolvedTicketSettings): (ticket: Ticket) => CountedTicket {
  const evaluate = ticketEvaluator(settings);
  const { asOf } = settings;
  return (ticket) => {
    // As everywhere, facts after asOf are not known: a ticket submitted later is not counted.
    if (ticket.portalSubmittedOn > asOf) return { later: ticket.ticketNumber };
    return { record: recordOf(ticket, evaluate(ticket)) };
  };
}

/** Portal statistics counted one ticket at a time: {@link portalStatisticsCounter}. */
export interface PortalStatisticsCounter {
  readonly add: (item: CountedTicket | InvalidTicket) => void;
  readonly finish: () => PortalStatisticsAsOf;
}

/**
 * {@link portalStatisticsOf} one ticket at a time, for a caller that streams its tickets (the
 * CLI's `statistics`): each counted ticket's record is counted as it is added and not kept
 * (`statisticsCounter`); only the tickets submitted after `asOf` and the invalid ones are listed.
 *
 * @example const counter = portalStatisticsCounter(asOf, grouping); counter.add(count(ticket)); counter.finish()
 */
export function portalStatisticsCounter(asOf: IsoDate, grouping: ResolvedStatisticsOptions): PortalStatisticsCounter {
  const counter = statisticsCounter(grouping);
  const later: string[] = [];
  const invalidTickets: InvalidTicket[] = [];
  const add = (item: CountedTicket | InvalidTicket) => {
    if ("status" in item) invalidTickets.push(item);
    else if ("record" in item) counter.add(item.record);
    else later.push(item.later);
  };
  const finish = (): PortalStatisticsAsOf => ({
    ...counter.finish(),
    asOf,
    submittedAfterAsOf: later.sort(),
    invalidCount: invalidTickets.length,
    invalidTickets,
  });
  return { add, finish };
}

/**
 * Public portal statistics (PORTAL-STATISTICS) of the tickets counted as of `asOf`
 * ({@link ticketCounter}, in input order; the ones the batch could not read are listed as
 * invalid and counted nowhere): the counts overall and per group (`grouping`), the tickets
 * submitted after `asOf` by number (sorted), and the invalid ones. The policy of
 * `portalStatistics` (the tickets parsed and the settings read at the boundary:
 * src/api/operations/statistics-runs.ts).
 *
 * @example portalStatisticsOf(tickets.map(ticketCounter({ asOf, options })), asOf, grouping).overall.total
 */
export function portalStatisticsOf(
  counted: readonly (CountedTicket | InvalidTicket)[],
  asOf: IsoDate,
  grouping: ResolvedStatisticsOptions,
): PortalStatisticsAsOf {
  const counter = portalStatisticsCounter(asOf, grouping);
  for (const item of counted) counter.add(item);
  return counter.finish();
}
