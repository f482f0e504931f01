// CSV output (RFC 4180) with csv-stringify, the sibling of the csv-parse the CLI reads with: a
// header row, then one row per result; a cell with a comma, a quote or a line break is quoted,
// its quotes doubled. Lines end with CRLF, as RFC 4180 and spreadsheets expect.
import { stringify } from "csv-stringify/sync";

type Cell = string | number | boolean | null | undefined;

/** The text of a cell: empty for null and undefined, `true`/`false` for a boolean. */
const text = (value: Cell): string => (value === null || value === undefined ? "" : String(value));

/** The CSV text of a header and rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // quoted_match: csv-stringify quotes a cell holding its own record delimiter (CRLF) but not a
  // bare LF or CR; RFC 4180 quotes every line break, or a reader splits the record.
  return stringify([headers.map(text), ...rows.map((row) => row.map(text))], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}
