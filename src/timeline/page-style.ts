import { statusStyles } from "./status-look.js";

// The page's one stylesheet, inline (the page loads nothing from the network). The statuses'
// colours come from STATUS_LOOKS, one per status of the vocabulary. Every text placed in the
// overview is monospace: its width is estimated from a fixed character width
// (label-placement.ts), so that labels never overlap.
const MONO = '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, "Courier New", monospace';

export const PAGE_STYLE = `
body {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1b1f24; margin: 24px; background: #fff;
}
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 6px; }
.meta, .summary { color: #4a5360; margin: 0 0 8px; }
svg.timeline { display: block; max-width: 100%; height: auto; border: 1px solid #d8dde3; border-radius: 4px; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1b1f24; }
svg .month { font-weight: 600; }
svg .day { fill: #6b7480; }
svg .tick { stroke: #b9c0c8; }
svg .weekend, svg .legend .weekend .swatch { fill: #eef0f3; }
svg .holiday, svg .legend .holiday .swatch { fill: #fbe3b8; }
svg .event circle { fill: #37474f; }
svg .event text { fill: #37474f; }
svg .lane-label { font-size: 12px; }
svg .deadline .bar { stroke-width: 4; stroke-linecap: round; opacity: 0.45; }
svg .deadline .due { stroke-width: 2; }
svg .deadline .done { fill: #fff; stroke: #1b1f24; stroke-width: 1.5; }
${statusStyles()}
svg .projected .bar { opacity: 0.8; stroke-width: 2; }
td.status-projected { font-style: italic; }
svg .as-of line { stroke: #d81b60; stroke-width: 2; stroke-dasharray: 6 3; }
svg .as-of text { fill: #d81b60; font-weight: 600; }
svg g.deadline:hover .lane-label { font-weight: 700; }
table { border-collapse: collapse; margin: 8px 0 0; font-size: 13px; }
th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; border-bottom: 1px solid #eceff2; }
td.at-risk-critical, td.at-risk-breached { color: #c62828; font-weight: 600; } td.at-risk-warning { color: #e65100; }
td.number { text-align: right; padding-right: 16px; } section.queue tbody tr:hover { background: #f3f6fa; }
details summary { cursor: pointer; color: #4a5360; margin-top: 6px; }
td.date, time, td.rule { white-space: nowrap; }
a { color: #0b57b0; } a:focus-visible, summary:focus-visible { outline: 2px solid #0b57b0; outline-offset: 2px; }
ul.key { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 13px; }
ul.key li::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px;
  border: 2px solid #37474f; vertical-align: -1px; }
ul.key li.event::before { border-radius: 50%; background: #37474f; width: 6px; height: 6px; }
ul.key li.as-of::before { width: 0; border-width: 0 0 0 2px; border-style: dashed; border-color: #d81b60; }
div.overview { max-width: 100%; }
div.overview svg { display: block; max-width: 100%; height: auto; }
div.axis { position: sticky; top: 0; background: #fff; z-index: 1; }
svg.overview-axis text, svg.overview-lanes text { font: 11px ${MONO}; fill: #1b1f24; }
svg.overview-axis text.heading { font-weight: 700; }
svg.overview-axis text.month { font-weight: 700; }
svg.overview-axis .as-of { stroke: #d81b60; stroke-width: 2; stroke-dasharray: 4 2; }
svg.overview-axis text.as-of { fill: #c2185b; stroke: none; font-weight: 700; }
svg.overview-axis .rule { stroke: #b9c0c8; }
svg.overview-lanes .ticket-link text, svg.overview-lanes text.next-due,
svg.overview-lanes text.no-due { font-size: 12px; }
svg.overview-lanes .ticket-link text { fill: #0b57b0; text-decoration: underline; }
svg.overview-lanes text.no-due { fill: #4a5360; }
svg.overview-lanes .zebra { fill: #0b3d91; fill-opacity: 0.04; }
svg.overview-lanes .grid { stroke: #d8dde3; }
svg.overview-lanes .event { fill: #37474f; }
svg.overview-lanes .deadline .bar { stroke-width: 3; }
svg.overview-lanes .as-of line { stroke: #d81b60; stroke-width: 2; stroke-dasharray: 6 3; }
section.ticket { scroll-margin-top: 8px; }
section.ticket table { margin-top: 4px; }
section.ticket caption { text-align: left; font-weight: 600; color: #4a5360; padding: 6px 0 2px; }
ol.steps { margin: 0; padding-left: 18px; }
td.explanation { min-width: 280px; }
`;
