// What a reader can work out from a published table of counts: its entries with the sums they
// are part of, and the hidden entries those sums pin down (rank of the sums, Gaussian elimination),
// written independently of src/portal-statistics/suppression.ts.
import type { CountGrid, HiddenGrid } from "../../src/portal-statistics/suppression.js";

/** The table as published: every entry (cells, then its margins) with the sums it is part of. */
export interface Augmented {
  readonly values: number[][];
  readonly hidden: boolean[][];
  /** Each published sum: the entries (i, j) adding up to zero with their signs (+1 a part, −1 the total). */
  readonly lines: [number, number, number][][];
}

/** The grid with its margins, independently of the implementation: sums written out. */
export function augmented(grid: CountGrid, hidden: HiddenGrid): Augmented {
  const r = grid.cells.length;
  const c = grid.cells[0]?.length ?? 0;
  const rowSum = (i: number) => (grid.cells[i] ?? []).reduce((a, b) => a + b, 0);
  const colSum = (j: number) => grid.cells.reduce((a, row) => a + (row[j] ?? 0), 0);
  const all = grid.cells.reduce((a, _, i) => a + rowSum(i), 0);
  const values = grid.cells.map((row, i) => [...row, ...(grid.rowTotals ? [rowSum(i)] : [])]);
  const hiddenRows = hidden.cells.map((row, i) => [...row, ...(grid.rowTotals ? [hidden.rowTotals[i] ?? false] : [])]);
  if (grid.columnTotals) {
    values.push([...Array.from({ length: c }, (_, j) => colSum(j)), ...(grid.rowTotals ? [all] : [])]);
    hiddenRows.push([...hidden.columnTotals, ...(grid.rowTotals ? [hidden.total] : [])]);
  }
  const lines: [number, number, number][][] = [];
  const height = values.length;
  const width = values[0]?.length ?? 0;
  if (grid.rowTotals)
    for (let i = 0; i < height; i++)
      lines.push(Array.from({ length: width }, (_, j) => [i, j, j === c ? -1 : 1] as [number, number, number]));
  if (grid.columnTotals)
    for (let j = 0; j < width; j++)
      lines.push(Array.from({ length: height }, (_, i) => [i, j, i === r ? -1 : 1] as [number, number, number]));
  return { values, hidden: hiddenRows, lines };
}

/** The rank of a matrix (rows of small integers), by Gaussian elimination. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col] ?? 0) > 1e-9);
    if (pivot === -1) continue;
    [m[rank], m[pivot]] = [m[pivot] as number[], m[rank] as number[]];
    const p = m[rank] as number[];
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const row = m[i] as number[];
      const f = (row[col] ?? 0) / (p[col] ?? 1);
      for (let k = 0; k < width; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0);
    }
    rank++;
  }
  return rank;
}

/**
 * The hidden entries the published sums determine: the sums restricted to the hidden entries (the
 * shown ones are known) pin an entry down exactly when its unit vector is in their row space.
 */
export function determined(a: Augmented): [number, number][] {
  const vars = a.hidden.flatMap((row, i) => row.flatMap((h, j): [number, number][] => (h ? [[i, j]] : [])));
  const matrix = a.lines.map((line) => vars.map(([i, j]) => line.find(([x, y]) => x === i && y === j)?.[2] ?? 0));
  const base = rank(matrix);
  return vars.filter((_, k) => rank([...matrix, vars.map((__, n) => (n === k ? 1 : 0))]) === base);
}
