import { el, escapeText, title } from "../timeline/markup.js";

// The report's bar charts: one bar per row, inline SVG. A hidden number (small-cell suppression)
// has no bar and no value: only its mark, so that no length gives it away.

/** One bar: its label, and its value or null when hidden. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
}

const WIDTH = 680;
const LABEL = 220;
const BAR = 360;
const ROW = 24;
/** Labels longer than this are cut with an ellipsis (the whole label is the row's hover text and in the table). */
const LABEL_CHARS = 30;

/** A count with thousands separators, the same on every machine (no locale). */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function cut(label: string): string {
  const chars = [...label];
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join("")}…`;
}

function barRow(bar: Bar, i: number, max: number, format: (n: number) => string): string {
  const y = i * ROW;
  const label = el("text", { x: LABEL - 8, y: y + 16, "text-anchor": "end" }, escapeText(cut(bar.label)));
  if (bar.value === null)
    return el(
      "g",
      { "data-hidden": "true" },
      title(`${bar.label}: hidden (small-cell suppression)`),
      label,
      el("text", { x: LABEL, y: y + 16, class: "hidden" }, "† hidden"),
    );
  const length = max === 0 ? 0 : Math.max(bar.value > 0 ? 1 : 0, Math.round((bar.value / max) * BAR));
  return el(
    "g",
    {},
    title(`${bar.label}: ${format(bar.value)}`),
    label,
    length > 0 ? el("rect", { x: LABEL, y: y + 4, width: length, height: ROW - 8 }) : "",
    el("text", { x: LABEL + length + 6, y: y + 16 }, escapeText(format(bar.value))),
  );
}

/**
 * A horizontal bar chart of `bars` (in order), scaled to the largest shown value; a hidden value
 * is drawn as its mark only. Every text is escaped.
 *
 * @example barChart("Complaints by MCO", [{ label: "Acme Health", value: 42 }, { label: "Bold Care", value: null }])
 */
export function barChart(caption: string, bars: readonly Bar[], format: (n: number) => string = formatCount): string {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const height = Math.max(1, bars.length) * ROW + 4;
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "bars",
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: "img",
      "aria-label": caption,
    },
    ...bars.map((b, i) => barRow(b, i, max, format)),
  );
  return el("figure", {}, el("figcaption", {}, escapeText(caption)), svg);
}
