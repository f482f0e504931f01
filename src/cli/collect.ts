// For subcommands that need every record before they can answer (a quarterly report, a set of
// notices, a calendar, a work queue, statistics): read and validate each record, report the bad
// ones, hand the good ones on. Nothing is written before the end, so an input that fails midway
// (or Ctrl-C) leaves stdout empty: the error is thrown, with its exit code.
import { type RecordError, formatError } from "./output.js";
import { itemErrors } from "./pipeline.js";
import { type RecordReader, startReading, csvExportHints } from "./reading.js";
import { kindHinter } from "./record-kind.js";

/** What reading an input came to: its errors (each also on stderr), and how many records were read and invalid. */
export interface ReadCounts {
  readonly errors: RecordError[];
  readonly records: number;
  readonly invalid: number;
}

/**
 * Reads each record of an input, parses it (`parse`: a RuleInputError is that record's error) and
 * hands each parsed value to `keep` in input order, outside the record's error handling. Nothing
 * of a record is kept here: a command that keeps only what its answer needs (a queue's items,
 * statistics' counts) reads an input of any size in bounded memory.
 */
export async function eachRecord<T>(
  path: string | undefined,
  inputFormat: string | undefined,
  parse: (value: unknown, line: number) => T,
  keep: (value: T) => void,
  reader?: RecordReader,
): Promise<ReadCounts> {
  const errors: RecordError[] = [];
  let records = 0;
  let invalid = 0;
  const reading = await startReading(path, inputFormat, reader);
  const hintKind = kindHinter((text) => process.stderr.write(text));
  for await (const item of reading.items) {
    records++;
    let parsed: { value: T } | undefined;
    const found = itemErrors(item, () => {
      parsed = { value: parse((item as { value: unknown }).value, item.line) };
    });
    if (found.length > 0) invalid++;
    for (const e of found) {
      process.stderr.write(`${formatError(e)}\n`);
      errors.push(e);
    }
    if ("value" in item) hintKind(item.value, found);
    if (parsed !== undefined) keep(parsed.value);
  }
  csvExportHints(reading.format, errors);
  return { errors, records, invalid };
}

/** {@link eachRecord}, keeping every parsed value. */
export async function collectRecords<T>(
  path: string | undefined,
  inputFormat: string | undefined,
  parse: (value: unknown, line: number) => T,
  reader?: RecordReader,
): Promise<{ values: T[]; errors: RecordError[]; records: number; invalid: number }> {
  const values: T[] = [];
  const read = await eachRecord(path, inputFormat, parse, (value) => values.push(value), reader);
  return { values, ...read };
}
