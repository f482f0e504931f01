// Writing results: JSON (default: one document, streamed), NDJSON (one result a line) or a
// readable table. Errors go to stderr always, and into the JSON document's `errors`.
import type { Writable } from "node:stream";

export type OutputFormat = "json" | "ndjson" | "table";

/** A record that could not be evaluated: where, which field, why. */
export interface RecordError {
  readonly line: number;
  readonly field: string;
  readonly value?: unknown;
  readonly reason: string;
  readonly ruleId?: string;
}

/** Columns of the table format: a header and how to read its cell from a result. */
export type Columns<T> = readonly (readonly [header: string, cell: (result: T) => string])[];

export interface ResultWriter<T> {
  /** Writes a result; false when the output's buffer is full and `drain` should be awaited. */
  write(result: T): boolean;
  drain(): Promise<void>;
  /** Closes the output with the errors and a summary. */
  end(errors: readonly RecordError[], summary: Record<string, unknown>): void;
}

/** Writes text; returns false when the stream's buffer is full (the caller then awaits drain). */
function writer(out: Writable): (text: string) => boolean {
  return (text) => out.write(text);
}

export function createWriter<T>(format: OutputFormat, out: Writable, header: Record<string, unknown>, columns: Columns<T>): ResultWriter<T> {
  const put = writer(out);
  const drain = () => new Promise<void>((resolve) => out.once("drain", () => resolve()));
  if (format === "ndjson") {
    return { write: (r) => put(`${JSON.stringify(r)}\n`), drain, end: () => {} };
  }
  if (format === "table") {
    const rows: string[][] = [];
    return {
      write: (r) => rows.push(columns.map(([, cell]) => cell(r))) > 0,
      drain,
      end: (errors, summary) => {
        const meta = Object.entries(header).map(([k, v]) => `${k}: ${String(v)}`).join("  ");
        put(`${meta}\n${renderTable(columns.map(([h]) => h), rows)}\n`);
        put(`${Object.entries(summary).map(([k, v]) => `${k}: ${String(v)}`).join("  ")}${errors.length ? `  (see stderr for ${errors.length} error(s))` : ""}\n`);
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
    end: (errors, summary) => put(`\n],"errors":${JSON.stringify(errors)},"summary":${JSON.stringify(summary)}}\n`),
  };
}

/** A plain-text table with aligned columns. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One error line for stderr: `line 3: events.0.date = "2024-02-30": expected … (PORTAL-…)`. */
export function formatError(error: RecordError): string {
  const value = error.value === undefined ? "" : ` = ${JSON.stringify(error.value)}`;
  const rule = error.ruleId ? ` (${error.ruleId})` : "";
  return `line ${error.line}: ${error.field || "record"}${value}: ${error.reason}${rule}`;
}
