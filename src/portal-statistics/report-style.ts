// The statistics report page's one stylesheet, inline (the page loads nothing from the network).
// Colours: text #1b1f24 and #4a5360 on white, bars #2f5d8a (contrast ratios 16:1, 8:1, 7:1).
export const REPORT_STYLE = `
body {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1b1f24; margin: 24px; background: #fff; max-width: 1000px;
}
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #d8dde3; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: #4a5360; margin: 0 0 14px; }
.note { background: #f5f7fa; border-left: 4px solid #2f5d8a; padding: 10px 14px; margin: 0 0 18px; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 4px 0 10px; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0 0 4px; white-space: nowrap; }
th, td { padding: 3px 10px; border-bottom: 1px solid #eceff2; white-space: nowrap; }
thead th { border-bottom: 2px solid #b9c0c8; text-align: right; }
thead th:first-child, tbody th, tfoot th { text-align: left; }
td { text-align: right; }
/* In a wide table that scrolls, the row labels stay in view. */
tbody th, tfoot th, thead th:first-child { position: sticky; left: 0; background: #fff; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #1b1f24; border-bottom: none; }
td.total, th.total { font-weight: 700; }
td.hidden { color: #4a5360; }
figure { margin: 6px 0 14px; }
figcaption { font-weight: 600; margin: 0 0 4px; }
svg.bars { width: 100%; max-width: 680px; height: auto; display: block; }
svg.bars text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1b1f24; }
svg.bars text.hidden { fill: #4a5360; }
svg.bars rect { fill: #2f5d8a; }
@media print { body { margin: 0; } .scroll { overflow: visible; } }
`;
