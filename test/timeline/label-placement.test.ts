// Labels that never overlap (issue 26): placed by their estimated width beside their mark, on the
// first row where they fit, always inside the plot; and the month labels of the shared axis.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitText, placeLabels, textWidth } from "../../src/timeline/label-placement.js";
import { monthTicks, OVERVIEW, overviewScaleOf } from "../../src/timeline/overview-scale.js";
import type { IsoDate, TicketTimeline } from "../../src/internal.js";

const boundsArb = fc
  .record({
    left: fc.integer({ min: 0, max: 400 }),
    width: fc.integer({ min: 50, max: 1200 }),
    offset: fc.integer({ min: 0, max: 12 }),
    gap: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ left, width, offset, gap }) => ({ left, right: left + width, offset, gap }));

const caseArb = boundsArb.chain((bounds) =>
  fc.record({
    bounds: fc.constant(bounds),
    requests: fc.array(
      fc.record({
        anchor: fc.double({ min: bounds.left - 20, max: bounds.right + 20, noNaN: true }),
        width: fc.double({ min: 1, max: bounds.right - bounds.left, noNaN: true }),
      }),
      { maxLength: 40 },
    ),
  }),
);

describe("placeLabels", () => {
  it("places every label inside the plot, and no two on one row within `gap` of each other", () => {
    fc.assert(
      fc.property(caseArb, ({ bounds, requests }) => {
        const placed = placeLabels(requests, bounds);
        expect(placed).toHaveLength(requests.length);
        for (const [i, p] of placed.entries()) {
          expect(p.width).toBe(requests[i]?.width);
          expect(p.x).toBeGreaterThanOrEqual(bounds.left);
          expect(p.x + p.width).toBeLessThanOrEqual(bounds.right + 1e-9);
          expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
          for (const q of placed.slice(0, i))
            if (q.row === p.row)
              expect(p.x + p.width + bounds.gap <= q.x + 1e-9 || q.x + q.width + bounds.gap <= p.x + 1e-9).toBe(true);
        }
      }),
    );
  });

  it("uses the rows in turn: no row is left empty under a used one", () => {
    fc.assert(
      fc.property(caseArb, ({ bounds, requests }) => {
        const placed = placeLabels(requests, bounds);
        const rows = new Set(placed.map((p) => p.row));
        for (let r = 0; r < rows.size; r++) expect(rows.has(r)).toBe(true);
      }),
    );
  });

  it("is deterministic, and puts a lone label to the right of its mark, or to its left at the right edge", () => {
    fc.assert(
      fc.property(caseArb, ({ bounds, requests }) => {
        expect(placeLabels(requests, bounds)).toEqual(placeLabels(requests, bounds));
      }),
    );
    const bounds = { left: 0, right: 200, offset: 4, gap: 6 };
    expect(placeLabels([{ anchor: 10, width: 50 }], bounds)).toEqual([{ x: 14, width: 50, row: 0 }]);
    expect(placeLabels([{ anchor: 190, width: 50 }], bounds)).toEqual([{ x: 136, width: 50, row: 0 }]);
    expect(
      placeLabels(
        [
          { anchor: 10, width: 50 },
          { anchor: 20, width: 50 },
        ],
        bounds,
      ),
    ).toEqual([
      { x: 14, width: 50, row: 0 },
      { x: 24, width: 50, row: 1 },
    ]);
  });
});

describe("fitText and textWidth", () => {
  it("shortens a text to the width given, never wider", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 900 }), (text, max) => {
        const fitted = fitText(text, 11, max);
        expect(textWidth(fitted, 11)).toBeLessThanOrEqual(Math.max(max, textWidth("x", 11)));
        if (fitted !== text) expect(fitted.endsWith("…")).toBe(true);
      }),
    );
    expect(fitText("proposal 2024-07-05", 11, 500)).toBe("proposal 2024-07-05");
  });
});

describe("the shared axis's month labels", () => {
  const day = (n: number) => new Date(Date.UTC(1900, 0, 1) + n * 864e5).toISOString().slice(0, 10) as IsoDate;
  const timeline = (first: IsoDate, last: IsoDate) =>
    ({ asOf: first, events: [{ date: last, label: "x" }], deadlines: [] }) as unknown as TicketTimeline;
  it("never overlap and stay inside the plot, the last one included, for any span from days to centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 109_000 }), fc.integer({ min: 0, max: 109_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const ticks = monthTicks(overviewScaleOf([timeline(day(low), day(high))], day(low)));
        const width = textWidth("Sep 2024", OVERVIEW.labelPx);
        const labels = ticks.flatMap((t) => (t.label ? [t.label] : []));
        for (const [i, l] of labels.entries()) {
          expect(l.x).toBeGreaterThanOrEqual(OVERVIEW.plotLeft);
          expect(l.x + width).toBeLessThanOrEqual(OVERVIEW.plotRight + 1e-9);
          if (i > 0) expect(l.x).toBeGreaterThanOrEqual((labels[i - 1]?.x ?? 0) + width);
        }
        if (high - low > 120) expect(labels.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
