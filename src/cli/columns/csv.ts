// CSV output (RFC 4180): a header row, then one row per result; a cell with a comma, a quote or
// a line break is quoted, its quotes doubled. Lines end with CRLF, as RFC 4180 and spreadsheets
// expect.

/** One CSV cell: quoted when it must be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a header and rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${[headers, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
