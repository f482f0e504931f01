import { type OnError, onErrorOf, runBatch } from "../core/batch.js";
import type { IsoDate, } from "../core/iso-date.js";
import { type EvaluateTicketSettings, type InvalidTicket, parsedTicketEvaluator, parseTicket, TICKET_ITEMS } from "../portal/evaluate-ticket.js";
import { dateArgument, listArgument, settingsArgument } from "../core/arguments.js";
import { statisticsRecord } from "./from-evaluation.js";
import type { StatisticsOptions } from "./options.js";
import type { StatisticsTicket } from "./record.js";
import { type PortalStatistics, ticketStatistics } from "./ticket-statistics.js";

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

/** The settings of {@link portalStatistics}: those of `evaluateTickets`, the grouping, and `onError`. */
export type PortalStatisticsSettings = EvaluateTicketSettings & StatisticsOptions & { readonly onError?: OnError };

type Counted = { readonly record: StatisticsTicket } | { readonly later: string };

/**
 * Public portal statistics (PORTAL-STATISTICS) of a set of Provider Resolution Portal tickets,
 * each evaluated as of `asOf` with `evaluateTicket`'s rules and options: complaints by MCO,
 * program and provider type (any combination: `groupBy`, default all three), optionally by
 * quarter (`byQuarter`: tickets by the calendar quarter of their portal submission, fines by the
 * quarter of their fine date, the one the sanction notices use, option `fineDateBasis`); for each group and overall: open,
 * closed (by closure reason), overdue, fines and sanction total (integer cents), upheld vs
 * overturned, and the median days from the MCO's receipt of the ticket to its proposal.
 * Tickets submitted in the portal after `asOf` are left out (listed in `submittedAfterAsOf`).
 * A bad ticket stops the statistics by default (`onError: "throw"`, the error names its ticket
 * number and 0-based index); with `onError: "collect"` it is left out of every count and listed
 * in `invalidTickets` (and counted in `invalidCount`). Plain data, sorted, independent of the
 * order of the tickets.
 *
 * @example
 * portalStatistics(tickets, { asOf: "2024-09-30", groupBy: ["mco"], byQuarter: true }).groups
 * // [{ group: { quarter: "2024-Q2", mco: "Acme Health" }, total: 4, open: 1, closed: 3, … }, …]
 */
export function portalStatistics(tickets: readonly unknown[], settings: PortalStatisticsSettings): PortalStatisticsAsOf {
  const { groupBy, byQuarter, fineDateBasis, calendar, options } = settingsArgument(settings, "portalStatistics");
  const asOf = dateArgument(settings.asOf, "portalStatistics", "settings.asOf");
  listArgument(tickets, "portalStatistics", "tickets");
  const evaluate = parsedTicketEvaluator({ asOf, ...(calendar ? { calendar } : {}), ...(options !== undefined ? { options } : {}) });
  const items = runBatch<unknown, Counted, "ticketNumber">(tickets, onErrorOf(settings.onError), TICKET_ITEMS, (t) => {
    const ticket = parseTicket(t);
    // As everywhere, facts after asOf are not known: a ticket submitted later is not counted.
    if (ticket.portalSubmittedOn > asOf) return { later: ticket.ticketNumber };
    return { record: statisticsRecord(ticket, evaluate(ticket)) };
  });
  const records: StatisticsTicket[] = [];
  const later: string[] = [];
  const invalidTickets: InvalidTicket[] = [];
  for (const item of items) {
    if ("status" in item) invalidTickets.push(item);
    else if ("record" in item) records.push(item.record);
    else later.push(item.later);
  }
  const statistics = ticketStatistics(records, { ...(groupBy ? { groupBy } : {}), ...(byQuarter !== undefined ? { byQuarter } : {}), ...(fineDateBasis !== undefined ? { fineDateBasis } : {}) });
  return { ...statistics, asOf, submittedAfterAsOf: later.sort(), invalidCount: invalidTickets.length, invalidTickets };
}
