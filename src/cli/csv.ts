// CSV input: the header names the fields, dotted for nesting (`internalDispute.trackingNumber`).
// Cells are text unless the header says otherwise: `name:number`, `name:boolean` (true/false),
// `name:json` (an array or object, e.g. a ticket's events). An empty cell is an absent field.
// Nothing is guessed from a cell's look (principle 6: nothing is silently coerced), no row is
// lost (any line ending, mixed in one file; a byte-order mark; no newline at the end), a row
// whose cells do not match the header is an error, and no message quotes a cell, a header cell
// included (it may be a member's name): rows are named by line and column number.
import type { Readable } from "node:stream";
import { csvRows } from "./csv-rows.js";
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

/** A field name: letters, digits and `_`, dotted for nesting (what a record's keys are). */
const FIELD_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * The columns of a header row, or a UsageError naming the column by its number (never its
 * text: a header row that is really the first data row holds a member's name): a name that is
 * not a field name, a key that reaches a prototype, an unknown type, a name given twice, or a
 * name that is also the parent of another (`a` and `a.b`): each would lose or corrupt data.
 * Linear in the header's size (a header of 40,000 columns is read at once).
 */
export function csvColumns(headers: readonly string[]): Column[] {
  const columns = headers.map((untrimmed, i) => {
    const header = untrimmed.trim();
    const where = `CSV header, column ${i + 1}`;
    const [name = "", type = "string", ...rest] = header.split(":");
    const path = name.split(".");
    if (rest.length > 0 || !TYPES.has(type))
      throw new UsageError(`${where}: unknown column type (use name:number, name:boolean or name:json)`);
    if (path.some((key) => key === "")) throw new UsageError(`${where}: a field name is missing`);
    if (path.some((key) => FORBIDDEN.has(key)))
      throw new UsageError(`${where}: __proto__, constructor and prototype cannot be field names`);
    if (!FIELD_NAME.test(name))
      throw new UsageError(
        `${where}: not a field name (letters, digits and _, dotted for nesting, e.g. ` +
          "internalDispute.trackingNumber); " +
          "an export with its own column names is read with --columns MAP.yaml (docs/cli.md)",
      );
    return { header, path, type };
  });
  const index = new Map<string, number>();
  for (const [i, column] of columns.entries()) {
    const name = column.path.join(".");
    const twice = index.get(name);
    if (twice !== undefined) throw clash(twice, i);
    index.set(name, i);
  }
  // A parent and its child (`a`, `a.b`): every proper prefix of every name, looked up once.
  for (const [i, column] of columns.entries())
    for (let n = 1; n < column.path.length; n++) {
      const parent = index.get(column.path.slice(0, n).join("."));
      if (parent !== undefined) throw clash(Math.min(parent, i), Math.max(parent, i));
    }
  return columns;
}

const clash = (i: number, j: number) =>
  new UsageError(`CSV header, columns ${i + 1} and ${j + 1}: both write the same field`);

/**
 * Reads CSV records; rows that cannot be read (a quote never closed, too few or too many cells)
 * are yielded as errors naming the line and column, in line order (csv-rows.ts).
 */
export async function* readCsv(stream: Readable): AsyncGenerator<RecordItem> {
  let columns: Column[] = [];
  // A row error keeps no cell (its cells are member data): line, column, reason.
  for await (const row of csvRows(stream, (names) => {
    columns = csvColumns(names);
  }))
    yield "error" in row ? { line: row.line, error: row.error } : csvRecord(columns, row.cells, row.line);
}

function csvRecord(columns: readonly Column[], cells: readonly string[], line: number): RecordItem {
  const value: Record<string, unknown> = {};
  for (const [i, column] of columns.entries()) {
    const cell = cells[i] ?? "";
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
