// Rows of an export (the cells by header name) and a column map → the inputs of an operation:
// tickets, WebCM member histories or spenddown provider quarters, by the map's `kind`. Pure: no
// file, no clock, no process time zone. The CLI's `--columns` reads a CSV with it; a library
// user imports it from `hfs-mco-rules/schemas`. docs/cli.md, "Column maps".
import { parseInput } from "../../core/errors.js";
import { type ColumnMap, ColumnMapSchema } from "./column-map.js";
import { type MappedRecord, rowGrouper } from "./group-rows.js";
import { type CellError, mappedColumns, specColumns, ticketReader } from "./map-row.js";
import { type SpenddownColumnMap, SpenddownColumnMapSchema, spenddownReader } from "./spenddown-map.js";
import { type WebcmColumnMap, WebcmColumnMapSchema, webcmReader } from "./webcm-map.js";

export type { CellError } from "./map-row.js";
export type { MappedRecord } from "./group-rows.js";

/** A column map of any kind: `tickets` (the default), `webcm` or `spenddown`. */
export type AnyColumnMap = ColumnMap | WebcmColumnMap | SpenddownColumnMap;
/** The kinds of column map: what one row of an export is. */
export type ColumnMapKind = AnyColumnMap["kind"];

/**
 * A column map checked by its kind (`kind` absent: tickets); a bad map is a RuleInputError
 * naming the map's path, e.g. `fields.mco`.
 *
 * @example columnMapOf({ kind: "webcm", fields: { member: "RIN", mco: "Plan", type: "Event", date: "When" } })
 */
export function columnMapOf(value: unknown): AnyColumnMap {
  const kind = typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (kind === "webcm") return parseInput(WebcmColumnMapSchema, value);
  if (kind === "spenddown") return parseInput(SpenddownColumnMapSchema, value);
  return parseInput(ColumnMapSchema, value);
}

/** Every column a map names, to check against an export's header before any row is read. */
export function columnsOfMap(map: AnyColumnMap): string[] {
  return map.kind === "tickets" ? mappedColumns(map) : specColumns(Object.values(map.fields));
}

/** Reads rows one at a time: tickets come as their rows do, grouped kinds at the end. */
export function rowMapper(map: AnyColumnMap): {
  /** Reads a row; `rowErrors`: what is wrong with the row as a whole (e.g. its number of cells). */
  add: (row: Readonly<Record<string, string>>, line: number, rowErrors?: readonly CellError[]) => MappedRecord[];
  end: () => MappedRecord[];
} {
  if (map.kind === "tickets") {
    const read = ticketReader(map);
    return {
      add: (row, line, rowErrors = []) => {
        const r = read(row);
        const errors = [...rowErrors, ...("errors" in r ? r.errors : [])].map((e) => ({ ...e, line }));
        return ["value" in r && errors.length === 0 ? { line, value: r.value } : { line, errors }];
      },
      end: () => [],
    };
  }
  return rowGrouper(map.kind === "webcm" ? webcmReader(map) : spenddownReader(map));
}

/** An error of a record: its line, the column, why (never the cell), and the file when given. */
export interface RowError extends CellError {
  readonly line: number;
  readonly file?: string;
}

/**
 * The inputs of rows read through a column map, with every error of every record: each input
 * and each invalid record carries the line of its (first) row, so records in = `inputs` +
 * `invalid`. Lines count from `firstLine` (default 2: the line after a CSV header).
 *
 * @example
 * inputsFromRows([{ Ticket: "T-1", Submitted: "45355", ... }], map, { file: "export.csv" })
 * // { inputs: [{ line: 2, value: { ticketNumber: "T-1", portalSubmittedOn: "2024-03-04", ... } }], invalid: [] }
 */
export function inputsFromRows(
  rows: Iterable<Readonly<Record<string, string>>>,
  map: unknown,
  options: { readonly file?: string; readonly firstLine?: number } = {},
): {
  inputs: { line: number; value: unknown }[];
  invalid: { line: number; errors: RowError[] }[];
} {
  const mapper = rowMapper(columnMapOf(map));
  const records: MappedRecord[] = [];
  let line = options.firstLine ?? 2;
  for (const row of rows) records.push(...mapper.add(row, line++));
  // One push per record: a spread of every grouped record (one per member) could overflow the stack.
  for (const record of mapper.end()) records.push(record);
  const file = options.file === undefined ? {} : { file: options.file };
  return {
    inputs: records.flatMap((r) => ("value" in r ? [{ line: r.line, value: r.value }] : [])),
    invalid: records.flatMap((r) =>
      "errors" in r ? [{ line: r.line, errors: r.errors.map((e) => ({ ...e, line: e.line ?? r.line, ...file })) }] : [],
    ),
  };
}
