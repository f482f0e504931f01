// The record loop shared by every subcommand that reads records: evaluate each, report each
// bad one with its line, field and reason, never stop on one, count what happened. No message
// carries a value of the record (it may be a member's name or RIN): field and reason only.
import { RuleInputError } from "../core/errors.js";
import { Interrupted, UsageError } from "./exit.js";
import { formatError, LISTED_ERRORS, type RecordError, type ResultWriter } from "./output.js";
import type { RecordItem } from "./records.js";
import { itemErrorList } from "./record-item.js";
import { kindHinter } from "./record-kind.js";

export interface RunSummary {
  readonly records: number;
  readonly evaluated: number;
  readonly invalid: number;
}

/** Errors of one record, from a thrown error: each issue's field and reason, never its value. */
export function recordErrors(line: number, error: unknown): RecordError[] {
  if (error instanceof RuleInputError) {
    return error.issues.map((i) => ({
      line,
      field: i.field,
      reason: i.reason,
      ...(i.ruleId ? { ruleId: i.ruleId } : {}),
    }));
  }
  // Not a RuleInputError: a defect of the library. Its kind, never a message that might quote input.
  const kind = error instanceof Error ? error.name : typeof error;
  return [{ line, field: "", reason: `internal error (${kind}) while evaluating this record; please report it` }];
}

/** The errors of one item: the reason it could not be read, or what evaluating it threw. */
export function itemErrors(item: RecordItem, evaluate: () => void): RecordError[] {
  if ("error" in item) return itemErrorList(item);
  try {
    evaluate();
    return [];
  } catch (error) {
    return recordErrors(item.line, error);
  }
}

/**
 * Evaluates every record with `evaluate` and writes each result as it comes; a record that fails
 * is reported on stderr and the loop goes on. Nothing grows with the number of records: the
 * results are written, not kept, and `errors` lists the first {@link LISTED_ERRORS} (every one is
 * on stderr, `errorCount` counts them all). An input that cannot be read to the end (a read
 * error, Ctrl-C) ends the loop with `stopped`.
 */
export async function runRecords<T>(
  items: AsyncIterable<RecordItem>,
  evaluate: (value: unknown) => T | T[],
  out: ResultWriter<T>,
  stderr: (text: string) => void,
): Promise<{ errors: RecordError[]; errorCount: number; summary: RunSummary; stopped?: Interrupted | UsageError }> {
  const errors: RecordError[] = [];
  let errorCount = 0;
  let records = 0;
  let evaluated = 0;
  let stopped: Interrupted | UsageError | undefined;
  const report = (found: readonly RecordError[]) => {
    for (const e of found) {
      stderr(`${formatError(e)}\n`);
      if (errors.length < LISTED_ERRORS) errors.push(e);
      errorCount++;
    }
  };
  const hintKind = kindHinter(stderr);
  try {
    for await (const item of items) {
      records++;
      if ("error" in item) {
        report(itemErrorList(item));
        continue;
      }
      let result: T | T[];
      try {
        result = evaluate(item.value);
      } catch (error) {
        const found = recordErrors(item.line, error);
        report(found);
        hintKind(item.value, found);
        continue;
      }
      evaluated++;
      let more = true;
      if (Array.isArray(result)) for (const r of result) more = out.write(r) && more;
      else more = out.write(result);
      if (!more) await out.drain();
    }
  } catch (error) {
    if (!(error instanceof Interrupted || error instanceof UsageError)) throw error;
    stopped = error;
  }
  return {
    errors,
    errorCount,
    summary: { records, evaluated, invalid: records - evaluated },
    ...(stopped ? { stopped } : {}),
  };
}
