// Writing results: JSON (default: one document, streamed), NDJSON (one result a line) or a
// readable table (streamed too: its widths come from a window of the first rows). Errors go to
// stderr always, and into the JSON document's `errors`. Every format keeps a bounded amount in
// memory whatever the number of records: a buffer of text, the table's first rows, the first errors.
import type { Writable } from "node:stream";

export type OutputFormat = "json" | "ndjson" | "table";

/** A record that could not be evaluated: where, which field, why; never the value (it may be PHI). */
export interface RecordError {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
  readonly ruleId?: string;
}

/** Columns of the table format: a header and how to read its cell from a result. */
export type Columns<T> = readonly (readonly [header: string, cell: (result: T) => string])[];

export interface ResultWriter<T> {
  /** Writes a result; false when the output's buffer is full and `drain` should be awaited. */
  write(result: T): boolean;
  drain(): Promise<void>;
  /**
   * Closes the output with the errors listed (at most {@link LISTED_ERRORS}), how many there were
   * in all, a summary and, when reading stopped early, why.
   */
  end(errors: readonly RecordError[], summary: Record<string, unknown>, stopped?: string, errorCount?: number): void;
}

/** How many rows the table reads before it fixes its column widths (docs/cli.md, "Large inputs"). */
export const TABLE_WINDOW = 1000;

/** How many errors the JSON document lists (every one is on stderr; the summary counts them all). */
export const LISTED_ERRORS = 1000;

/** Pieces shorter than this are gathered into one write (a table's rows); longer ones go as they are. */
const SMALL = 4 * 1024;

/** Gathered pieces are handed to the stream once they reach about this many characters. */
const CHUNK = 16 * 1024;

/**
 * A buffered text output: small pieces (table rows) are gathered into one write, and handed over
 * too when the loop next waits (for more input, say), so output never lags behind; a large piece
 * (a result's JSON) is written as it is (gathering would copy it once more, to join it).
 * `put` returns false when the stream's buffer is full (then await `drain`).
 */
export function textOutput(out: Writable): { put(text: string): boolean; flush(): void; drain(): Promise<void> } {
  let pending = "";
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === "") return;
    const text = pending;
    pending = "";
    out.write(text);
  };
  return {
    put: (text) => {
      if (text.length >= SMALL) {
        flush();
        return out.write(text);
      }
      pending += text;
      if (pending.length >= CHUNK) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      return !out.writableNeedDrain;
    },
    flush,
    drain: () =>
      out.writableNeedDrain ? new Promise<void>((resolve) => out.once("drain", () => resolve())) : Promise.resolve(),
  };
}

const pairs = (record: Record<string, unknown>) =>
  Object.entries(record)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join("  ");

export function createWriter<T>(
  format: OutputFormat,
  out: Writable,
  header: Record<string, unknown>,
  columns: Columns<T>,
): ResultWriter<T> {
  const text = textOutput(out);
  if (format === "ndjson") {
    // The last line says why the output is incomplete, when it is.
    return {
      write: (r) => text.put(`${JSON.stringify(r)}\n`),
      drain: text.drain,
      end: (_errors, _summary, stopped) => {
        if (stopped) text.put(`${JSON.stringify({ stopped })}\n`);
        text.flush();
      },
    };
  }
  if (format === "table") return tableWriter(text, header, columns);
  let first = true;
  const open = JSON.stringify(header).slice(0, -1);
  text.put(`${open}${open.length > 1 ? "," : ""}"results":[`);
  return {
    write: (r) => {
      const more = text.put(`${first ? "\n" : ",\n"}${JSON.stringify(r)}`);
      first = false;
      return more;
    },
    drain: text.drain,
    end: (errors, summary, stopped, errorCount = errors.length) => {
      const unlisted = errorCount > errors.length ? `,"errorsNotListed":${errorCount - errors.length}` : "";
      const stop = stopped ? `,"stopped":${JSON.stringify(stopped)}` : "";
      text.put(`\n],"errors":${JSON.stringify(errors)}${unlisted},"summary":${JSON.stringify(summary)}${stop}}\n`);
      text.flush();
    },
  };
}

/**
 * The table, streamed: the first {@link TABLE_WINDOW} rows are held to size the columns (as wide
 * as the widest of those cells and the header), then written, and every later row is written as
 * it comes in those widths. A later cell wider than its column is written whole (never cut): it
 * pushes the rest of its row to the right.
 */
function tableWriter<T>(
  text: ReturnType<typeof textOutput>,
  header: Record<string, unknown>,
  columns: Columns<T>,
): ResultWriter<T> {
  const headers = columns.map(([h]) => h);
  let window: string[][] | undefined = [];
  let line: (cells: readonly string[]) => string = () => "";
  const start = () => {
    const rows = window ?? [];
    window = undefined;
    const sized = tableLine(columnWidths(headers, rows));
    line = sized;
    text.put(`${pairs(header)}\n${sized(headers)}\n${sized(sized.widths.map((w) => "-".repeat(w)))}\n`);
    for (const row of rows) text.put(`${line(row)}\n`);
  };
  return {
    write: (r) => {
      const row = columns.map(([, cell]) => cell(r));
      if (window === undefined) return text.put(`${line(row)}\n`);
      window.push(row);
      if (window.length >= TABLE_WINDOW) start();
      return true;
    },
    drain: text.drain,
    end: (errors, summary, stopped, errorCount = errors.length) => {
      if (window !== undefined) start();
      text.put(`${pairs(summary)}${errorCount ? `  (see stderr for ${errorCount} error(s))` : ""}\n`);
      if (stopped) text.put(`stopped: ${stopped}\n`);
      text.flush();
    },
  };
}

/** The widths of a table's columns: the widest of the header and the cells of `rows`. */
export function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  // A loop, not Math.max(...rows): spreading a million rows as arguments overflows the stack.
  const widths = headers.map((h) => h.length);
  for (const row of rows)
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, (row[i] ?? "").length);
  return widths;
}

/** One line of a table in these widths, two spaces between columns, no trailing blanks. */
export function tableLine(
  widths: readonly number[],
): ((cells: readonly string[]) => string) & { widths: readonly number[] } {
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return Object.assign(line, { widths });
}

/**
 * A plain-text table with aligned columns, every row read first (for the commands whose
 * tables are small: a calendar, a report; the record commands stream theirs).
 *
 * @example renderTable(["A", "Bee"], [["xx", "y"]]) // "A   Bee\n--  ---\nxx  y"
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = tableLine(columnWidths(headers, rows));
  return [line(headers), line(line.widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One error line for stderr: `line 3: events.0.date: expected … (PORTAL-…)`, no value. */
export function formatError(error: RecordError): string {
  const rule = error.ruleId ? ` (${error.ruleId})` : "";
  return `line ${error.line}: ${error.field || "record"}: ${error.reason}${rule}`;
}
