// A cell of an export read as its field's kind, through its column's settings (column-spec.ts).
// A reason names what was expected, never the cell's content (docs/privacy.md).
import type { CompiledColumn } from "./column-spec.js";
import { readDate } from "./read-date.js";

/** How a cell is read. */
export type CellKind =
  | "text"
  | "text-or-empty"
  | "optional-text"
  | "nullable-text"
  | "date"
  | "nullable-date"
  | "optional-date"
  | "boolean"
  | "decision"
  | "integer"
  | "optional-integer"
  | "money"
  | "optional-money"
  | "month";

/** A cell read: its value, nothing (the field is left out), or why it cannot be read. */
export type Read = { readonly value: unknown } | { readonly absent: true } | { readonly error: string };

const TRUE = ["true", "yes", "y", "1"];
const FALSE = ["false", "no", "n", "0"];
const DECISIONS: Readonly<Record<string, unknown>> = {
  upheld: { upheld: true, overturned: false },
  overturned: { upheld: false, overturned: true },
};
const TEXT_KINDS: readonly CellKind[] = ["text", "text-or-empty", "optional-text", "nullable-text"];
const MONEY = /^\$?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

function blank(kind: CellKind): Read {
  if (kind.startsWith("optional-")) return { absent: true };
  if (kind === "nullable-text" || kind === "nullable-date") return { value: null };
  if (kind === "text-or-empty") return { value: "" };
  if (kind === "decision") return { value: { upheld: false, overturned: false } };
  return { error: "is empty, and the field needs a value (or a default in the map)" };
}

function readBoolean(cell: string, column: CompiledColumn): Read {
  const key = cell.toLowerCase();
  const trues = column.true ?? TRUE;
  const falses = column.false ?? FALSE;
  if (trues.includes(key)) return { value: true };
  if (falses.includes(key)) return { value: false };
  return column.true || column.false
    ? { error: "not one of the map's true or false values for this column" }
    : { error: "expected TRUE/FALSE, Yes/No, Y/N or 1/0" };
}

function readKind(cell: string, kind: CellKind, column: CompiledColumn): Read {
  switch (kind) {
    case "date":
    case "nullable-date":
    case "optional-date":
      return readDate(cell, column.dates);
    case "boolean":
      return readBoolean(cell, column);
    case "decision": {
      const value = DECISIONS[cell.toLowerCase()];
      return value ? { value } : { error: "expected Upheld or Overturned (or an empty cell for neither)" };
    }
    case "integer":
    case "optional-integer":
      return /^\d{1,9}$/.test(cell) ? { value: Number(cell) } : { error: "expected a whole number" };
    case "month": {
      // A month is written as a date (`MM/yyyy` reads the first day of the month): its YYYY-MM.
      const read = readDate(cell, column.dates);
      return "value" in read ? { value: read.value.slice(0, 7) } : read;
    }
    case "money":
    case "optional-money":
      return MONEY.test(cell)
        ? { value: cell.replace(/[$,\s]/g, "") }
        : { error: 'expected dollars with at most two decimals, e.g. 1005.00, "$1,005.00"' };
    default:
      return { value: cell };
  }
}

/**
 * A cell read as `kind`: a blank cell takes the column's default, else is null, empty, absent or
 * an error by the kind; a column with `values` reads its cell through them (an enumeration).
 *
 * @example readColumnCell(" 03/04/2024 ", "date", column) // { value: "2024-03-04" }
 */
export function readColumnCell(raw: string | undefined, kind: CellKind, column: CompiledColumn): Read {
  const cell = (raw ?? "").trim();
  if (cell === "") return column.hasDefault ? { value: column.default } : blank(kind);
  if (column.values) {
    const key = cell.toLowerCase();
    if (!column.values.has(key)) return { error: "not one of the map's values for this column" };
    const value = column.values.get(key);
    // A value list naming a cell of the kind (`Y: "Upheld"`, `Q: "03/04/2024"`) is read as that kind.
    return typeof value === "string" && !TEXT_KINDS.includes(kind) ? readKind(value, kind, column) : { value };
  }
  return readKind(cell, kind, column);
}
