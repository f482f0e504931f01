import { compareText } from "../core/compare.js";
import type { IsoDate } from "../core/iso-date.js";
import type { InvalidTicket } from "../portal/evaluate-ticket.js";
import { fineDateOf } from "../sanctions/fine-date.js";
import { inForce } from "../sanctions/fine-findings.js";
import type { FineDateBasis } from "../sanctions/options.js";
import { reportingPeriodOf } from "../sanctions/reporting-period.js";
import type { CountedTicket } from "./portal-statistics.js";
import type { StatisticsDimension } from "./options.js";
import type { StatisticsTicket } from "./record-schema.js";
import { type PublishedTable, publishedTable, suppressLinked, type TableDraft } from "./report-tables.js";
import { type StatisticsCounter, statisticsCounter } from "./ticket-statistics.js";
import { type ReportCounts, reportNote, type ReportDrafts, reportDrafts } from "./report-drafts.js";

// The statistics report for publication (PORTAL-STATISTICS: "HFS will report MCO Resolution Portal
// statistics on its HFS Care Coordination website"): the tables HFS may post, small cells
// suppressed (option `suppression`). Counted one ticket at a time, as the statistics are.

/** The settings of the report, resolved: the fine date basis, and the suppression threshold. */
export interface ResolvedReportSettings {
  readonly fineDateBasis: FineDateBasis;
  /** Counts from 1 to `threshold − 1` are hidden (11: the CMS cell-size suppression policy); 1 hides none. */
  readonly threshold: number;
}

/** The statistics report: the tables as published, hidden counts null, and what was done. */
export interface StatisticsReport {
  readonly ruleId: "PORTAL-STATISTICS";
  readonly asOf: IsoDate;
  readonly suppression: { readonly threshold: number };
  /** In the page's order: complaints by MCO, program and provider type per quarter; open and closed, overdue; fines. */
  readonly tables: readonly PublishedTable[];
  /** How many numbers are hidden, in all the tables. */
  readonly hidden: number;
  /** What was suppressed and why, for the page. */
  readonly note: string;
  /** Tickets counted (submitted in the portal by `asOf`). */
  readonly counted: number;
  /** Tickets left out: submitted in the portal after `asOf`. */
  readonly submittedAfterAsOf: number;
  /** Under `onError: "collect"`: how many tickets could not be evaluated (not in any count). */
  readonly invalidCount: number;
  readonly invalidTickets: readonly InvalidTicket[];
}

function grouped(dimension: StatisticsDimension, byQuarter: boolean, basis: FineDateBasis): StatisticsCounter {
  return statisticsCounter({ groupBy: [dimension], byQuarter, fineDateBasis: basis });
}

/** The counts of a report, one record at a time. */
function reportCounter(basis: FineDateBasis) {
  const counters = {
    byMcoQuarter: grouped("mco", true, basis),
    byProgramQuarter: grouped("program", true, basis),
    byProviderTypeQuarter: grouped("providerType", true, basis),
    byMco: grouped("mco", false, basis),
  };
  // A notice is due for each MCO and reporting period with a fine, as sanctionNotices groups them.
  const periods = new Map<string, Set<string>>();
  const add = (record: StatisticsTicket) => {
    for (const counter of Object.values(counters)) counter.add(record);
    for (const fine of record.fines) {
      const { date } = fineDateOf(fine, basis);
      if (!inForce(date)) continue;
      const set = periods.get(fine.mco) ?? new Set<string>();
      periods.set(fine.mco, set.add(reportingPeriodOf(date).id));
    }
  };
  const finish = (): ReportCounts => ({
    byMcoQuarter: counters.byMcoQuarter.finish(),
    byProgramQuarter: counters.byProgramQuarter.finish(),
    byProviderTypeQuarter: counters.byProviderTypeQuarter.finish(),
    byMco: counters.byMco.finish(),
    notices: new Map([...periods.keys()].sort(compareText).map((mco) => [mco, periods.get(mco)?.size ?? 0])),
  });
  return { add, finish };
}

/** The tables of the counts, suppressed together (the totals they share hidden alike). */
export function reportTables(counts: ReportCounts, threshold: number): PublishedTable[] {
  const { drafts, links }: ReportDrafts = reportDrafts(counts);
  const counting = drafts.filter((d) => d.amountsOf === undefined);
  const hidden = suppressLinked(counting, links, threshold);
  const byId = new Map(counting.map((d, t) => [d.id, hidden[t]]));
  // An amount is its count × $5,000 (PORTAL-FINE): it is hidden wherever its count is.
  return drafts.map((d: TableDraft) => {
    const h = byId.get(d.amountsOf ?? d.id);
    if (h === undefined) throw new Error(`statistics report: no table ${d.amountsOf ?? d.id}`);
    return publishedTable(d, h);
  });
}

/** The statistics report, counted one ticket at a time: {@link statisticsReportCounter}. */
export interface StatisticsReportCounter {
  readonly add: (item: CountedTicket | InvalidTicket) => void;
  readonly finish: () => StatisticsReport;
}

/**
 * {@link statisticsReportOf} one ticket at a time (the CLI's `statistics --format html`): each
 * record is counted as it is added and not kept.
 *
 * @example const counter = statisticsReportCounter(asOf, settings); counter.add(count(ticket)); counter.finish()
 */
export function statisticsReportCounter(asOf: IsoDate, settings: ResolvedReportSettings): StatisticsReportCounter {
  const counter = reportCounter(settings.fineDateBasis);
  const invalidTickets: InvalidTicket[] = [];
  let later = 0;
  let counted = 0;
  const add = (item: CountedTicket | InvalidTicket) => {
    if ("status" in item) invalidTickets.push(item);
    else if ("record" in item) {
      counted++;
      counter.add(item.record);
    } else later++;
  };
  const finish = (): StatisticsReport => {
    const tables = reportTables(counter.finish(), settings.threshold);
    const hidden = tables.reduce((n, t) => n + t.hidden, 0);
    return {
      ruleId: "PORTAL-STATISTICS",
      asOf,
      suppression: { threshold: settings.threshold },
      tables,
      hidden,
      note: reportNote(settings.threshold, hidden),
      counted,
      submittedAfterAsOf: later,
      invalidCount: invalidTickets.length,
      invalidTickets,
    };
  };
  return { add, finish };
}

/**
 * The statistics report for publication (PORTAL-STATISTICS) of the tickets counted as of `asOf`
 * (`ticketCounter`): complaints by MCO, program and provider type per quarter of portal
 * submission; open, closed and overdue by MCO; fines (counts and amounts) by MCO and quarter, and
 * sanction notices by MCO; every count from 1 to `threshold − 1` hidden, and the complements that
 * keep it hidden from the totals (`suppressCounts`). The policy of `statisticsReport` (checked at
 * the boundary: src/api/operations/statistics-report-runs.ts).
 *
 * @example statisticsReportOf(tickets.map(ticketCounter(settings)), asOf, { fineDateBasis: "issued", threshold: 11 })
 */
export function statisticsReportOf(
  counted: readonly (CountedTicket | InvalidTicket)[],
  asOf: IsoDate,
  settings: ResolvedReportSettings,
): StatisticsReport {
  const counter = statisticsReportCounter(asOf, settings);
  for (const item of counted) counter.add(item);
  return counter.finish();
}
