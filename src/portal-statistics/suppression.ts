// Small-cell suppression of a published table of counts (PORTAL-STATISTICS): the
// CMS cell-size suppression policy hides every count from 1 to 10, and then enough other cells
// that no hidden count can be worked out from the totals the table publishes.

/** A table of counts as it will be published: its cells, and which totals it shows beside them. */
export interface CountGrid {
  /** Rows of counts (each row as long as the first; at least one row and one column). */
  readonly cells: readonly (readonly number[])[];
  /** Each row's total is published (then also the grand total, when column totals are too). */
  readonly rowTotals: boolean;
  /** Each column's total is published. */
  readonly columnTotals: boolean;
}

/** Which entries of a {@link CountGrid} are hidden; a margin the grid does not publish is `false`. */
export interface HiddenGrid {
  readonly cells: readonly (readonly boolean[])[];
  readonly rowTotals: readonly boolean[];
  readonly columnTotals: readonly boolean[];
  /** The grand total (published only with both row and column totals). */
  readonly total: boolean;
}

/** One published number: its value and the (at most two) sums it is part of, as line numbers. */
interface Entry {
  readonly value: number;
  /** The line (a published sum) at each end; -1 is a free end (no sum). */
  readonly ends: readonly [number, number];
}

const FREE = -1;

/** The grid with its margins as entries, and the sums (lines) each entry is part of. */
function entriesOf(grid: CountGrid): { entries: Entry[]; lines: number; width: number; height: number } {
  const r = grid.cells.length;
  const c = grid.cells[0]?.length ?? 0;
  const height = r + (grid.columnTotals ? 1 : 0);
  const width = c + (grid.rowTotals ? 1 : 0);
  const valueAt = (i: number, j: number): number => {
    const row = i < r ? grid.cells[i] : undefined;
    if (row !== undefined && j < c) return row[j] ?? 0;
    if (row !== undefined) return row.reduce((a, b) => a + b, 0);
    let sum = 0;
    for (const cells of grid.cells) sum += j < c ? (cells[j] ?? 0) : cells.reduce((a, b) => a + b, 0);
    return sum;
  };
  // A row with its total is one sum (row lines 0..height-1); a column with its total another.
  const entries: Entry[] = [];
  for (let i = 0; i < height; i++)
    for (let j = 0; j < width; j++)
      entries.push({
        value: valueAt(i, j),
        ends: [grid.rowTotals ? i : FREE, grid.columnTotals ? height + j : FREE],
      });
  return { entries, lines: height + width, width, height };
}

/** Whether each hidden entry is a bridge of the graph of hidden entries (lines as nodes, `FREE` one more node). */
function bridges(entries: readonly Entry[], hidden: readonly boolean[], lines: number): boolean[] {
  const node = (end: number) => (end === FREE ? lines : end);
  const adjacency: [number, number][][] = Array.from({ length: lines + 1 }, () => []);
  entries.forEach((e, k) => {
    if (!hidden[k]) return;
    adjacency[node(e.ends[0])]?.push([node(e.ends[1]), k]);
    adjacency[node(e.ends[1])]?.push([node(e.ends[0]), k]);
  });
  const order = new Array<number>(lines + 1).fill(-1);
  const low = new Array<number>(lines + 1).fill(0);
  const isBridge = new Array<boolean>(entries.length).fill(false);
  let counter = 0;
  const visit = (u: number, viaEdge: number): void => {
    order[u] = low[u] = counter++;
    for (const [v, k] of adjacency[u] ?? []) {
      if (k === viaEdge) continue;
      if ((order[v] ?? -1) === -1) {
        visit(v, k);
        low[u] = Math.min(low[u] ?? 0, low[v] ?? 0);
        if ((low[v] ?? 0) > (order[u] ?? 0)) isBridge[k] = true;
      } else low[u] = Math.min(low[u] ?? 0, order[v] ?? 0);
    }
  };
  for (let u = 0; u <= lines; u++) if (order[u] === -1) visit(u, -1);
  return isBridge;
}

/** The cheapest set of entries joining the two ends of `skip` without it: hidden ones cost 0, others their value. */
function cheapestPath(entries: readonly Entry[], hidden: readonly boolean[], lines: number, skip: number): number[] {
  const node = (end: number) => (end === FREE ? lines : end);
  const start = node(entries[skip]?.ends[0] ?? FREE);
  const goal = node(entries[skip]?.ends[1] ?? FREE);
  const cost = new Array<number>(lines + 1).fill(Number.POSITIVE_INFINITY);
  const via = new Array<number>(lines + 1).fill(-1);
  const done = new Array<boolean>(lines + 1).fill(false);
  cost[start] = 0;
  for (;;) {
    let u = -1;
    for (let n = 0; n <= lines; n++) if (!done[n] && (u === -1 || (cost[n] ?? 0) < (cost[u] ?? 0))) u = n;
    if (u === -1 || cost[u] === Number.POSITIVE_INFINITY || u === goal) break;
    done[u] = true;
    entries.forEach((e, k) => {
      // A zero is published as known: it cannot hide anything, so a path never goes through one.
      if (k === skip || (e.value === 0 && !hidden[k])) return;
      const [a, b] = [node(e.ends[0]), node(e.ends[1])];
      const v = a === u ? b : b === u ? a : -1;
      const next = (cost[u] ?? 0) + (hidden[k] ? 0 : e.value);
      if (v !== -1 && next < (cost[v] ?? 0)) [cost[v], via[v]] = [next, k];
    });
  }
  const path: number[] = [];
  for (let n = goal; n !== start && (via[n] ?? -1) !== -1; ) {
    const k = via[n] ?? -1;
    path.push(k);
    const [a, b] = [node(entries[k]?.ends[0] ?? FREE), node(entries[k]?.ends[1] ?? FREE)];
    n = a === n ? b : a;
  }
  return cost[goal] === Number.POSITIVE_INFINITY ? [] : path;
}

/** A line with exactly one hidden entry: hides the smallest other non-zero entry of it (the first of equals). */
function lineRule(entries: readonly Entry[], hidden: boolean[], lines: number): boolean {
  let changed = false;
  for (let line = 0; line < lines; line++) {
    const on = entries.flatMap((e, k) => (e.ends[0] === line || e.ends[1] === line ? [k] : []));
    if (on.filter((k) => hidden[k]).length !== 1) continue;
    let pick = -1;
    for (const k of on)
      if (
        !hidden[k] &&
        (entries[k]?.value ?? 0) > 0 &&
        (pick === -1 || (entries[k]?.value ?? 0) < (entries[pick]?.value ?? 0))
      )
        pick = k;
    if (pick !== -1) [hidden[pick], changed] = [true, true];
  }
  return changed;
}

/** A hidden entry still determined by the others (a bridge): joins its ends by the cheapest path. */
function bridgeRule(entries: readonly Entry[], hidden: boolean[], lines: number): boolean {
  const isBridge = bridges(entries, hidden, lines);
  for (let k = 0; k < entries.length; k++) {
    if (!isBridge[k]) continue;
    const path = cheapestPath(entries, hidden, lines, k);
    // Never empty with consistent totals (a non-zero count's row, column and grand totals join its
    // ends); if it were, hiding every non-zero entry is the safe answer.
    const add = path.length > 0 ? path : entries.flatMap((e, n) => (e.value > 0 ? [n] : []));
    const fresh = add.filter((n) => !hidden[n]);
    for (const n of fresh) hidden[n] = true;
    if (fresh.length > 0) return true;
  }
  return false;
}

/**
 * Small-cell suppression of one table of counts (PORTAL-STATISTICS), a pure function.
 *
 * 1. **Primary**: every count from 1 to `threshold − 1` is hidden, the cells and the published
 *    totals alike (0 is shown: it is no small cell). `forced` entries are hidden too (a total
 *    another table hid, so that linked tables agree).
 * 2. **Complementary**, to a fixed point: a row or column (with its total) holding exactly one
 *    hidden entry gets a second one hidden, its smallest other non-zero entry; and a hidden entry
 *    that the published numbers still determine (it lies on no cycle of hidden entries: two hidden
 *    blocks joined by one cell, say) gets the cheapest chain of entries hidden that closes a cycle.
 *
 * Then every hidden entry lies on a cycle of hidden entries, each of them at least 1, so adding 1
 * and taking 1 in turn around the cycle keeps every published total: each hidden count has at least
 * two values the published numbers allow. A cell that was safe is hidden only as a complement.
 * The same grid gives the same answer (ties go to the first entry, row by row).
 *
 * @example
 * suppressCounts({ cells: [[3, 40], [25, 30]], rowTotals: true, columnTotals: true }, 11).cells
 * // [[true, true], [true, true]]: 3 is hidden, then one more in its row and its column, and so on
 */
export function suppressCounts(grid: CountGrid, threshold: number, forced?: HiddenGrid): HiddenGrid {
  const { entries, lines, width, height } = entriesOf(grid);
  const r = grid.cells.length;
  const c = width - (grid.rowTotals ? 1 : 0);
  const forcedAt = (i: number, j: number): boolean => {
    if (forced === undefined) return false;
    if (i < r && j < c) return forced.cells[i]?.[j] ?? false;
    if (i < r) return forced.rowTotals[i] ?? false;
    if (j < c) return forced.columnTotals[j] ?? false;
    return forced.total;
  };
  const hidden = entries.map(
    (e, k) => (e.value >= 1 && e.value < threshold) || forcedAt(Math.floor(k / width), k % width),
  );
  while (lineRule(entries, hidden, lines) || bridgeRule(entries, hidden, lines));
  const at = (i: number, j: number) => hidden[i * width + j] ?? false;
  return {
    cells: grid.cells.map((row, i) => row.map((_, j) => at(i, j))),
    rowTotals: grid.cells.map((_, i) => grid.rowTotals && at(i, c)),
    columnTotals: (grid.cells[0] ?? []).map((_, j) => grid.columnTotals && at(r, j)),
    total: grid.rowTotals && grid.columnTotals && height > r && at(r, c),
  };
}
