// CSV input: the header names the fields, dotted for nesting (`internalDispute.trackingNumber`).
// Cells are text unless the header says otherwise: `name:number`, `name:boolean` (true/false),
// `name:json` (an array or object, e.g. a ticket's events). An empty cell is an absent field.
// Nothing is guessed from a cell's look (principle 6: nothing is silently coerced), no row is
// lost (any line ending, mixed in one file; a byte-order mark; no newline at the end), and no
// message quotes a cell (it may be a member's name): rows are named by line and column.
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { type CsvError, parse as parseCsv } from "csv-parse";
import { UsageError } from "./exit.js";
import { parseJson } from "./files.js";
import type { RecordItem } from "./record-item.js";

const TYPES = new Set(["string", "number", "boolean", "json"]);
/** Keys that would reach an object's prototype through `setPath`. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

interface Column {
  readonly header: string;
  readonly path: readonly string[];
  readonly type: string;
}

/**
 * The columns of a header row, or a UsageError naming the column: an empty or dotted-empty
 * name, a key that reaches a prototype, an unknown type, a name given twice, or a name that is
 * also the parent of another (`a` and `a.b`): each would lose or corrupt data.
 */
export function csvColumns(headers: readonly string[]): Column[] {
  const columns = headers.map((untrimmed, i) => {
    const header = untrimmed.trim();
    const where = `CSV header, column ${i + 1} (${JSON.stringify(header.slice(0, 60))})`;
    const [name = "", type = "string", ...rest] = header.split(":");
    const path = name.split(".");
    if (rest.length > 0 || !TYPES.has(type))
      throw new UsageError(`${where}: unknown column type (use name:number, name:boolean or name:json)`);
    if (path.some((key) => key === "")) throw new UsageError(`${where}: a field name is missing`);
    if (path.some((key) => FORBIDDEN.has(key)))
      throw new UsageError(`${where}: __proto__, constructor and prototype cannot be field names`);
    return { header, path, type };
  });
  const names = columns.map((c) => c.path.join("."));
  for (const [i, name] of names.entries()) {
    const clash = names.findIndex((other, j) => j !== i && (other === name || other.startsWith(`${name}.`)));
    if (clash >= 0)
      throw new UsageError(
        `CSV header, columns ${i + 1} and ${clash + 1}: both write the field ${JSON.stringify(name.slice(0, 60))}`,
      );
  }
  return columns;
}

/** A parse error as `line N: reason`, in words, never with the cell's content. */
function csvErrorItem(error: CsvError, headerCells: number): RecordItem | undefined {
  const line = Number((error as { lines?: number }).lines ?? 0);
  const record = (error as { record?: unknown }).record;
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_COLUMNS": {
      const cells = Array.isArray(record) ? record : [];
      // A line of only spaces is a blank line, not a record.
      if (cells.every((cell) => String(cell).trim() === "")) return undefined;
      return { line, error: { field: "", reason: `the row has ${cells.length} cell(s), the header ${headerCells}` } };
    }
    case "CSV_QUOTE_NOT_CLOSED":
      return {
        line,
        error: { field: "", reason: "a quote is opened and never closed (the file ends inside a quoted cell)" },
      };
    default:
      return { line, error: { field: "", reason: `not a valid CSV row (${error.code})` } };
  }
}

/** Reads CSV records; rows that cannot be read are yielded as errors, in line order. */
export async function* readCsv(stream: Readable): AsyncGenerator<RecordItem> {
  let columns: Column[] = [];
  const skipped: RecordItem[] = [];
  let lastLine = 0;
  let lastSkipped = 0;
  const parser = parseCsv({
    bom: true,
    columns: (headers: string[]) => {
      columns = csvColumns(headers);
      return headers.map((_, i) => `c${i}`);
    },
    info: true,
    // Every line ending, mixed in one file: csv-parse would otherwise fix it from the first line.
    record_delimiter: ["\r\n", "\n", "\r"],
    // A quote inside a cell is kept as a character: with strict quotes, one stray quote turns
    // every later row into one quoted cell.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    // Spaces before a quoted cell go; other cells are trimmed below. (csv-parse's rtrim drops
    // the rest of its buffer after a character that follows a closing quote: rows lost.)
    ltrim: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const item = error && csvErrorItem(error, columns.length);
      // The parser may report one row twice (a cell cut short, then its quote): one row, one error.
      if (item && item.line !== lastSkipped && item.line !== lastLine) skipped.push(item);
      if (item) lastSkipped = item.line;
    },
  });
  pipeline(stream, parser, () => {});
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    // The parser reports a skipped row as soon as it reads it: keep the output in line order.
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < info.lines) yield skipped.shift() as RecordItem;
    lastLine = info.lines;
    yield csvRecord(columns, record, info.lines);
  }
  while (skipped.length > 0) yield skipped.shift() as RecordItem;
}

function csvRecord(columns: readonly Column[], record: Record<string, string>, line: number): RecordItem {
  const value: Record<string, unknown> = {};
  for (const [i, column] of columns.entries()) {
    const cell = (record[`c${i}`] ?? "").trim();
    if (cell === "") continue;
    const typed = typedCell(cell, column.type);
    if ("error" in typed)
      return { line, error: { field: column.path.join("."), reason: `column ${i + 1}: ${typed.error}` } };
    setPath(value, column.path, typed.value);
  }
  return { line, value };
}

function typedCell(cell: string, type: string): { value: unknown } | { error: string } {
  if (type === "number")
    return /^-?\d+(\.\d+)?$/.test(cell)
      ? { value: Number(cell) }
      : { error: "expected a number (digits, a minus sign and a decimal point only)" };
  if (type === "boolean")
    return cell === "true" || cell === "false" ? { value: cell === "true" } : { error: "expected true or false" };
  if (type === "json") {
    const parsed = parseJson(cell);
    return "reason" in parsed ? { error: `expected JSON in the cell: ${parsed.reason}` } : parsed;
  }
  return { value: cell };
}

/** Sets `path` in `target`; csvColumns has ruled out prototype keys and clashing paths. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] ?? ""] = value;
}
