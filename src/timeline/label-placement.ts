// Labels that never overlap: each label's width is estimated from a fixed character
// width (the page sets a monospace font for every placed label, page-style.ts), then the label
// is put beside its mark on the first row where it fits, never outside the plot.

/**
 * The width of one character of a placed label, in ems: the advance of the common monospace
 * fonts is 0.6 em (DejaVu Sans Mono, Liberation Mono, Menlo, Courier); 0.62 leaves room for
 * rounding, so an estimate is never narrower than the text drawn.
 */
export const CHAR_EM = 0.62;

/** The estimated width in pixels of `text` set in the page's monospace font at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  return [...text].length * fontPx * CHAR_EM;
}

/** A label to place: the x of its mark and its width. */
export interface LabelRequest {
  readonly anchor: number;
  readonly width: number;
}

/** A placed label: its box's left edge, its width and its row (0 is the first row under the marks). */
export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
  readonly row: number;
}

/** Where labels may go: the plot's left and right edges, the space between a mark and its label, between labels. */
export interface PlotBounds {
  readonly left: number;
  readonly right: number;
  readonly offset: number;
  readonly gap: number;
}

const clamp = (x: number, low: number, high: number) => Math.min(Math.max(x, low), high);

/**
 * Each label placed, in the order given: to the right of its mark, else to its left, on the
 * first row where it overlaps no label already there (`gap` apart); near an edge of the plot,
 * on the side that has room, or moved inside the plot. A
 * label wider than the plot is placed at its left edge, alone on its row (the caller shortens
 * its text first: {@link fitText}). Deterministic: the same requests give the same places.
 *
 * @example
 * placeLabels([{ anchor: 10, width: 50 }, { anchor: 20, width: 50 }], { left: 0, right: 200, offset: 4, gap: 6 })
 * // [{ x: 14, width: 50, row: 0 }, { x: 24, width: 50, row: 1 }]
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: PlotBounds): PlacedLabel[] {
  const rows: { x: number; end: number }[][] = [];
  const fits = (row: readonly { x: number; end: number }[], x: number, end: number) =>
    row.every((b) => end + bounds.gap <= b.x || x >= b.end + bounds.gap);
  return requests.map(({ anchor, width }) => {
    const high = Math.max(bounds.left, bounds.right - width);
    // Beside the mark where the plot has room (right, then left), else moved inside the plot.
    const sides = [anchor + bounds.offset, anchor - bounds.offset - width];
    const candidates = [
      ...sides.filter((x) => x >= bounds.left && x <= high),
      ...sides.map((x) => clamp(x, bounds.left, high)),
    ];
    for (let row = 0; ; row++) {
      const boxes = rows[row] ?? [];
      const x = candidates.find((c) => fits(boxes, c, c + width));
      if (x !== undefined) {
        boxes.push({ x, end: x + width });
        rows[row] = boxes;
        return { x, width, row };
      }
    }
  });
}

/**
 * `text` shortened with `…` so that it is no wider than `maxWidth` at `fontPx` (the whole
 * text stays in the mark's `<title>` and in the ticket's detail).
 *
 * @example fitText("extension requested (MCO)", 11, 80) // "extension …"
 */
export function fitText(text: string, fontPx: number, maxWidth: number): string {
  const chars = [...text];
  const max = Math.max(1, Math.floor(maxWidth / (fontPx * CHAR_EM)));
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
