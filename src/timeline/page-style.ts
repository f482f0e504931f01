import { statusStyles } from "./status-look.js";

// The page's one stylesheet, inline (the page loads nothing from the network). The statuses'
// colours come from STATUS_LOOKS, one per status of the vocabulary.
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
`;
