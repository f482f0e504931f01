// How long one record may be: a line of NDJSON, a row of CSV (docs/cli.md, "Large inputs"). A
// record is held whole while it is read, so without a limit one endless line (a file that is
// not NDJSON, a quote never closed in a CSV) would take all the memory. 16 MiB is thousands of
// times a real ticket, member history or provider quarter; `--max-record-size` raises it.
import { UsageError } from "./exit.js";

/** The limit, in MiB as the user gives it and in characters as the readers count. */
export interface RecordLimit {
  readonly mib: number;
  readonly characters: number;
}

export const DEFAULT_RECORD_MIB = 16;

const limitOf = (mib: number): RecordLimit => ({ mib, characters: mib * 1024 * 1024 });

// The CLI's one setting of a run, set from the command's flags before it reads (index.ts).
let current = limitOf(DEFAULT_RECORD_MIB);

/** The limit of this run. */
export function recordLimit(): RecordLimit {
  return current;
}

/** Sets the limit from `--max-record-size <MiB>` (a whole number, 1 to 4096), or a UsageError. */
export function setRecordLimit(value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 4096)
    throw new UsageError(
      `--max-record-size must be a whole number of MiB from 1 to 4096, got ${JSON.stringify(value.slice(0, 40))}`,
    );
  current = limitOf(Number(value));
}

/** Why a record over the limit is refused (the caller names its line). */
export function recordLimitReason(limit: RecordLimit): string {
  return `the record is longer than ${limit.mib} MiB (raise the limit with --max-record-size <MiB>)`;
}
