// Writing results: JSON (default: one document, streamed), NDJSON (one result a line) or a
// readable table. Errors go to stderr always, and into the JSON document's `errors`.
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
  /** Closes the output with the errors, a summary and, when reading stopped early, why. */
  end(errors: readonly RecordError[], summary: Record<string, unknown>, stopped?: string): void;
}

/** Writes text; returns false when the stream's buffer is full (the caller then awaits drain). */
function writer(out: Writable): (text: string) => boolean {
  return (text) => out.write(text);
}

export function createWriter<T>(format: OutputFormat, out: Writable, header: Record<string, unknown>, columns: Columns<T>): ResultWriter<T> {
  const put = writer(out);
  const drain = () => new Promise<void>((resolve) => out.once("drain", () => resolve()));
  if (format === "ndjson") {
    // The last line says why the output is incomplete, when it is.
    return {
      write: (r) => put(`${JSON.stringify(r)}\n`),
      drain,
      end: (_errors, _summary, stopped) => {
        if (stopped) put(`${JSON.stringify({ stopped })}\n`);
      },
    };
  }
  if (format === "table") {
    const rows: string[][] = [];
    return {
      write: (r) => rows.push(columns.map(([, cell]) => cell(r))) > 0,
      drain,
      end: (errors, summary, stopped) => {
        const meta = Object.entries(header).map(([k, v]) => `${k}: ${String(v)}`).join("  ");
        put(`${meta}\n${renderTable(columns.map(([h]) => h), rows)}\n`);
        put(`${Object.entries(summary).map(([k, v]) => `${k}: ${String(v)}`).join("  ")}${errors.length ? `  (see stderr for ${errors.length} error(s))` : ""}\n`);
        if (stopped) put(`stopped: ${stopped}\n`);
      },
    };
  }
  let first = true;
  const open = JSON.stringify(header).slice(0, -1);
  put(`${open}${open.length > 1 ? "," : ""}"results":[`);
  return {
    write: (r) => {
      const more = put(`${first ? "\n" : ",\n"}${JSON.stringify(r)}`);
      first = false;
      return more;
    },
    drain,
    end: (errors, summary, stopped) =>
      put(`\n],"errors":${JSON.stringify(errors)},"summary":${JSON.stringify(summary)}${stopped ? `,"stopped":${JSON.stringify(stopped)}` : ""}}\n`),
  };
}

/** A plain-text table with aligned columns. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): spreading a million rows as arguments overflows the stack.
  const widths = headers.map((h) => h.length);
  for (const row of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, (row[i] ?? "").length);
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One error line for stderr: `line 3: events.0.date: expected … (PORTAL-…)`, no value. */
export function formatError(error: RecordError): string {
  const rule = error.ruleId ? ` (${error.ruleId})` : "";
  return `line ${error.line}: ${error.field || "record"}: ${error.reason}${rule}`;
}
