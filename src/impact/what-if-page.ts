// A comparison or an interpretations report as one self-contained page (inline CSS, no script,
// nothing from the network): the summary first, then each alternative's or the comparison's
// differences in a table. Every text is escaped; every cell comes from what-if-rows.ts, so the
// page says nothing the table and CSV do not (never a member value).
import { el, escapeText } from "../timeline/markup.js";
import type { Comparison, InterpretationsReport } from "./what-if-types.js";
import { ALTERNATIVE_HEADERS, alternativeCells, CHANGE_HEADERS, comparisonRows } from "./what-if-rows.js";

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1f24;
  margin: 24px; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 28px 0 6px; }
.meta { color: #4a5360; margin: 0 0 8px; }
table { border-collapse: collapse; margin: 8px 0 0; font-size: 13px; }
th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; border-bottom: 1px solid #eceff2; }
td.what { max-width: 16em; } td.where { overflow-wrap: anywhere; max-width: 28em; }
.date, th, td.number, td.case, td.rule { white-space: nowrap; }
td.number { text-align: right; padding-right: 16px; }
a { color: #0b57d0; } a:focus { outline: 2px solid #0b57d0; }
`;

const NUMBER_COLUMNS: ReadonlySet<string> = new Set(["Cases", "Changed", "Days moved"]);
const CLASSED: ReadonlySet<string> = new Set(["Case", "Rule", "What", "Where"]);

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  link?: (row: number) => string,
): string {
  const head = el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, escapeText(h))));
  const body = rows.map((cells, r) =>
    el(
      "tr",
      {},
      ...cells.map((cell, i) => {
        const header = headers[i] ?? "";
        const cls = NUMBER_COLUMNS.has(header) ? "number" : CLASSED.has(header) ? header.toLowerCase() : undefined;
        // A date never breaks at its hyphens; the rest of a cell wraps, so that the page fits its width.
        const markup = escapeText(cell).replace(/\d{4}-\d{2}-\d{2}/g, (d) => `<span class="date">${d}</span>`);
        const text = i === 1 && link ? el("a", { href: `#${link(r)}` }, markup) : markup;
        return el("td", { class: cls }, text);
      }),
    ),
  );
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

function page(title: string, meta: string, body: string): string {
  const head = el("head", {}, '<meta charset="utf-8">', el("title", {}, escapeText(title)), el("style", {}, STYLE));
  const top = el("h1", {}, escapeText(title)) + el("p", { class: "meta" }, escapeText(meta));
  return `<!doctype html>\n${el("html", { lang: "en" }, head, el("body", {}, top, body))}\n`;
}

/**
 * The page of a comparison: how many cases of each area were compared and changed, then every
 * difference.
 *
 * @example comparisonPage(compareEvaluations({ tickets }, { asOf, after })).startsWith("<!doctype html>") // true
 */
export function comparisonPage(comparison: Comparison): string {
  const counts = Object.entries(comparison.cases)
    .filter(([, n]) => n > 0)
    .map(([area, n]) => `${area} ${n}`)
    .join(", ");
  const meta =
    `As of ${comparison.asOf}: ${counts || "no cases"} compared; ${comparison.changed} changed; ` +
    `${comparison.errors.length} refused.`;
  return page("What changes", meta, table(CHANGE_HEADERS, comparisonRows(comparison)));
}

/**
 * The page of an interpretations report: one row per alternative (linked to its differences),
 * the points the inputs cannot show, then each alternative's differences under its own anchor.
 *
 * @example interpretationsPage(interpretationsReport({ tickets }, { asOf })).includes("mcoClockStart") // true
 */
export function interpretationsPage(report: InterpretationsReport): string {
  const anchor = (i: number) => `alternative-${i + 1}`;
  const summary = table(ALTERNATIVE_HEADERS, report.alternatives.map(alternativeCells), anchor);
  const untouched = report.untouched.map((u) =>
    el("li", {}, escapeText(`${u.number === null ? "" : `${u.number} `}${u.option}: ${u.reason}`)),
  );
  const details = report.alternatives.map((a, i) =>
    el(
      "section",
      { id: anchor(i) },
      el(
        "h2",
        {},
        escapeText(`${a.option}: ${a.alternative} instead of ${a.default} (${a.changed} of ${a.cases} cases change)`),
      ),
      el("p", { class: "meta" }, escapeText(a.question)),
      a.changed === 0 ? el("p", {}, "No case changes.") : table(CHANGE_HEADERS, comparisonRows(a)),
    ),
  );
  const meta =
    `As of ${report.asOf}: each alternative against the default, all else as given; ` +
    `${report.errors.length} cases refused.`;
  const rest = untouched.length === 0 ? "" : el("h2", {}, "Not shown by these cases") + el("ul", {}, ...untouched);
  return page("What each open point changes", meta, summary + rest + details.join(""));
}
