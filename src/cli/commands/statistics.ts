// `statistics`: public portal statistics (PORTAL-STATISTICS) of tickets evaluated as of --as-of,
// grouped by MCO, program and provider type, optionally by quarter, as a table, CSV or JSON.
import type { Command } from "commander";
import { portalStatisticsBuilder } from "../../api/operations/statistics-runs.js";
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import type { PortalStatisticsAsOf } from "../../portal-statistics/portal-statistics.js";
import { type StatisticsDimension, StatisticsDimensionSchema } from "../../portal-statistics/options.js";
import type { InvalidTicket } from "../../portal/evaluate-ticket.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import { FineDateBasisSchema } from "../../sanctions/options-schema.js";
import { eachRecord } from "../collect.js";
import { COUNT_COLUMNS, groupColumns, statisticsRow } from "../columns/statistics-columns.js";
import { toCsv } from "../columns/csv.js";
import { asOfOf, calendarOf, type CommonOptions, UsageError, withCommonOptions } from "../context.js";
import { optionsFile } from "../options-file.js";
import { csvExportHints } from "../reading.js";
import { notATicketHint } from "../record-kind.js";
import { formatOf } from "../records.js";
import { mappedReader, readColumnMap } from "../columns/mapped-csv.js";
import { renderTable } from "../output.js";
import { statisticsPage, thresholdOf } from "./statistics-page.js";

type StatisticsCliOptions = CommonOptions & {
  groupBy?: string;
  byQuarter?: boolean;
  fineDateBasis?: string;
  options?: string;
  columns?: string;
  suppressionThreshold?: string;
  rules?: string;
};

/** The counting of the chosen format: the statistics (table, CSV, JSON) or the report (HTML). */
interface Counting {
  readonly add: (ticket: unknown) => boolean;
  /** The invalid tickets, and the output's writer (given the input's errors, which the JSON output lists). */
  readonly finish: () => {
    readonly invalidTickets: readonly InvalidTicket[];
    readonly write: (errors: object[]) => void;
  };
}

function groupByOf(value: string | undefined): StatisticsDimension[] | undefined {
  if (value === undefined) return undefined;
  const dims = value
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "");
  for (const d of dims)
    if (!StatisticsDimensionSchema.safeParse(d).success)
      throw new UsageError(
        `--group-by takes mco, program and providerType, comma-separated; got ${JSON.stringify(d.slice(0, 40))}`,
      );
  return dims as StatisticsDimension[];
}

function fineDateBasisOf(value: string | undefined) {
  if (value === undefined) return undefined;
  const parsed = FineDateBasisSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(`--fine-date-basis must be issued or overdue, got ${JSON.stringify(value.slice(0, 40))}`);
  return parsed.data;
}

/** Registers `statistics [file]`. */
export function statisticsCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("statistics")
      .description("portal statistics (PORTAL-STATISTICS): complaints by MCO, program, provider type and quarter")
      .argument("[file]", "tickets (default: standard input)"),
  )
    .option("--group-by <dims>", "comma-separated: mco, program, providerType (default: all three)")
    .option(
      "--by-quarter",
      "also split by quarter (tickets by portal submission, fines by the quarter of their sanction notice)",
    )
    .option(
      "--fine-date-basis <basis>",
      "which date puts a fine in a quarter: issued (default) or overdue, as for sanctions notices",
    )
    .option("--options <file>", "the portal's open-point options, as JSON")
    .option("--rules <file>", RULES_HELP)
    .option("--columns <map.yaml>", 'read a flat CSV export through a ticket column map (docs/cli.md, "Column maps")')
    .option(
      "--suppression-threshold <n>",
      "--format html: counts from 1 to n-1 are hidden, with their complements (default 11; 1 hides none)",
    )
    .action(async (file: string | undefined, options: StatisticsCliOptions) => {
      const format = options.format ?? "table";
      if (!["table", "csv", "json", "html"].includes(format))
        throw new UsageError(`--format must be table, csv, json or html, got ${JSON.stringify(format.slice(0, 40))}`);
      const counting = countingOf(format, options);
      const reader =
        options.columns === undefined ? undefined : mappedReader(readColumnMap(options.columns, "tickets"), file);
      // Each ticket is counted as it is read and not kept: only the lines of the invalid ones.
      const invalidLines: number[] = [];
      let kindHint: string | undefined;
      const { errors } = await eachRecord(
        file,
        options.inputFormat,
        (value, line) => ({ value, line }),
        ({ value, line }) => {
          if (!counting.add(value)) return;
          invalidLines.push(line);
          kindHint ??= notATicketHint(value, line);
        },
        reader,
      );
      const { invalidTickets, write } = counting.finish();
      // A ticket the rules reject is named by its line, never by a value (not even its ticket number: it may be the bad
      // field).
      for (const [n, t] of invalidTickets.entries()) {
        const line = invalidLines[n] ?? 0;
        for (const i of t.error.issues)
          errors.push({ line, field: i.field, reason: i.reason, ...(i.ruleId ? { ruleId: i.ruleId } : {}) });
        process.stderr.write(
          `line ${line}: ${t.error.issues.map((i) => `${i.field || "record"}: ${i.reason}`).join("; ")}\n`,
        );
      }
      if (kindHint !== undefined) process.stderr.write(`${kindHint}\n`);
      csvExportHints(formatOf(file, options.inputFormat), errors);
      write(errors);
      if (errors.length > 0) process.stderr.write(`${errors.length} error(s) in the input\n`);
      setExit(errors.length > 0 ? 1 : 0);
    });
}

/** How the chosen format counts: the statistics of the groups, or the report for publication. */
function countingOf(format: string, options: StatisticsCliOptions): Counting {
  const asOf = asOfOf(options);
  const fineDateBasis = fineDateBasisOf(options.fineDateBasis);
  const portal = optionsFile(options.options, PortalOptionsSchema);
  const threshold = thresholdOf(options.suppressionThreshold);
  if (format === "html") {
    if (options.groupBy !== undefined || options.byQuarter)
      throw new UsageError("--group-by and --by-quarter do not apply to --format html: the report has its own tables");
    const rules = rulesSettingOf(options).rules;
    return statisticsPage({ asOf, calendar: calendarOf(options), portal, fineDateBasis, threshold, rules });
  }
  if (threshold !== undefined) throw new UsageError("--suppression-threshold applies to --format html only");
  const groupBy = groupByOf(options.groupBy);
  const builder = portalStatisticsBuilder({
    asOf,
    calendar: calendarOf(options),
    options: {
      portal,
      ...(groupBy ? { groupBy } : {}),
      ...(options.byQuarter ? { byQuarter: true } : {}),
      ...(fineDateBasis ? { fineDateBasis } : {}),
    },
    onError: "collect",
    ...rulesSettingOf(options),
  });
  const finish = () => {
    const stats = builder.finish();
    const write = (errors: object[]) => writeStatistics(format, stats, errors);
    return { invalidTickets: stats.invalidTickets, write };
  };
  return { add: builder.add, finish };
}

/** Writes the statistics as a table, CSV, or JSON with the input's errors. */
function writeStatistics(format: string, stats: PortalStatisticsAsOf, errors: object[]): void {
  if (format === "json") {
    process.stdout.write(`${JSON.stringify({ command: "statistics", ...stats, errors }, null, 2)}\n`);
    return;
  }
  const columns = groupColumns(stats.groupBy, stats.byQuarter);
  const rows = [
    ...stats.groups.map((g) => statisticsRow(columns, g.group, g)),
    statisticsRow(columns, null, stats.overall),
  ];
  const headers = [...columns, ...COUNT_COLUMNS.map(([h]) => h)];
  if (format === "csv") process.stdout.write(toCsv(headers, rows));
  else
    process.stdout.write(
      `Portal statistics as of ${stats.asOf}\n${renderTable(
        headers,
        rows.map((r) => r.map((c) => (c === null ? "-" : String(c)))),
      )}\n`,
    );
}
