// The rows of a CSV input, strictly in shape: every row has as many cells as the header, the
// header names each column once, and a header that reads like data (a file without its header
// row) is refused before any row is read. Both CSV readers use it: the nested format (csv.ts)
// and an export read through a column map (columns/mapped-csv.ts). No message quotes a cell,
// not even a header cell (it may be a member's name when the header row is missing): a
// problem is named by its line and its column number.
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { type CsvError, parse as parseCsv } from "csv-parse";
import { UsageError } from "./exit.js";
import { type RecordLimit, recordLimit, recordLimitReason } from "./record-limit.js";
import type { RecordItem } from "./record-item.js";

/** A row of cells (each trimmed) and the line it ends on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A row that cannot be read, as a record error (line, column number, reason); a row of the wrong
 * shape keeps its cells, so that a reader grouping rows can make the whole group invalid.
 */
export type CsvRowError = Extract<RecordItem, { error: unknown }> & { readonly cells?: readonly string[] };

const rowError = (line: number, field: string, reason: string): CsvRowError => ({ line, error: { field, reason } });

/** A parse error as `line N: reason`, in words, never with the cell's content. */
function parseErrorItem(error: CsvError): CsvRowError {
  const line = Number((error as { lines?: number }).lines ?? 0);
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return rowError(line, "", "a quote is opened and never closed (the file ends inside a quoted cell)");
  return rowError(line, "", `not a valid CSV row (${error.code})`);
}

/**
 * A row whose cells do not match the header's columns: too few (a row cut short would read its
 * missing cells as "no such event": a submitted proposal as overdue) or too many.
 */
function shapeError(row: CsvRow, columns: number): CsvRowError | undefined {
  const cells = row.cells.length;
  if (cells < columns)
    return rowError(
      row.line,
      `column ${cells + 1}`,
      `the row ends after ${cells} cell(s), the header has ${columns} columns (a row cut short?)`,
    );
  if (cells > columns)
    return rowError(
      row.line,
      `column ${columns + 1}`,
      `the row has ${cells} cells, the header only ${columns} columns`,
    );
  return undefined;
}

/**
 * Reads the rows of a CSV stream. `header` gets the header row's cells (trimmed) and throws a
 * UsageError when they are unusable; every later row comes as its cells, or as an error naming
 * its line and column number when its shape is wrong or it cannot be read; rows of blank cells
 * only are skipped. A record over `limit` stops the reading with a UsageError naming its line.
 */
export async function* csvRows(
  stream: Readable,
  header: (names: readonly string[]) => void,
  limit: RecordLimit = recordLimit(),
): AsyncGenerator<CsvRow | CsvRowError> {
  const skipped: CsvRowError[] = [];
  let lastLine = 0;
  let lastSkipped = 0;
  const parser = parseCsv({
    bom: true,
    info: true,
    // Every line ending, mixed in one file: csv-parse would otherwise fix it from the first line.
    record_delimiter: ["\r\n", "\n", "\r"],
    // A quote inside a cell is kept as a character: with strict quotes, one stray quote turns
    // every later row into one quoted cell.
    relax_quotes: true,
    // The number of cells is checked here, against the header, with a message of our own.
    relax_column_count: true,
    skip_empty_lines: true,
    // Spaces before a quoted cell go; other cells are trimmed below. (csv-parse's rtrim drops
    // the rest of its buffer after a character that follows a closing quote: rows lost.)
    ltrim: true,
    max_record_size: limit.characters,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === "CSV_MAX_RECORD_SIZE")
        throw new UsageError(
          `line ${(error as { lines?: number }).lines ?? 0}: ${recordLimitReason(limit)}; reading stopped`,
        );
      const item = error && parseErrorItem(error);
      // The parser may report one row twice (a cell cut short, then its quote): one row, one error.
      if (item && item.line !== lastSkipped && item.line !== lastLine) skipped.push(item);
      if (item) lastSkipped = item.line;
    },
  });
  pipeline(stream, parser, () => {});
  let columns = -1;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // The parser reports a skipped row as soon as it reads it: keep the output in line order.
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < info.lines) yield skipped.shift() as CsvRowError;
    lastLine = info.lines;
    const cells = record.map((cell) => cell.trim());
    // A line of blank cells (",,,," as a spreadsheet writes below its data) is not a record.
    if (cells.every((cell) => cell === "")) continue;
    if (columns < 0) {
      header(checkHeader(cells, info.lines));
      columns = cells.length;
      continue;
    }
    const row = { line: info.lines, cells };
    const error = shapeError(row, columns);
    yield error === undefined ? row : { ...error, cells };
  }
  while (skipped.length > 0) yield skipped.shift() as CsvRowError;
}

// What a header cell never looks like: a number, a date or time, an amount, an e-mail address,
// a JSON value, a boolean. A header row holding one is most likely the first data row.
const DATA_LIKE = [
  /^[-+]?[$€£]?[\d.,]+%?$/,
  /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([ T]\d{1,2}:\d{2}.*)?$/,
  /^\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?$/,
  /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  /^[[{"]/,
  /^(true|false|null|yes|no)$/i,
];

/**
 * The header's cells, or a UsageError naming the line and the column: an empty name, a name
 * given twice, or a cell that reads like data. Linear in the header's size.
 */
function checkHeader(names: readonly string[], line: number): readonly string[] {
  const where = (column: number) => `CSV header (line ${line}), column ${column}`;
  const seen = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (name === "") throw new UsageError(`${where(i + 1)}: the column has no name`);
    if (DATA_LIKE.some((pattern) => pattern.test(name)))
      throw new UsageError(
        `${where(i + 1)}: reads like data, not a column name ` +
          "(a number, a date, an e-mail address, …): is the header row missing?",
      );
    const first = seen.get(name);
    if (first !== undefined)
      throw new UsageError(`CSV header (line ${line}), columns ${first + 1} and ${i + 1}: the same name twice`);
    seen.set(name, i);
  }
  return names;
}
