import { frozen } from "../core/freeze.js";
import { formatCents } from "../core/money.js";
import { el, escapeText } from "../timeline/markup.js";
import { type Bar, barChart, formatCount } from "./report-chart.js";
import { REPORT_STYLE } from "./report-style.js";
import type { StatisticsReport } from "./report.js";
import type { PublishedTable } from "./report-tables.js";

// The statistics report as one page HFS could post (PORTAL-STATISTICS): the tables of
// `statisticsReport`, bar charts of their totals, and the note on small-cell suppression. Counts
// only: no ticket, member, provider or date of service is on it.

/** The mark of a hidden number, explained by the page's note. */
export const HIDDEN_MARK = "†";

function cell(value: number | null, unit: PublishedTable["unit"], extra: string | undefined): string {
  const kind = unit === "cents" ? "amount" : "count";
  const cls = [extra, value === null ? "hidden" : undefined].filter(Boolean).join(" ") || undefined;
  if (value === null)
    return el(
      "td",
      { class: cls, "data-kind": kind, "data-hidden": "true", title: "hidden (see the note)" },
      HIDDEN_MARK,
    );
  return el(
    "td",
    { class: cls, "data-kind": kind },
    escapeText(unit === "cents" ? formatCents(value) : formatCount(value)),
  );
}

/** One table: a header row, a row per row label (with its total), and the column totals. */
export function tableMarkup(table: PublishedTable, caption: string): string {
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, escapeText(table.rowLabel)),
    ...table.columns.map((c) => el("th", { scope: "col" }, escapeText(c))),
    table.rowTotals ? el("th", { scope: "col", class: "total" }, "Total") : "",
  );
  const rows = table.rows.map((label, i) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, escapeText(label)),
      ...(table.cells[i] ?? []).map((v) => cell(v, table.unit, undefined)),
      table.rowTotals ? cell(table.rowTotals[i] ?? null, table.unit, "total") : "",
    ),
  );
  const foot = table.columnTotals
    ? el(
        "tfoot",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "row" }, "Total"),
          ...table.columnTotals.map((v) => cell(v, table.unit, undefined)),
          table.total === undefined ? "" : cell(table.total, table.unit, "total"),
        ),
      )
    : "";
  return el(
    "div",
    { class: "scroll" },
    el(
      "table",
      { class: "counts", "data-table": table.id },
      el("caption", {}, escapeText(caption)),
      el("thead", {}, head),
      el("tbody", {}, ...rows),
      foot,
    ),
  );
}

const bars = (labels: readonly string[], values: readonly (number | null)[] | null): Bar[] =>
  labels.map((label, i) => ({ label, value: values?.[i] ?? null }));

/** The charts drawn above a table of complaints or fines: its row totals (and, by MCO, the quarters' totals). */
function chartsOf(table: PublishedTable): string[] {
  if (!["complaints-by-mco", "complaints-by-program", "complaints-by-provider-type", "fines-by-mco"].includes(table.id))
    return [];
  const what = table.id === "fines-by-mco" ? "Portal fines" : "Complaints";
  const by = table.rowLabel === "MCO" ? "MCO" : table.rowLabel.toLowerCase();
  const charts = [barChart(`${what} by ${by}, all quarters`, bars(table.rows, table.rowTotals))];
  if (table.id === "complaints-by-mco")
    charts.unshift(barChart("Complaints received, by quarter", bars(table.columns, table.columnTotals)));
  return charts;
}

const SECTIONS: readonly (readonly [string, readonly string[]])[] = frozen([
  ["Complaints received", ["complaints-by-mco", "complaints-by-program", "complaints-by-provider-type"]],
  ["Open, closed and overdue", ["open-closed-by-mco", "overdue-by-mco"]],
  ["Fines and sanction notices", ["fines-by-mco", "fine-amounts-by-mco", "notices-by-mco"]],
] as const);

function section(heading: string, ids: readonly string[], report: StatisticsReport): string {
  const tables = ids.flatMap((id) => report.tables.filter((t) => t.id === id));
  const body = tables.flatMap((t) => [
    ...chartsOf(t),
    tableMarkup(t, t.unit === "cents" ? `${t.title}: amounts ($5,000 a fine)` : t.title),
  ]);
  return el("section", {}, el("h2", {}, escapeText(heading)), ...(body.length > 0 ? body : [el("p", {}, "None.")]));
}

/**
 * One self-contained HTML page (inline CSS and SVG, no script, nothing loaded from the network)
 * of a statistics report (`statisticsReport`): its tables, bar charts of their totals, and the
 * note on small-cell suppression. A hidden number shows as † in its table and has no bar. Every
 * text is escaped; the report holds counts only, no member value.
 *
 * @example statisticsReportPageOf(statisticsReport(tickets, { asOf: "2024-09-30" })).startsWith("<!DOCTYPE html>")
 */
export function statisticsReportPageOf(report: StatisticsReport): string {
  const heading = "MCO Resolution Portal statistics";
  const meta =
    `Complaints received in the HFS Provider Resolution Portal, as of ${report.asOf}: ${formatCount(report.counted)} ` +
    "complaint(s), each in the calendar quarter it was submitted in; open, closed and overdue as of that date; fines " +
    "in the quarter of their fine date, as on the sanction notices. Prepared by hfs-mco-rules (PORTAL-STATISTICS).";
  const head = el(
    "head",
    {},
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el("title", {}, escapeText(`${heading} as of ${report.asOf}`)),
    el("style", {}, REPORT_STYLE),
  );
  const body = el(
    "body",
    {},
    el("h1", {}, escapeText(heading)),
    el("p", { class: "meta" }, escapeText(meta)),
    el("p", { class: "note", role: "note" }, escapeText(report.note)),
    ...SECTIONS.map(([h, ids]) => section(h, ids, report)),
  );
  return `<!DOCTYPE html>\n${el("html", { lang: "en" }, head, body)}\n`;
}
