// What every subcommand shares: --as-of (the only clock read), output format, calendar, the
// record loop from a file or stdin.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import { type IsoDate, IsoDateSchema } from "../core/iso-date.js";
import { type Columns, createWriter, type OutputFormat } from "./output.js";
import { runRecords } from "./pipeline.js";
import { formatOf, openInput, readRecords } from "./records.js";

/** Today's date in America/Chicago (the HFS offices' time zone): the default `--as-of`. */
export function todayInChicago(): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date()) as IsoDate;
}

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CommonOptions {
  asOf?: string;
  format?: string;
  inputFormat?: string;
  calendar?: string;
}

/** Adds --as-of, --format, --input-format and --calendar to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option("--as-of <date>", "evaluate as of this date (YYYY-MM-DD); default: today in America/Chicago")
    .option("--format <format>", "output: json (default), ndjson, table, or ics where the command computes dates")
    .option("--input-format <format>", "input: json, ndjson or csv (default: from the file name, else json)")
    .option("--calendar <file>", "a JSON calendar: {\"holidays\": [...]} or {\"add\": [...], \"remove\": [...]}");
}

function usage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(error.message);
    throw error;
  }
}

export function asOfOf(options: CommonOptions): IsoDate {
  return usage(() => parseInput(IsoDateSchema, options.asOf ?? todayInChicago(), "--as-of"));
}

export function outputFormatOf(options: CommonOptions): OutputFormat {
  const format = options.format ?? "json";
  if (format !== "json" && format !== "ndjson" && format !== "table") throw new UsageError(`--format must be json, ndjson or table, got ${JSON.stringify(format)}`);
  return format;
}

export function calendarOf(options: CommonOptions): BusinessCalendar {
  if (options.calendar === undefined) return resolveCalendar(undefined);
  const path = options.calendar;
  return usage(() => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new UsageError(`--calendar ${path}: ${(error as Error).message}`);
    }
    return resolveCalendar(parseInput(CalendarInputSchema, json, `--calendar ${path}`));
  });
}

/**
 * Reads records from `path` (or stdin), evaluates each, writes results in the chosen format and
 * returns the exit code: 0 all good, 1 some records invalid.
 */
export async function processRecords<T>(args: {
  command: string;
  path: string | undefined;
  options: CommonOptions;
  header: Record<string, unknown>;
  evaluate: (value: unknown) => T | T[];
  columns: Columns<T>;
}): Promise<number> {
  const format = outputFormatOf(args.options);
  const inputFormat = formatOf(args.path, args.options.inputFormat);
  const writer = createWriter<T>(format, process.stdout, { command: args.command, ...args.header }, args.columns);
  const stderr = (text: string) => process.stderr.write(text);
  const { errors, summary } = await runRecords(readRecords(openInput(args.path), inputFormat), args.evaluate, writer, stderr);
  writer.end(errors, { ...summary });
  if (summary.invalid > 0) stderr(`${summary.invalid} of ${summary.records} record(s) invalid\n`);
  return summary.invalid > 0 ? 1 : 0;
}
