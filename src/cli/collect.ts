// For subcommands that need every record before they can answer (a quarterly report, a set of
// notices): read and validate each record, report the bad ones, keep the good ones.
import { type RecordError, formatError } from "./output.js";
import { recordErrors } from "./pipeline.js";
import { formatOf, openInput, readRecords } from "./records.js";

export async function collectRecords<T>(path: string | undefined, inputFormat: string | undefined, parse: (value: unknown) => T): Promise<{ values: T[]; errors: RecordError[]; records: number }> {
  const values: T[] = [];
  const errors: RecordError[] = [];
  let records = 0;
  for await (const item of readRecords(openInput(path), formatOf(path, inputFormat))) {
    records++;
    let found: RecordError[] = [];
    if ("error" in item) found = [{ line: item.line, ...item.error }];
    else {
      try {
        values.push(parse(item.value));
      } catch (error) {
        found = recordErrors(item.line, error);
      }
    }
    for (const e of found) process.stderr.write(`${formatError(e)}\n`);
    errors.push(...found);
  }
  return { values, errors, records };
}
