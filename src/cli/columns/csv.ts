// CSV output (RFC 4180) with csv-stringify, the sibling of the csv-parse the CLI reads with: a
// header row, then one row per result; a cell with a comma, a quote or a line break is quoted,
// its quotes doubled. Lines end with CRLF, as RFC 4180 and spreadsheets expect.
import { stringify } from "csv-stringify/sync";

type Cell = string | number | boolean | null | undefined;

/** The text of a cell: empty for null and undefined, `true`/`false` for a boolean. */
const text = (value: Cell): string => (value === null || value === undefined ? "" : String(value));
/** A cell as csv-stringify gets it: a number stays a number, so that `escape_formulas` leaves `-3` alone. */
const cellOf = (value: Cell): string | number => (typeof value === "number" ? value : text(value));

/** The CSV text of a header and rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvText([headers.map(text), ...rows.map((row) => row.map(cellOf))]);
}

/**
 * The CSV text of rows without a header, as {@link toCsv} writes them: each record ends its own
 * line, so a header and rows written a few at a time are the same bytes as the whole.
 */
export function csvRows(rows: readonly (readonly Cell[])[]): string {
  return csvText(rows.map((row) => row.map(cellOf)));
}

function csvText(records: (string | number)[][]): string {
  // quoted_match: csv-stringify quotes a cell holding its own record delimiter (CRLF) but not a
  // bare LF or CR; RFC 4180 quotes every line break, or a reader splits the record.
  // escape_formulas (OWASP "CSV Injection"): a text cell from the input (a provider, an MCO, a
  // plan) that starts with = + - @, a tab or a CR (or their full-width forms) is written with a
  // leading ', so a spreadsheet shows it as text instead of running it as a formula. Numbers
  // (-3) and dates (2024-07-01) are written as they are.
  return stringify(records, {
    record_delimiter: "\r\n",
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
