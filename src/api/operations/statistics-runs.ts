import * as z from "zod/mini";
import { readAreaSettings, wrapOptions } from "../area-settings.js";
import { argumentError, listArgument, settingsArgument } from "../../core/arguments.js";
import { batchItem, runBatch } from "../../core/batch.js";
import { describeValue } from "../../core/describe-value.js";
import { parseInput, RuleInputError } from "../../core/errors.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Fine } from "../../core/types.js";
import { type GroupCounts, medianOf } from "../../portal-statistics/aggregate.js";
import { countRecords } from "../../portal-statistics/tally.js";
import { countFines, type FineCounts, fineQuarterOf } from "../../portal-statistics/fine-quarter.js";
import { recordOf } from "../../portal-statistics/from-evaluation.js";
import type { PortalStatisticsSettings, TicketStatisticsSettings } from "../../portal-statistics/options.js";
import { PortalStatisticsOptionsSchema } from "../../portal-statistics/options-schema.js";
import {
  type CountedTicket,
  type PortalStatisticsAsOf,
  portalStatisticsCounter,
  portalStatisticsOf,
  ticketCounter,
} from "../../portal-statistics/portal-statistics.js";
import {
  type StatisticsTicket,
  StatisticsTicketSchema,
  StatisticsTicketsSchema,
} from "../../portal-statistics/record-schema.js";
import { type PortalStatistics, statisticsOf } from "../../portal-statistics/ticket-statistics.js";
import type { TicketEvaluation } from "../../portal/evaluate-ticket.js";
import type { PortalOptions } from "../../portal/options.js";
import type { Ticket } from "../../portal/schemas.js";
import { FineSchema } from "../../sanctions/fine-schema.js";
import { type FineDateBasis, FineDateBasisSchema } from "../../sanctions/options-schema.js";
import { readTicketSettings } from "../settings/portal.js";
import { readStatisticsSettings, resolvedStatisticsOptions } from "../settings/statistics.js";
import { parseTicket, TICKET_ITEMS } from "./portal-runs.js";

// The checked runs of the portal statistics (declared in ./statistics.ts) and their checked
// helpers (`median`, `countTickets`, `fineCounts`). The arguments are checked here, at the
// boundary, and nowhere in src/portal-statistics: the policy (portalStatisticsOf, statisticsOf,
// recordOf, fineQuarterOf, countRecords, countFines, medianOf) takes parsed tickets, checked
// records and resolved settings.

// The options schema of portalStatistics wrapped as `{ options }` once (readAreaSettings).
const WRAPPED_PORTAL_STATISTICS = wrapOptions(PortalStatisticsOptionsSchema);

/** The settings of `portalStatistics`, checked (the portal's options are read by {@link counterOf}). */
function readPortalStatisticsSettings(settings: PortalStatisticsSettings) {
  return readAreaSettings(settings, {
    fn: "portalStatistics",
    ruleId: "PORTAL-STATISTICS",
    schema: PortalStatisticsOptionsSchema,
    wrapped: WRAPPED_PORTAL_STATISTICS,
    asOf: true,
    batch: true,
  });
}

/** How each ticket is counted (the portal options read once), and how the counted tickets are grouped. */
function counterOf(read: ReturnType<typeof readPortalStatisticsSettings>) {
  const asOf = read.asOf as IsoDate;
  const { portal, ...grouping } = read.options;
  const ticket = readTicketSettings(
    { asOf, calendar: read.calendar, ...(portal !== undefined ? { options: portal as PortalOptions } : {}) },
    "evaluateTickets",
  );
  // The caller's rule versions (settings.rules), read once with the statistics' own settings.
  const count = ticketCounter({ ...ticket, options: { ...ticket.options, ruleBook: read.ruleBook } });
  return { count, asOf, grouping: resolvedStatisticsOptions(grouping) };
}

/**
 * @internal The checked run of `portalStatistics`: the settings, the list, the portal options
 * once; then each ticket parsed once and counted (a bad one is named, or collected, by the batch).
 */
export function portalStatisticsRun(
  tickets: readonly unknown[],
  settings: PortalStatisticsSettings,
): PortalStatisticsAsOf {
  const read = readPortalStatisticsSettings(settings);
  listArgument(tickets, "portalStatistics", "tickets");
  const { count, asOf, grouping } = counterOf(read);
  const counted = runBatch<unknown, CountedTicket, "ticketNumber">(tickets, read.onError, TICKET_ITEMS, (t) =>
    count(parseTicket(t)),
  );
  return portalStatisticsOf(counted, asOf, grouping);
}

/** `portalStatistics` one ticket at a time: {@link portalStatisticsBuilder}. */
export interface PortalStatisticsBuilder {
  /** Counts one ticket (the next index); under `collect`, true when it was invalid (it is listed, not counted). */
  readonly add: (ticket: unknown) => boolean;
  readonly finish: () => PortalStatisticsAsOf;
}

/**
 * @internal `portalStatistics` for a caller that streams its tickets (the CLI's `statistics`):
 * the settings checked once, then each ticket parsed and counted as it is added, as the batch
 * does it (its index counts the tickets added), and only its counts kept. The same answer as
 * `portalStatistics` of the same tickets.
 */
export function portalStatisticsBuilder(settings: PortalStatisticsSettings): PortalStatisticsBuilder {
  const read = readPortalStatisticsSettings(settings);
  const { count, asOf, grouping } = counterOf(read);
  const counter = portalStatisticsCounter(asOf, grouping);
  let index = 0;
  const add = (ticket: unknown) => {
    const item = batchItem<unknown, CountedTicket, "ticketNumber">(ticket, index++, read.onError, TICKET_ITEMS, (t) =>
      count(parseTicket(t)),
    );
    counter.add(item);
    return "status" in item;
  };
  return { add, finish: counter.finish };
}

/** @internal The checked run of `ticketStatistics`: the settings, then the records. */
export function ticketStatisticsRun(
  tickets: readonly StatisticsTicket[],
  settings?: TicketStatisticsSettings,
): PortalStatistics {
  const o = readStatisticsSettings(settings, "ticketStatistics");
  return statisticsOf(parseInput(StatisticsTicketsSchema, tickets, "PORTAL-STATISTICS"), o);
}

/**
 * @internal The checked run of `statisticsRecord`: the ticket, what the record reads of the
 * evaluation, that it is of that ticket and of a date the ticket was submitted by; the record
 * itself is checked by its own schema.
 */
export function statisticsRecordRun(ticket: Ticket, evaluation: TicketEvaluation): StatisticsTicket {
  const parsed = parseTicket(ticket);
  evaluationArgument(evaluation);
  if (evaluation.ticketNumber !== parsed.ticketNumber)
    throw argumentError("statisticsRecord", "evaluation.ticketNumber", "the evaluation is of another ticket");
  if (evaluation.status === "not yet submitted") {
    // Counting it as open would count a complaint the portal did not have as of that date.
    const reason =
      `ticket ${evaluation.ticketNumber} was submitted ${parsed.portalSubmittedOn}, after the ` +
      `evaluation date ${evaluation.asOf}: not counted`;
    throw new RuleInputError([
      { field: "evaluation.status", value: evaluation.status, reason, ruleId: "PORTAL-STATISTICS" },
    ]);
  }
  // What the record takes from the evaluation is checked by the record's own schema.
  return parseInput(StatisticsTicketSchema, recordOf(parsed, evaluation), "statisticsRecord: evaluation");
}

/** What `recordOf` reads of an evaluation, of the right types (a few comparisons). */
function evaluationArgument(evaluation: TicketEvaluation): void {
  const fn = "statisticsRecord";
  settingsArgument(evaluation, fn, "evaluation");
  if (typeof evaluation.status !== "string")
    throw argumentError(fn, "evaluation.status", `expected a ticket status, got ${describeValue(evaluation.status)}`);
  if (typeof evaluation.overdue !== "boolean")
    throw argumentError(fn, "evaluation.overdue", `expected true or false, got ${describeValue(evaluation.overdue)}`);
  for (const key of ["fine", "closure"] as const) {
    const value: unknown = evaluation[key];
    if (value !== null && (typeof value !== "object" || Array.isArray(value)))
      throw argumentError(fn, `evaluation.${key}`, `expected an object or null, got ${describeValue(value)}`);
  }
  listArgument(evaluation.deadlines, fn, "evaluation.deadlines").forEach((d, i) => {
    if (typeof d !== "object" || d === null)
      throw argumentError(fn, `evaluation.deadlines[${i}]`, `expected a deadline, got ${describeValue(d)}`);
  });
}

/** @internal The checked run of `fineQuarter`: the fine, then the basis (default `issued`). */
export function fineQuarterRun(fine: Fine, basis: FineDateBasis = "issued"): string {
  return fineQuarterOf(
    parseInput(FineSchema, fine, "fineQuarter: fine"),
    parseInput(FineDateBasisSchema, basis, "fineQuarter: basis"),
  );
}

/**
 * The median of a list of numbers (the mean of the two middle values for an even count), or null.
 *
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  listArgument(values, "median", "values").forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw argumentError("median", `values[${i}]`, `expected a number, got ${describeValue(v)}`);
  });
  return medianOf(values);
}

/**
 * The counts of a set of tickets (PORTAL-STATISTICS): open, closed (by reason), overdue, fines and
 * sanction total (integer cents), upheld vs overturned, and the median days from MCO receipt to
 * the proposal.
 *
 * @example countTickets([]) // { total: 0, open: 0, closed: 0, …, medianDaysToProposal: null }
 */
export function countTickets(tickets: readonly StatisticsTicket[]): GroupCounts {
  return countRecords(parseInput(StatisticsTicketsSchema, tickets, "countTickets: tickets"));
}

const FinesSchema = z.array(FineSchema);

/**
 * The fine counts of a set of fines: how many, how many issued, the total in integer cents.
 *
 * @example fineCounts([]) // { fines: 0, finesIssued: 0, sanctionTotalCents: 0, sanctionTotal: "$0.00" }
 */
export function fineCounts(fines: readonly Fine[]): FineCounts {
  return countFines(parseInput(FinesSchema, fines, "fineCounts: fines"));
}
