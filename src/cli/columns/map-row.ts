// One row of a flat export read through a column map: each cell by its field's kind. An error
// names the column (and the caller the row), never the cell's content (docs/privacy.md).
import { format, isValid, parse } from "date-fns";
import {
  type CellKind,
  type ColumnMap,
  EVENT_FIELD_KINDS,
  TICKET_FIELD_KINDS,
  type TicketField,
} from "./column-map.js";

/** A cell that cannot be read: which column, and why. */
export interface CellError {
  readonly column: string;
  readonly reason: string;
}

type Read = { readonly value: unknown } | { readonly absent: true } | { readonly error: string };

// Any fixed day does: date-fns takes the parts the pattern lacks from it.
const REFERENCE = new Date(2000, 0, 1);
const TRUE = /^(true|yes|y|1)$/i;
const FALSE = /^(false|no|n|0)$/i;

function readDate(cell: string, pattern: string): Read {
  const date = parse(cell, pattern, REFERENCE);
  if (!isValid(date)) return { error: `not a date in the format ${pattern}` };
  const year = date.getFullYear();
  if (year < 1900 || year > 2199) return { error: `a date outside 1900-2199 (format ${pattern})` };
  return { value: format(date, "yyyy-MM-dd") };
}

function readDecision(cell: string): Read {
  if (/^upheld$/i.test(cell)) return { value: { upheld: true, overturned: false } };
  if (/^overturned$/i.test(cell)) return { value: { upheld: false, overturned: true } };
  return { error: "expected Upheld or Overturned (or an empty cell for neither)" };
}

/** A cell read as `kind`: an empty cell is null where the field allows null, else absent or an error. */
export function readCell(raw: string | undefined, kind: CellKind, dateFormat: string): Read {
  const cell = (raw ?? "").trim();
  if (cell === "") {
    if (kind === "optional-text") return { absent: true };
    if (kind === "nullable-text" || kind === "nullable-date") return { value: null };
    if (kind === "text-or-empty") return { value: "" };
    if (kind === "decision") return { value: { upheld: false, overturned: false } };
    return { error: "is empty, and the field needs a value" };
  }
  if (kind === "date" || kind === "nullable-date") return readDate(cell, dateFormat);
  if (kind === "boolean")
    return TRUE.test(cell)
      ? { value: true }
      : FALSE.test(cell)
        ? { value: false }
        : { error: "expected TRUE/FALSE, Yes/No, Y/N or 1/0" };
  if (kind === "decision") return readDecision(cell);
  return { value: cell };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === "object" && next !== null ? { ...(next as object) } : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ""] = value;
}

function eventsOf(row: Readonly<Record<string, string>>, map: ColumnMap): { events: unknown[] } | { error: CellError } {
  const events: unknown[] = [];
  for (const spec of map.events) {
    if ((row[spec.date] ?? "").trim() === "") continue; // no date: the event did not happen
    const date = readCell(row[spec.date], "date", map.dateFormat);
    if ("error" in date) return { error: { column: spec.date, reason: date.error } };
    const event: Record<string, unknown> = { type: spec.type, date: (date as { value: unknown }).value };
    if (spec.type === "proposal submitted")
      Object.assign(event, {
        plan: "",
        resolutionPeriod: null,
        contact: { name: null, phone: null, email: null },
        checkboxes: { upheld: false, overturned: false },
      });
    const kinds = { ...EVENT_FIELD_KINDS["*"], ...(EVENT_FIELD_KINDS[spec.type] ?? {}) };
    for (const [field, column] of Object.entries(spec)) {
      if (field === "type" || field === "date") continue;
      const read = readCell(row[column], kinds[field] ?? "text", map.dateFormat);
      if ("error" in read) return { error: { column, reason: read.error } };
      if ("absent" in read) continue;
      setPath(event, field === "decision" ? "checkboxes" : field, read.value);
    }
    events.push(event);
  }
  return { events };
}

/**
 * A ticket from one row of a flat export (`row`: the cells by column header), read through the
 * column map: the defaults, then each mapped field, then one event per event column with a
 * date. A cell that cannot be read is an error naming its column, never its content.
 *
 * @example ticketFromRow({ "Ticket #": "T-1", "Presented To MCO": "06/04/2024", … }, map)
 */
export function ticketFromRow(
  row: Readonly<Record<string, string>>,
  map: ColumnMap,
): { value: Record<string, unknown> } | { error: CellError } {
  const ticket: Record<string, unknown> = structuredClone(map.defaults);
  for (const [field, column] of Object.entries(map.fields) as [TicketField, string][]) {
    const read = readCell(row[column], TICKET_FIELD_KINDS[field], map.dateFormat);
    if ("error" in read) return { error: { column, reason: read.error } };
    if ("value" in read) setPath(ticket, field, read.value);
  }
  const events = eventsOf(row, map);
  if ("error" in events) return events;
  ticket.events = [...(Array.isArray(ticket.events) ? ticket.events : []), ...events.events];
  return { value: ticket };
}

/** The columns a map names, for checking them against the export's header. */
export function mappedColumns(map: ColumnMap): string[] {
  const columns = [
    ...Object.values(map.fields),
    ...map.events.flatMap((e) =>
      Object.entries(e)
        .filter(([k]) => k !== "type")
        .map(([, c]) => c),
    ),
  ];
  return [...new Set(columns)];
}
