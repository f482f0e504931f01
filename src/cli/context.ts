// What every subcommand shares: --as-of (the only clock read), output format, calendar, the
// record loop from a file or stdin.
import type { Command } from "commander";
import { CalendarInputSchema } from "../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../api/resolve-calendar.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import { type IsoDate, IsoDateSchema } from "../core/iso-date.js";
import type { Detail } from "../core/types.js";
import { EXIT_INVALID_RECORDS, EXIT_OK, EXIT_USAGE, Interrupted, UsageError } from "./exit.js";
import { issuesText, jsonOption } from "./json-option.js";
import { type Columns, createWriter, type OutputFormat } from "./output.js";
import { helpOf, withHelp } from "./help.js";
import { runRecords } from "./pipeline.js";
import { DEFAULT_RECORD_MIB } from "./record-limit.js";
import { type RecordReader, startReading, csvExportHints } from "./reading.js";

export { UsageError } from "./exit.js";

/** Today's date in America/Chicago (the HFS offices' time zone): the default `--as-of`. */
export function todayInChicago(): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date()) as IsoDate;
}

export interface CommonOptions {
  asOf?: string;
  format?: string;
  inputFormat?: string;
  calendar?: string;
  detail?: string;
}

/**
 * Adds --as-of, --format (the command's own formats and default, and its examples: help.ts),
 * --calendar, --detail and, to a command that reads records, --input-format and --max-record-size.
 */
export function withCommonOptions(command: Command): Command {
  withHelp(
    command.option("--as-of <date>", "evaluate as of this date (YYYY-MM-DD); default: today in America/Chicago"),
  );
  if (helpOf(command)?.reads)
    command
      .option("--input-format <format>", "input: json, ndjson or csv (default: from the file name, else json)")
      .option(
        "--max-record-size <MiB>",
        `the longest NDJSON line or CSV row read, in MiB (default ${DEFAULT_RECORD_MIB}); a longer one is an error ` +
          "naming its line",
      )
      .option("-q, --quiet", "no progress line on stderr (shown only when stderr is a terminal)");
  return command
    .option(
      "--calendar <file|json>",
      'a JSON calendar file, or inline JSON: {"holidays": [...]} or {"add": [...], "remove": [...]}',
    )
    .option(
      "--detail <detail>",
      "explanations in json/ndjson output: lean (default; the text is rendered in table, text and ics output) or " +
        "full (rule ID, source, documents, every option and the text in each)",
    );
}

/** The `--detail` flag (`lean` by default), or a UsageError naming it. */
export function detailOf(options: CommonOptions): Detail {
  const value = options.detail ?? "lean";
  if (value !== "lean" && value !== "full")
    throw new UsageError(`--detail must be lean or full, got ${JSON.stringify(String(value).slice(0, 40))}`);
  return value;
}

/** An ISO date given as a flag, or a UsageError naming the flag. */
export function dateFlag(value: string, flag: string): IsoDate {
  try {
    return parseInput(IsoDateSchema, value);
  } catch (error) {
    // A flag's value is the user's own typing, not record data: it may be quoted (cut short).
    if (error instanceof RuleInputError)
      throw new UsageError(
        `${flag} ${JSON.stringify(value.slice(0, 40))}: ${issuesText(error).replace(/^input: /, "")}`,
      );
    throw error;
  }
}

export function asOfOf(options: CommonOptions): IsoDate {
  return dateFlag(options.asOf ?? todayInChicago(), "--as-of");
}

export function outputFormatOf(options: CommonOptions): OutputFormat {
  const format = options.format ?? "json";
  if (format !== "json" && format !== "ndjson" && format !== "table")
    throw new UsageError(`--format must be json, ndjson or table, got ${JSON.stringify(format)}`);
  return format;
}

const calendars = new Map<string, BusinessCalendar>();

/** The `--calendar` (a file or inline JSON), read once per run; the State Holidays without it. */
export function calendarOf(options: CommonOptions): BusinessCalendar {
  const value = options.calendar;
  if (value === undefined) return resolveCalendar(undefined);
  const known = calendars.get(value) ?? jsonOption("--calendar", value, CalendarInputSchema, resolveCalendar);
  calendars.set(value, known);
  return known;
}

/**
 * Reads records from `path` (or stdin), evaluates each, writes results in the chosen format and
 * returns the exit code: 0 all good, 1 some records invalid, 2 the input could not be read to
 * the end, 128 + the signal's number when stopped by a signal (130 for Ctrl-C). An input that cannot be opened (or
 * whose CSV header is unusable) throws a UsageError before anything is written.
 */
export async function processRecords<T>(args: {
  command: string;
  path: string | undefined;
  options: CommonOptions;
  header: Record<string, unknown>;
  evaluate: (value: unknown) => T | T[];
  columns: Columns<T>;
  /** Reads the input instead of its format's reader (`ticket --columns`). */
  reader?: RecordReader;
}): Promise<number> {
  const format = outputFormatOf(args.options);
  const reading = await startReading(args.path, args.options.inputFormat, args.reader);
  const writer = createWriter<T>(format, process.stdout, { command: args.command, ...args.header }, args.columns);
  const stderr = (text: string) => process.stderr.write(text);
  const { errors, errorCount, summary, stopped } = await runRecords(reading.items, args.evaluate, writer, stderr);
  writer.end(errors, { ...summary }, stopped?.message, errorCount);
  csvExportHints(reading.format, errors);
  if (summary.invalid > 0) stderr(`${summary.invalid} of ${summary.records} record(s) invalid\n`);
  if (stopped) {
    stderr(`hfs-mco-rules: ${stopped.message}\n`);
    return stopped instanceof Interrupted ? stopped.exitCode : EXIT_USAGE;
  }
  return summary.invalid > 0 ? EXIT_INVALID_RECORDS : EXIT_OK;
}
