import type { PortalOptions } from "../portal/options.js";
import { readAreaSettings } from "../calendar/area-settings.js";
import { runBatch } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import { parsedTicketEvaluator, parseTicket, TICKET_ITEMS } from "../api/operations/portal-runs.js";
import type { InvalidTicket } from "../portal/evaluate-ticket.js";
import { listArgument } from "../core/arguments.js";
import { recordOf } from "./from-evaluation.js";
import { type PortalStatisticsSettings, PortalStatisticsOptionsSchema, resolved } from "./options.js";
import type { StatisticsTicket } from "./record.js";
import { type PortalStatistics, statisticsOf } from "./ticket-statistics.js";

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

type Counted = { readonly record: StatisticsTicket } | { readonly later: string };

/**
 * Public portal statistics (PORTAL-STATISTICS) of a set of Provider Resolution Portal tickets,
 * each evaluated as of `settings.asOf` with `evaluateTicket`'s rules, calendar and options
 * (`options.portal`): complaints by MCO, program and provider type (any combination:
 * `options.groupBy`, default all three), optionally by calendar quarter of the portal submission
 * (`options.byQuarter`); for each group and overall: open,
 * closed (by closure reason), overdue, fines and sanction total (integer cents), upheld vs
 * overturned, and the median days from the MCO's receipt of the ticket to its proposal.
 * Tickets submitted in the portal after `asOf` are left out (listed in `submittedAfterAsOf`).
 * A bad ticket stops the statistics by default (setting `onError: "throw"`, the error names its ticket
 * number and 0-based index); with `onError: "collect"` it is left out of every count and listed
 * in `invalidTickets` (and counted in `invalidCount`). Plain data, sorted, independent of the
 * order of the tickets.
 *
 * @example
 * portalStatistics(tickets, { asOf: "2024-09-30", options: { groupBy: ["mco"], byQuarter: true } }).groups
 * // [{ group: { quarter: "2024-Q2", mco: "Acme Health" }, total: 4, open: 1, closed: 3, … }, …]
 */
export function portalStatistics(
  tickets: readonly unknown[],
  settings: PortalStatisticsSettings,
): PortalStatisticsAsOf {
  const read = readAreaSettings(settings, {
    fn: "portalStatistics",
    ruleId: "PORTAL-STATISTICS",
    schema: PortalStatisticsOptionsSchema,
    asOf: true,
    batch: true,
  });
  const asOf = read.asOf as IsoDate;
  listArgument(tickets, "portalStatistics", "tickets");
  const { portal, ...grouping } = read.options;
  const evaluate = parsedTicketEvaluator({
    asOf,
    calendar: read.calendar,
    ...(portal !== undefined ? { options: portal as PortalOptions } : {}),
  });
  const items = runBatch<unknown, Counted, "ticketNumber">(tickets, read.onError, TICKET_ITEMS, (t) => {
    const ticket = parseTicket(t);
    // As everywhere, facts after asOf are not known: a ticket submitted later is not counted.
    if (ticket.portalSubmittedOn > asOf) return { later: ticket.ticketNumber };
    return { record: recordOf(ticket, evaluate(ticket)) };
  });
  const records: StatisticsTicket[] = [];
  const later: string[] = [];
  const invalidTickets: InvalidTicket[] = [];
  for (const item of items) {
    if ("status" in item) invalidTickets.push(item);
    else if ("record" in item) records.push(item.record);
    else later.push(item.later);
  }
  const statistics = statisticsOf(records, resolved(grouping));
  return { ...statistics, asOf, submittedAfterAsOf: later.sort(), invalidCount: invalidTickets.length, invalidTickets };
}
