import { type CountGrid, type HiddenGrid, suppressCounts } from "./suppression.js";

// The tables of the statistics report as published: each table's counts with the ones small-cell
// suppression hides set to null, and tables that show the same total (the MCO totals, the quarter
// totals, the number of complaints) suppressed together, so that one table never gives away what
// another hides.

/** What a table counts: complaints and the like, or fine amounts in cents (hidden with their counts). */
export type TableUnit = "count" | "cents";

/** One published table: a null count is hidden (small-cell suppression); absent totals are not published. */
export interface PublishedTable {
  /** A stable name, e.g. `complaints-by-mco`. */
  readonly id: string;
  readonly title: string;
  /** What the rows are, e.g. `MCO`. */
  readonly rowLabel: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly unit: TableUnit;
  /** `cells[row][column]`: the count, or null when hidden. */
  readonly cells: readonly (readonly (number | null)[])[];
  /** Each row's total, or null when the table shows none. */
  readonly rowTotals: readonly (number | null)[] | null;
  /** Each column's total, or null when the table shows none. */
  readonly columnTotals: readonly (number | null)[] | null;
  /** The grand total (shown with both row and column totals), or undefined when the table shows none. */
  readonly total?: number | null;
  /** How many of the table's numbers (cells and totals) are hidden. */
  readonly hidden: number;
}

/** A table before suppression: its counts, and which totals it shows. */
export interface TableDraft extends CountGrid {
  readonly id: string;
  readonly title: string;
  readonly rowLabel: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly unit: TableUnit;
  /** For an amounts table: the id of the table of counts whose hidden cells it hides too. */
  readonly amountsOf?: string;
}

/**
 * A number shown by more than one table, or as good as (a cell another table's total nearly
 * equals): the table's index, and which total or cell (`index` its row, `column` its column).
 */
export interface TotalRef {
  readonly table: number;
  readonly kind: "row" | "column" | "total" | "cell";
  readonly index: number;
  readonly column?: number;
}

type MutableHidden = { cells: boolean[][]; rowTotals: boolean[]; columnTotals: boolean[]; total: boolean };

const copyHidden = (h: HiddenGrid): MutableHidden => ({
  cells: h.cells.map((row) => [...row]),
  rowTotals: [...h.rowTotals],
  columnTotals: [...h.columnTotals],
  total: h.total,
});

function isHidden(h: HiddenGrid, ref: TotalRef): boolean {
  if (ref.kind === "total") return h.total;
  if (ref.kind === "cell") return h.cells[ref.index]?.[ref.column ?? 0] ?? false;
  return (ref.kind === "row" ? h.rowTotals : h.columnTotals)[ref.index] ?? false;
}

/** Hides `ref` in `h`; true when it was shown. */
function hide(h: MutableHidden, ref: TotalRef): boolean {
  if (isHidden(h, ref)) return false;
  if (ref.kind === "total") h.total = true;
  else if (ref.kind === "cell") (h.cells[ref.index] as boolean[])[ref.column ?? 0] = true;
  else (ref.kind === "row" ? h.rowTotals : h.columnTotals)[ref.index] = true;
  return true;
}

/**
 * Suppresses linked tables (`suppressCounts` each), to a fixed point: a total that one table hides
 * is hidden in every table of its link (`links`, lists of the same total in several tables), and
 * those tables are suppressed again with it hidden. What a table hid stays hidden, so it ends.
 *
 * @example suppressLinked([a, b], [[{ table: 0, kind: "total", index: 0 }, { table: 1, kind: "total", index: 0 }]], 11)
 */
export function suppressLinked(
  grids: readonly CountGrid[],
  links: readonly (readonly TotalRef[])[],
  threshold: number,
): HiddenGrid[] {
  let hidden: HiddenGrid[] = grids.map((g) => suppressCounts(g, threshold));
  for (;;) {
    const forced = hidden.map(copyHidden);
    let changed = false;
    for (const link of links) {
      if (!link.some((ref) => isHidden(forced[ref.table] as MutableHidden, ref))) continue;
      for (const ref of link) if (hide(forced[ref.table] as MutableHidden, ref)) changed = true;
    }
    if (!changed) return hidden;
    hidden = grids.map((g, t) => suppressCounts(g, threshold, forced[t]));
  }
}

const rowSum = (row: readonly number[]) => row.reduce((a, b) => a + b, 0);

/** A draft with its hidden numbers set to null. */
export function publishedTable(draft: TableDraft, hidden: HiddenGrid): PublishedTable {
  const shown = (value: number, isHiddenValue: boolean | undefined) => (isHiddenValue ? null : value);
  const columnSums = draft.columns.map((_, j) => draft.cells.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  const count = (list: readonly boolean[]) => list.filter(Boolean).length;
  const both = draft.rowTotals && draft.columnTotals;
  return {
    id: draft.id,
    title: draft.title,
    rowLabel: draft.rowLabel,
    rows: draft.rows,
    columns: draft.columns,
    unit: draft.unit,
    cells: draft.cells.map((row, i) => row.map((v, j) => shown(v, hidden.cells[i]?.[j]))),
    rowTotals: draft.rowTotals ? draft.cells.map((row, i) => shown(rowSum(row), hidden.rowTotals[i])) : null,
    columnTotals: draft.columnTotals ? columnSums.map((v, j) => shown(v, hidden.columnTotals[j])) : null,
    ...(both ? { total: shown(rowSum(columnSums), hidden.total) } : {}),
    hidden:
      hidden.cells.reduce((n, row) => n + count(row), 0) +
      count(hidden.rowTotals) +
      count(hidden.columnTotals) +
      (hidden.total ? 1 : 0),
  };
}
