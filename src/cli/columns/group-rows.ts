// Exports with one row per event (WebCM) or per member-month (spenddown) make one input of many
// rows: each row is read, then rows of the same key (a member and MCO; a provider quarter) are
// grouped in the order their keys first appear. An input is an error when any of its rows is,
// with every error of every row (each naming its own line and column, never a cell): records in
// = inputs + errors. A row whose key cannot be read is an error record of its own.
import type { CellError } from "./map-row.js";

/** One row read: its group's key and head (the fields of the whole input) and its part; or its errors. */
export type GroupedRow =
  | { readonly key: string; readonly head: Record<string, unknown>; readonly part: unknown }
  | { readonly key?: string; readonly head?: Record<string, unknown>; readonly errors: readonly CellError[] };

/** How a kind of map reads a row and builds an input from a group's head and parts. */
export interface GroupedReader {
  /** The columns of the head's fields besides the key (they must agree on every row of a group). */
  readonly headColumns?: readonly string[];
  readonly read: (row: Readonly<Record<string, string>>) => GroupedRow;
  readonly build: (head: Record<string, unknown>, parts: readonly unknown[], lines: readonly number[]) => GroupBuilt;
}

/** An input built from a group, or errors found across its rows (e.g. a member's rows that disagree). */
export type GroupBuilt = { readonly value: unknown } | { readonly errors: readonly CellError[] };

/** A record of a mapped export: the input and its first line, or its errors. */
export type MappedRecord =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly errors: readonly CellError[] };

interface Group {
  readonly line: number;
  readonly head: Record<string, unknown>;
  readonly parts: unknown[];
  readonly lines: number[];
  readonly errors: CellError[];
}

/** Groups rows by key as they come; `end` gives the records, in the order their keys first appear. */
export function rowGrouper(reader: GroupedReader): {
  add: (row: Readonly<Record<string, string>>, line: number, rowErrors?: readonly CellError[]) => MappedRecord[];
  end: () => MappedRecord[];
} {
  const groups = new Map<string, Group>();
  const order: (Group | MappedRecord)[] = [];
  return {
    add(row, line, rowErrors = []) {
      const read = reader.read(row);
      const errors = [...rowErrors, ...("errors" in read ? read.errors : [])].map((e) => ({
        ...e,
        line: e.line ?? line,
      }));
      if (read.key === undefined || read.head === undefined) {
        order.push({ line, errors });
        return [];
      }
      let group = groups.get(read.key);
      if (!group) {
        group = { line, head: read.head, parts: [], lines: [], errors: [] };
        groups.set(read.key, group);
        order.push(group);
      }
      group.errors.push(...errors);
      if (JSON.stringify(read.head) !== JSON.stringify(group.head))
        group.errors.push({
          line,
          column: (reader.headColumns ?? []).join(", "),
          reason: "differs from the first row of its record (these cells must agree on every row)",
        });
      if ("part" in read && errors.length === 0) {
        group.parts.push(read.part);
        group.lines.push(line);
      }
      return [];
    },
    end() {
      return order.map((g): MappedRecord => {
        if (!("parts" in g)) return g;
        if (g.errors.length > 0) return { line: g.line, errors: g.errors };
        const built = reader.build(g.head, g.parts, g.lines);
        return "value" in built ? { line: g.line, value: built.value } : { line: g.line, errors: built.errors };
      });
    },
  };
}
