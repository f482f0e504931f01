import { TicketSchema } from "../../portal/schemas.js";
import { FineSchema } from "../../sanctions/fine-schema.js";
import { data, items, settings, value } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { fineQuarterRun, portalStatisticsRun, statisticsRecordRun, ticketStatisticsRun } from "./statistics-runs.js";
import { statisticsReportRun } from "./statistics-report-runs.js";

// Portal statistics (docs/statistics.md): each public operation declared once (src/api/operation.ts).
// The checked runs are in ./statistics-runs.ts.

export const PORTAL_STATISTICS = /* @__PURE__ */ declareOperation({
  name: "portalStatistics",
  area: "statistics",
  summary:
    "Public portal statistics (PORTAL-STATISTICS) of a set of Provider Resolution Portal tickets, each evaluated as " +
    "of `settings.asOf` with `evaluateTicket`'s rules, calendar and options (`options.portal`).",
  context: "PORTAL-STATISTICS",
  arguments: [/* @__PURE__ */ items("tickets", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules", "onError"],
  run: portalStatisticsRun,
});

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
export const portalStatistics = /* @__PURE__ */ entry(PORTAL_STATISTICS);

export const TICKET_STATISTICS = /* @__PURE__ */ declareOperation({
  name: "ticketStatistics",
  area: "statistics",
  summary: "Portal statistics of a set of tickets given as StatisticsTicket records (PORTAL-STATISTICS).",
  context: "PORTAL-STATISTICS",
  arguments: [/* @__PURE__ */ data("tickets"), /* @__PURE__ */ settings()],
  settings: ["options"],
  run: ticketStatisticsRun,
});

/**
 * Portal statistics of a set of tickets given as {@link StatisticsTicket} records
 * (PORTAL-STATISTICS): complaints by MCO, program and provider type (any combination, `groupBy`),
 * optionally by quarter (`byQuarter`: a ticket in the calendar quarter of its portal submission,
 * its fines in the quarter of their fine date as on the sanction notices, `fineDateBasis`), with open, closed (by
 * reason), overdue, fines and sanction total, upheld vs overturned, and the median days from MCO receipt to proposal.
 * The result does not depend on the order of the tickets.
 *
 * @example
 * ticketStatistics(records, { options: { groupBy: ["mco"], byQuarter: true } }).groups[0]
 * // { group: { quarter: "2024-Q1", mco: "Acme Health" }, total: 3, open: 1, closed: 2, … }
 */
export const ticketStatistics = /* @__PURE__ */ entry(TICKET_STATISTICS);

export const STATISTICS_RECORD = /* @__PURE__ */ declareOperation({
  name: "statisticsRecord",
  area: "statistics",
  summary: "The statistics record of one ticket and its evaluation (PORTAL-STATISTICS).",
  context: "PORTAL-STATISTICS",
  arguments: [/* @__PURE__ */ data("ticket", TicketSchema), /* @__PURE__ */ data("evaluation")],
  settings: [],
  run: statisticsRecordRun,
});

/**
 * The statistics record of one ticket and its evaluation (PORTAL-STATISTICS): status and closure
 * reason, MCO receipt and proposal dates, overdue, fine and Upheld/Overturned. `TicketEvaluation`
 * does not carry the proposal's checkboxes, so they are read from the ticket's events. An
 * evaluation dated before the ticket's portal submission ("not yet submitted") is a
 * `RuleInputError`: leave such tickets out, as `portalStatistics` does.
 *
 * @example statisticsRecord(ticket, evaluateParsedTicket(ticket, { asOf: "2024-07-10" })).status // "open"
 */
export const statisticsRecord = /* @__PURE__ */ entry(STATISTICS_RECORD);

export const FINE_QUARTER = /* @__PURE__ */ declareOperation({
  name: "fineQuarter",
  area: "statistics",
  summary: "The quarter a fine is counted in, by statistics and sanction notices alike.",
  context: "PORTAL-STATISTICS",
  arguments: [/* @__PURE__ */ data("fine", FineSchema), /* @__PURE__ */ value("basis", true)],
  settings: [],
  run: fineQuarterRun,
});

/**
 * The quarter a fine is counted in, by statistics and sanction notices alike: the reporting
 * period (SANCTION-PERIOD) of its fine date (`fineDateOf`, open point 6, option `fineDateBasis`:
 * the issue date by default, else the day the ticket went overdue). A fine dated before portal
 * sanctions were in force has no reporting period (no notice lists it); it is counted in the
 * calendar quarter of that date.
 *
 * @example fineQuarter({ ...fine, overdueOn: "2025-03-29", issuedOn: "2025-04-02" }, "issued") // "2025-Q2"
 */
export const fineQuarter = /* @__PURE__ */ entry(FINE_QUARTER);

export const STATISTICS_REPORT = /* @__PURE__ */ declareOperation({
  name: "statisticsReport",
  area: "statistics",
  summary:
    "The portal statistics for publication (PORTAL-STATISTICS) as tables, small counts hidden " +
    "(`options.suppression`, threshold 11 by default) with the complements that keep them hidden from the totals.",
  context: "PORTAL-STATISTICS",
  arguments: [/* @__PURE__ */ items("tickets", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "onError"],
  run: statisticsReportRun,
});

/**
 * The portal statistics for publication (PORTAL-STATISTICS: "HFS will report MCO Resolution
 * Portal statistics on its HFS Care Coordination website"), as plain tables: complaints by MCO, by
 * program and by provider type per quarter of portal submission; open and closed, and overdue, by
 * MCO; portal fines (counts and amounts) by MCO and quarter of the fine; sanction notices by MCO.
 * Each ticket is evaluated as `portalStatistics` does (`asOf`, calendar, `options.portal`,
 * `options.fineDateBasis`, `onError`). Small-cell suppression is on: every count from 1 to
 * `options.suppression.threshold − 1` (default 11: 1 to 10, the CMS cell-size suppression policy)
 * is `null`, and so are the other cells and totals it takes that none can be worked out from the
 * numbers shown (tables that show the same total hide it alike; a fine amount is hidden with its
 * count). `note` says so, for the page (`statistics --format html`).
 *
 * @example
 * statisticsReport(tickets, { asOf: "2024-09-30" }).tables[0]
 * // { id: "complaints-by-mco", rows: ["Acme Health", …], cells: [[null, 14, …], …], rowTotals: [...], … }
 * @example statisticsReport(tickets, { asOf: "2024-09-30", options: { suppression: { threshold: 1 } } }).hidden // 0
 */
export const statisticsReport = /* @__PURE__ */ entry(STATISTICS_REPORT);
