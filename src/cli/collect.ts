// For subcommands that need every record before they can answer (a quarterly report, a set of
// notices, a calendar): read and validate each record, report the bad ones, keep the good
// ones. Nothing is written before the end, so an input that fails midway (or Ctrl-C) leaves
// stdout empty: the error is thrown, with its exit code.
import { type RecordError, formatError } from "./output.js";
import { itemErrors } from "./pipeline.js";
import { type RecordReader, startReading, unknownColumnsHint } from "./reading.js";

export async function collectRecords<T>(
  path: string | undefined,
  inputFormat: string | undefined,
  parse: (value: unknown, line: number) => T,
  reader?: RecordReader,
): Promise<{ values: T[]; errors: RecordError[]; records: number; invalid: number }> {
  const values: T[] = [];
  const errors: RecordError[] = [];
  let records = 0;
  let invalid = 0;
  const reading = await startReading(path, inputFormat, reader);
  for await (const item of reading.items) {
    records++;
    const found = itemErrors(item, () => values.push(parse((item as { value: unknown }).value, item.line)));
    if (found.length > 0) invalid++;
    for (const e of found) {
      process.stderr.write(`${formatError(e)}\n`);
      errors.push(e);
    }
  }
  unknownColumnsHint(reading.format, errors);
  return { values, errors, records, invalid };
}
