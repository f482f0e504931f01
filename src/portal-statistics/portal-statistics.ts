import { dateArgument, listArgument, settingsArgument } from "../core/arguments.js";
import { parseInput } from "../core/errors.js";
import type { IsoDate, } from "../core/iso-date.js";
import { type EvaluateTicketSettings, evaluateTickets } from "../portal/evaluate-ticket.js";
import { type Ticket, TicketSchema } from "../portal/schemas.js";
import { statisticsRecord } from "./from-evaluation.js";
import type { StatisticsOptions } from "./options.js";
import { type PortalStatistics, ticketStatistics } from "./ticket-statistics.js";

/** Portal statistics of tickets evaluated as of a date. */
export interface PortalStatisticsAsOf extends PortalStatistics {
  readonly asOf: IsoDate;
  /** Tickets left out because they were submitted in the portal after `asOf` (not known yet). */
  readonly submittedAfterAsOf: readonly string[];
}

/**
 * Public portal statistics (PORTAL-STATISTICS) of a set of Provider Resolution Portal tickets,
 * each evaluated as of `asOf` with `evaluateTicket`'s rules and options: complaints by MCO,
 * program and provider type (any combination: `groupBy`, default all three), optionally by
 * calendar quarter of the portal submission (`byQuarter`); for each group and overall: open,
 * closed (by closure reason), overdue, fines and sanction total (integer cents), upheld vs
 * overturned, and the median days from the MCO's receipt of the ticket to its proposal.
 * Tickets submitted in the portal after `asOf` are left out (listed in `submittedAfterAsOf`).
 * Plain data, sorted, independent of the order of the tickets.
 *
 * @example
 * portalStatistics(tickets, { asOf: "2024-09-30", groupBy: ["mco"], byQuarter: true }).groups
 * // [{ group: { quarter: "2024-Q2", mco: "Acme Health" }, total: 4, open: 1, closed: 3, … }, …]
 */
export function portalStatistics(tickets: readonly unknown[], settings: EvaluateTicketSettings & StatisticsOptions): PortalStatisticsAsOf {
  const { groupBy, byQuarter, calendar, options } = settingsArgument(settings, "portalStatistics");
  const asOf = dateArgument(settings.asOf, "portalStatistics", "settings.asOf");
  const all: Ticket[] = listArgument(tickets, "portalStatistics", "tickets").map((t, i) => parseInput(TicketSchema, t, `PORTAL-STATISTICS ticket ${i}`));
  // As everywhere, facts after asOf are not known: a ticket submitted later is not counted.
  const parsed = all.filter((t) => t.portalSubmittedOn <= asOf);
  const later = all.filter((t) => t.portalSubmittedOn > asOf).map((t) => t.ticketNumber);
  const evaluations = evaluateTickets(parsed, { asOf, validate: false, ...(calendar ? { calendar } : {}), ...(options !== undefined ? { options } : {}) });
  const records = evaluations.map((evaluation, i) => statisticsRecord(parsed[i] as Ticket, evaluation));
  const statistics = ticketStatistics(records, { ...(groupBy ? { groupBy } : {}), ...(byQuarter !== undefined ? { byQuarter } : {}) });
  return { ...statistics, asOf, submittedAfterAsOf: later.sort() };
}
