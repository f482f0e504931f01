// One row of a flat ticket export read through a column map: each cell by its field's kind.
// Every cell that cannot be read is reported, each naming its column (and the caller the row),
// never the cell's content (docs/privacy.md).
import { type ColumnMap, EVENT_FIELD_KINDS, TICKET_FIELD_KINDS, type TicketField } from "./column-map.js";
import { type ColumnSpec, type CompiledColumn, columnCompiler, columnName } from "./column-spec.js";
import { type CellKind, type Read, readColumnCell } from "./read-cell.js";

/** A cell that cannot be read: which column, and why (and its line, when not the record's own). */
export interface CellError {
  readonly column: string;
  readonly reason: string;
  readonly line?: number;
  /** Where the error is when it is not one mapped column (e.g. "column 16" of a row cut short). */
  readonly field?: string;
}

/** A row read: the input it makes, or every error of its cells. */
export type RowRead = { readonly value: Record<string, unknown> } | { readonly errors: readonly CellError[] };

/** A row (the cells by column header) → an input: a map compiled once, for every row. */
export type RowReader = (row: Readonly<Record<string, string>>) => RowRead;

/** A cell read as `kind` with one date pattern (the cells of a simple map). */
export function readCell(raw: string | undefined, kind: CellKind, dateFormat: string): Read {
  const column = columnCompiler({ dateFormat, serialDates: false, timeZone: "America/Chicago" })("cell");
  return readColumnCell(raw, kind, column);
}

/** Sets `value` at a dotted path, copying the objects on the way (the defaults are never changed). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === "object" && next !== null ? { ...(next as object) } : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ""] = value;
}

/** Reads `fields` (path → column) of a row into `target` by their kinds, collecting every error. */
export function readFields(
  row: Readonly<Record<string, string>>,
  fields: readonly (readonly [path: string, column: CompiledColumn, kind: CellKind])[],
  target: Record<string, unknown>,
  errors: CellError[],
): void {
  for (const [path, column, kind] of fields) {
    const read = readColumnCell(row[column.column], kind, column);
    if ("error" in read) errors.push({ column: column.column, reason: read.error });
    else if ("value" in read) setPath(target, path, read.value);
  }
}

const PROPOSAL_BLANKS = {
  plan: "",
  resolutionPeriod: null,
  contact: { name: null, phone: null, email: null },
  checkboxes: { upheld: false, overturned: false },
};

/** The ticket reader of a map: the defaults, then each mapped field, then one event per event column with a date. */
export function ticketReader(map: ColumnMap): RowReader {
  const compile = columnCompiler(map);
  const fields = (Object.entries(map.fields) as [TicketField, ColumnSpec][]).map(
    ([field, spec]) => [field, compile(spec), TICKET_FIELD_KINDS[field]] as const,
  );
  const events = map.events.map((spec) => {
    const kinds = { ...EVENT_FIELD_KINDS["*"], ...(EVENT_FIELD_KINDS[spec.type] ?? {}) };
    const { type, date, ...rest } = spec;
    return {
      type,
      date: compile(date),
      fields: Object.entries(rest).map(
        ([field, column]) =>
          [field === "decision" ? "checkboxes" : field, compile(column), kinds[field] ?? "text"] as const,
      ),
    };
  });
  return (row) => {
    const errors: CellError[] = [];
    const ticket: Record<string, unknown> = structuredClone(map.defaults);
    readFields(row, fields, ticket, errors);
    const read: unknown[] = [];
    for (const spec of events) {
      // No date (and no default): the event did not happen.
      const date = readColumnCell(row[spec.date.column], "optional-date", spec.date);
      if ("error" in date) errors.push({ column: spec.date.column, reason: date.error });
      if (!("value" in date) || date.value === null) continue;
      const event: Record<string, unknown> = { type: spec.type, date: date.value };
      if (spec.type === "proposal submitted") Object.assign(event, structuredClone(PROPOSAL_BLANKS));
      readFields(row, spec.fields, event, errors);
      read.push(event);
    }
    if (errors.length > 0) return { errors };
    ticket.events = [...(Array.isArray(ticket.events) ? ticket.events : []), ...read];
    return { value: ticket };
  };
}

/**
 * A ticket from one row of a flat export (`row`: the cells by column header), read through the
 * column map. Every cell that cannot be read is an error naming its column, never its content.
 *
 * @example ticketFromRow({ "Ticket #": "T-1", "Presented To MCO": "06/04/2024", … }, map)
 */
export function ticketFromRow(row: Readonly<Record<string, string>>, map: ColumnMap): RowRead {
  return ticketReader(map)(row);
}

/** The columns of a list of specs and event entries, for checking them against the export's header. */
export function specColumns(specs: readonly unknown[]): string[] {
  const names = specs.flatMap((s) =>
    typeof s === "string" || (typeof s === "object" && s !== null && "column" in s)
      ? [columnName(s as ColumnSpec)]
      : typeof s === "object" && s !== null
        ? specColumns(Object.entries(s).flatMap(([k, v]) => (k === "type" ? [] : [v])))
        : [],
  );
  return [...new Set(names)];
}

/** The columns a ticket map names. */
export function mappedColumns(map: ColumnMap): string[] {
  return specColumns([...Object.values(map.fields), ...map.events]);
}
