// Small-cell suppression of the statistics report (docs/statistics.md, "The report for
// publication"), in the policy's words: no count from 1 to 10 is published; no hidden count can
// be worked out from the totals a table publishes; a safe cell is hidden only as a complement; the
// same table gives the same answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CountGrid, suppressCounts } from "../../src/portal-statistics/suppression.js";
import { type Augmented, augmented, determined } from "./published-sums.js";

const countArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 4, arbitrary: fc.integer({ min: 11, max: 80 }) },
);

const gridArb = (value: fc.Arbitrary<number>, maxRows: number, maxColumns: number): fc.Arbitrary<CountGrid> =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      columns: fc.integer({ min: 1, max: maxColumns }),
      rowTotals: fc.boolean(),
      columnTotals: fc.boolean(),
      seed: fc.array(value, { minLength: maxRows * maxColumns, maxLength: maxRows * maxColumns }),
    })
    .map(({ rows, columns, rowTotals, columnTotals, seed }) => ({
      cells: Array.from({ length: rows }, (_, i) => seed.slice(i * maxColumns, i * maxColumns + columns)),
      rowTotals,
      columnTotals,
    }));

const THRESHOLD = 11;

describe("small-cell suppression (suppressCounts)", () => {
  it("publishes no count from 1 to 10, cells and totals alike; a zero is never hidden", () => {
    fc.assert(
      fc.property(gridArb(countArb, 6, 6), (grid) => {
        const a = augmented(grid, suppressCounts(grid, THRESHOLD));
        for (const [i, row] of a.values.entries())
          for (const [j, v] of row.entries()) {
            const hidden = a.hidden[i]?.[j];
            if (v >= 1 && v < THRESHOLD) expect(hidden, `entry ${i},${j} = ${v}`).toBe(true);
            if (v === 0) expect(hidden).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves no hidden count recoverable from its row and column totals", () => {
    fc.assert(
      fc.property(gridArb(countArb, 6, 6), (grid) => {
        const a = augmented(grid, suppressCounts(grid, THRESHOLD));
        // A published sum with hidden entries hides at least two of them...
        for (const line of a.lines) {
          const n = line.filter(([i, j]) => a.hidden[i]?.[j]).length;
          expect(n === 0 || n >= 2, `a sum with ${n} hidden entry`).toBe(true);
        }
        // ...and no combination of the published sums pins a hidden entry down.
        expect(determined(a)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("brute force, small tables: each hidden count has at least two values the published numbers allow", () => {
    // Every table of the same shape with counts 0 to 4 is tried: those that publish the same
    // numbers are what a reader cannot tell apart. Counts drawn 0 to 3, so a shift by one stays in range.
    const small = gridArb(fc.integer({ min: 0, max: 3 }), 3, 3).filter(
      (g) => g.cells.length * (g.cells[0]?.length ?? 0) <= 6,
    );
    fc.assert(
      fc.property(small, (grid) => {
        const threshold = 3;
        const a = augmented(grid, suppressCounts(grid, threshold));
        const r = grid.cells.length;
        const c = grid.cells[0]?.length ?? 0;
        const seen = a.values.map((row) => row.map(() => new Set<number>()));
        const hidden = suppressCounts(grid, threshold);
        for (let code = 0; code < 5 ** (r * c); code++) {
          const cells = Array.from({ length: r }, (_, i) =>
            Array.from({ length: c }, (_, j) => Math.floor(code / 5 ** (i * c + j)) % 5),
          );
          const other = augmented({ ...grid, cells }, hidden);
          const same = a.values.every((row, i) => row.every((v, j) => a.hidden[i]?.[j] || other.values[i]?.[j] === v));
          if (same)
            for (const [i, row] of other.values.entries()) for (const [j, v] of row.entries()) seen[i]?.[j]?.add(v);
        }
        for (const [i, row] of a.hidden.entries())
          for (const [j, h] of row.entries())
            if (h) expect(seen[i]?.[j]?.size, `hidden entry ${i},${j}`).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 80 },
    );
  });

  it("hides a safe cell only as a complement: with no small count, or small counts already safe, nothing more", () => {
    fc.assert(
      fc.property(gridArb(countArb, 5, 5), (grid) => {
        const hidden = suppressCounts(grid, THRESHOLD);
        const a = augmented(grid, hidden);
        const primary = a.values.map((row) => row.map((v) => v >= 1 && v < THRESHOLD));
        const alone = augmented(grid, hidden);
        const primaryOnly: Augmented = { ...alone, hidden: primary };
        const safe =
          primaryOnly.lines.every((line) => line.filter(([i, j]) => primary[i]?.[j]).length !== 1) &&
          determined(primaryOnly).length === 0;
        if (safe) expect(a.hidden).toEqual(primary);
        // Every complement is a non-zero count beside another hidden one (in a published sum with it).
        for (const [i, row] of a.hidden.entries())
          for (const [j, h] of row.entries()) {
            if (!h || primary[i]?.[j]) continue;
            expect(a.values[i]?.[j]).toBeGreaterThan(0);
            const partners = a.lines
              .filter((line) => line.some(([x, y]) => x === i && y === j))
              .some((line) => line.some(([x, y]) => (x !== i || y !== j) && a.hidden[x]?.[y]));
            expect(partners).toBe(true);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same answer for the same table (a copy too), and takes forced entries as hidden", () => {
    fc.assert(
      fc.property(gridArb(countArb, 5, 5), (grid) => {
        const once = suppressCounts(grid, THRESHOLD);
        expect(suppressCounts(structuredClone(grid), THRESHOLD)).toEqual(once);
        expect(suppressCounts(grid, THRESHOLD, once)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it("with threshold 1 hides nothing", () => {
    const grid = {
      cells: [
        [1, 2],
        [3, 0],
      ],
      rowTotals: true,
      columnTotals: true,
    };
    const hidden = suppressCounts(grid, 1);
    expect([...hidden.cells.flat(), ...hidden.rowTotals, ...hidden.columnTotals, hidden.total]).not.toContain(true);
  });

  it("closes a cycle where the row and column rule alone would leave a cell derivable", () => {
    // Two hidden blocks joined by one hidden cell: every row and column has two hidden entries, yet the
    // joining cell is the difference of the blocks' published totals; the suppression hides more.
    const cells = [
      [5, 5, 30, 40],
      [5, 5, 5, 40],
      [50, 60, 5, 5],
      [50, 60, 5, 5],
    ];
    const grid = { cells, rowTotals: true, columnTotals: true };
    const primary = cells.map((row) => row.map((v) => v < THRESHOLD));
    const none = { rowTotals: [false, false, false, false], columnTotals: [false, false, false, false], total: false };
    const byLines = augmented(grid, { cells: primary, ...none });
    expect(byLines.lines.every((line) => line.filter(([i, j]) => byLines.hidden[i]?.[j]).length !== 1)).toBe(true);
    expect(determined(byLines)).toEqual([[1, 2]]);
    expect(determined(augmented(grid, suppressCounts(grid, THRESHOLD)))).toEqual([]);
  });
});
