import { listArgument } from "../../core/arguments.js";
import { batchItem, runBatch } from "../../core/batch.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { StatisticsReportSettings } from "../../portal-statistics/options.js";
import { StatisticsReportOptionsSchema } from "../../portal-statistics/options-schema.js";
import { type CountedTicket, ticketCounter } from "../../portal-statistics/portal-statistics.js";
import {
  type ResolvedReportSettings,
  type StatisticsReport,
  statisticsReportCounter,
} from "../../portal-statistics/report.js";
import type { PortalOptions } from "../../portal/options.js";
import { readAreaSettings, wrapOptions } from "../area-settings.js";
import { readTicketSettings } from "../settings/portal.js";
import { parseTicket, TICKET_ITEMS } from "./portal-runs.js";

// The checked run of `statisticsReport` (declared in ./statistics.ts): the settings and the list
// are checked here; src/portal-statistics counts parsed tickets and suppresses (statisticsReportOf).

/** The threshold of small-cell suppression unless the caller gives one: the CMS cell-size policy hides 1 to 10. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 11;

const WRAPPED = wrapOptions(StatisticsReportOptionsSchema);

/** The settings, checked once: how each ticket is counted (the portal options read once), and the report's own. */
function readReportSettings(settings: StatisticsReportSettings) {
  const read = readAreaSettings(settings, {
    fn: "statisticsReport",
    ruleId: "PORTAL-STATISTICS",
    schema: StatisticsReportOptionsSchema,
    wrapped: WRAPPED,
    asOf: true,
    batch: true,
  });
  const asOf = read.asOf as IsoDate;
  const { portal, fineDateBasis, suppression } = read.options;
  const count = ticketCounter(
    readTicketSettings(
      { asOf, calendar: read.calendar, ...(portal !== undefined ? { options: portal as PortalOptions } : {}) },
      "evaluateTickets",
    ),
  );
  const report: ResolvedReportSettings = {
    fineDateBasis: fineDateBasis ?? "issued",
    threshold: suppression?.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
  };
  return { count, asOf, report, onError: read.onError };
}

/**
 * @internal The checked run of `statisticsReport`: the settings, the list, then each ticket parsed
 * once and counted (a bad one is named, or collected, by the batch).
 */
export function statisticsReportRun(tickets: readonly unknown[], settings: StatisticsReportSettings): StatisticsReport {
  const { count, asOf, report, onError } = readReportSettings(settings);
  listArgument(tickets, "statisticsReport", "tickets");
  const counter = statisticsReportCounter(asOf, report);
  const counted = runBatch<unknown, CountedTicket, "ticketNumber">(tickets, onError, TICKET_ITEMS, (t) =>
    count(parseTicket(t)),
  );
  for (const item of counted) counter.add(item);
  return counter.finish();
}

/** `statisticsReport` one ticket at a time: {@link statisticsReportBuilder}. */
export interface StatisticsReportBuilder {
  /** Counts one ticket (the next index); under `collect`, true when it was invalid (it is listed, not counted). */
  readonly add: (ticket: unknown) => boolean;
  readonly finish: () => StatisticsReport;
}

/**
 * @internal `statisticsReport` for a caller that streams its tickets (the CLI's `statistics
 * --format html`): the settings checked once, each ticket parsed and counted as it is added. The
 * same answer as `statisticsReport` of the same tickets.
 */
export function statisticsReportBuilder(settings: StatisticsReportSettings): StatisticsReportBuilder {
  const { count, asOf, report, onError } = readReportSettings(settings);
  const counter = statisticsReportCounter(asOf, report);
  let index = 0;
  const add = (ticket: unknown) => {
    const item = batchItem<unknown, CountedTicket, "ticketNumber">(ticket, index++, onError, TICKET_ITEMS, (t) =>
      count(parseTicket(t)),
    );
    counter.add(item);
    return "status" in item;
  };
  return { add, finish: counter.finish };
}
