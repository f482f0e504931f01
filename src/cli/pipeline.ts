// The record loop shared by every subcommand that reads records: evaluate each, report each
// bad one with its line, field and reason, never stop on one, count what happened.
import { RuleInputError } from "../core/errors.js";
import { formatError, type RecordError, type ResultWriter } from "./output.js";
import type { RecordItem } from "./records.js";

export interface RunSummary {
  readonly records: number;
  readonly evaluated: number;
  readonly invalid: number;
}

/** Errors of one record, from a thrown error. */
export function recordErrors(line: number, error: unknown): RecordError[] {
  if (error instanceof RuleInputError) {
    return error.issues.map((i) => ({ line, field: i.field, reason: i.reason, ...(i.ruleId ? { ruleId: i.ruleId } : {}) }));
  }
  return [{ line, field: "", reason: error instanceof Error ? error.message : String(error) }];
}

/**
 * Evaluates every record with `evaluate` and writes each result; a record that fails is
 * reported on stderr and in `errors`, and the loop goes on.
 */
export async function runRecords<T>(
  items: AsyncIterable<RecordItem>,
  evaluate: (value: unknown) => T | T[],
  out: ResultWriter<T>,
  stderr: (text: string) => void,
): Promise<{ errors: RecordError[]; summary: RunSummary }> {
  const errors: RecordError[] = [];
  let records = 0;
  let evaluated = 0;
  for await (const item of items) {
    records++;
    let found: RecordError[] = [];
    if ("error" in item) {
      found = [{ line: item.line, ...item.error }];
    } else {
      try {
        const result = evaluate(item.value);
        let full = false;
        for (const r of Array.isArray(result) ? result : [result]) full = !out.write(r) || full;
        if (full) await out.drain();
        evaluated++;
      } catch (error) {
        found = recordErrors(item.line, error);
      }
    }
    for (const e of found) stderr(`${formatError(e)}\n`);
    errors.push(...found);
  }
  return { errors, summary: { records, evaluated, invalid: records - evaluated } };
}
