// The notice page's one stylesheet, inline (the page loads nothing from the network). On paper each
// notice starts a page of its own: one notice per MCO and reporting period.
export const NOTICE_STYLE = `
body {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1b1f24; margin: 24px; background: #fff;
}
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 2px; }
.meta { color: #4a5360; margin: 0 0 16px; }
section.notice {
  border: 1px solid #d8dde3; border-radius: 4px; padding: 20px 24px; margin: 0 0 24px; max-width: 820px;
}
section.notice .subtitle { color: #4a5360; margin: 0 0 14px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0 0 14px; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid #eceff2; vertical-align: top; }
th { border-bottom: 2px solid #b9c0c8; }
td.amount, th.amount { text-align: right; padding-right: 0; }
tfoot td { font-weight: 700; border-bottom: none; border-top: 2px solid #1b1f24; }
.total { font-size: 16px; font-weight: 700; }
.open-point { color: #4a5360; font-size: 12px; }
address { font-style: normal; }
.payment { background: #f5f7fa; border-radius: 4px; padding: 10px 14px; }
.placeholder {
  background: #fff4e0; border: 1px dashed #e65100; color: #8a3a00; border-radius: 4px; padding: 10px 14px;
}
.state { font-size: 12px; color: #4a5360; }
@page { margin: 16mm; }
@media print {
  body { margin: 0; }
  .meta { display: none; }
  section.notice { border: none; padding: 0; margin: 0; max-width: none; break-after: page; }
  section.notice:last-of-type { break-after: auto; }
  .payment, .placeholder { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
