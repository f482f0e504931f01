// Starting to read an input: open it and read its first record before any output is written,
// so that a missing file, a directory or a bad CSV header is a usage error with nothing on
// stdout. Afterwards, a read that fails stops the loop with a reason instead of a throw.
import { Interrupted, systemReason, UsageError } from "./exit.js";
import { openInput } from "./files.js";
import { interruptible } from "./interrupt.js";
import { Readable } from "node:stream";
import { startProgress } from "./progress.js";
import { formatOf, type InputFormat, type RecordItem, readRecords } from "./records.js";

/** A reader of its own for an input (e.g. a flat export through a column map). */
export type RecordReader = (stream: Readable) => AsyncGenerator<RecordItem>;

/** The records of an opened input, named for messages. */
export interface Reading {
  readonly name: string;
  readonly format: InputFormat;
  readonly items: AsyncGenerator<RecordItem>;
}

/**
 * For tests: with this variable set to 1, the CLI writes {@link READY_LINE} to stderr each time
 * it waits for input with none left unread (its signal handlers are installed by then), so a
 * test sends a signal at a known point without watching the process (docs/cli.md).
 */
export const READY_VARIABLE = "HFS_MCO_RULES_TEST_READY";
export const READY_LINE = "hfs-mco-rules: waiting for input";

/** The chunks of `stream`, announcing each wait for a chunk that has not come yet. */
async function* announced(stream: Readable): AsyncGenerator<unknown> {
  const chunks = stream[Symbol.asyncIterator]();
  for (;;) {
    if (stream.readableLength === 0) process.stderr.write(`${READY_LINE}\n`);
    const next = await chunks.next();
    if (next.done) return;
    yield next.value;
  }
}

let hintedColumns = false;
let hintedDates = false;

/**
 * After a CSV input's records were checked, one line on stderr each (once per run) for the two
 * usual signs of an export written by another system, and how it is read instead: columns the
 * command does not know (an "unknown key"), and dates not written YYYY-MM-DD (US dates,
 * timestamps, spreadsheet serial dates), which a column map's `dateFormat` and `serialDates` read.
 */
export function csvExportHints(format: InputFormat, errors: readonly { readonly reason: string }[]): void {
  if (format !== "csv") return;
  if (!hintedColumns && errors.some((e) => /unknown key/.test(e.reason))) {
    hintedColumns = true;
    process.stderr.write(
      "hint: the CSV has columns this command does not know; an export with its own column names is read " +
        'through a column map, --columns MAP.yaml (docs/cli.md, "Reading a portal export")\n',
    );
  }
  if (!hintedDates && errors.some((e) => /not written YYYY-MM-DD/.test(e.reason))) {
    hintedDates = true;
    process.stderr.write(
      "hint: the CSV has dates not written YYYY-MM-DD; an export's own date formats (US dates, timestamps, " +
        'spreadsheet serial dates) are read through a column map, --columns MAP.yaml (docs/cli.md, "Column maps")\n',
    );
  }
}

/** Why reading stopped early: interrupted (exit 130) or the input failed (exit 2). */
export function stopReason(name: string, error: unknown): Interrupted | UsageError {
  if (error instanceof Interrupted || error instanceof UsageError) return error;
  return new UsageError(`cannot read ${name}: ${systemReason(error)}`);
}

/**
 * Opens `path` (or stdin) and reads up to its first record (with `reader` when given). Throws a UsageError (or
 * Interrupted) when that fails; the returned items throw the same kinds later.
 */
export async function startReading(
  path: string | undefined,
  inputFormat: string | undefined,
  reader?: RecordReader,
): Promise<Reading> {
  const format = formatOf(path, inputFormat);
  const source = openInput(path);
  const release = interruptible(source.name, source.stream);
  const stream = process.env[READY_VARIABLE] === "1" ? Readable.from(announced(source.stream)) : source.stream;
  const items = reader ? reader(stream) : readRecords(stream, format);
  let first: IteratorResult<RecordItem>;
  try {
    first = await items.next();
  } catch (error) {
    release();
    throw stopReason(source.name, error);
  }
  async function* all(): AsyncGenerator<RecordItem> {
    // On a terminal: a line counting the records read (progress.ts); nothing in a pipe.
    const progress = startProgress();
    try {
      if (first.done) return;
      progress.tick();
      yield first.value;
      for await (const item of items) {
        progress.tick();
        yield item;
      }
    } catch (error) {
      throw stopReason(source.name, error);
    } finally {
      progress.done();
      release();
    }
  }
  return { name: source.name, format: reader ? "csv" : format, items: all() };
}
