// Reading input records for the CLI: a JSON document (one object or an array), NDJSON (one
// record a line, streamed) or CSV (streamed; typed by header suffixes). A record that cannot be
// read is yielded as an error with its line number; it never stops the others.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";

export type InputFormat = "json" | "ndjson" | "csv";

/** One input record, or the reason it could not be read. `line` is 1-based. */
export type RecordItem =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: { readonly field: string; readonly reason: string } };

/** The input stream: a file path, or standard input for `-` or no path. */
export function openInput(path: string | undefined): Readable {
  return path === undefined || path === "-" ? process.stdin : createReadStream(path);
}

/** Guesses the format from the file name; defaults to JSON. */
export function formatOf(path: string | undefined, explicit: string | undefined): InputFormat {
  if (explicit === "json" || explicit === "ndjson" || explicit === "csv") return explicit;
  if (path?.endsWith(".ndjson") || path?.endsWith(".jsonl")) return "ndjson";
  if (path?.endsWith(".csv")) return "csv";
  return "json";
}

/** Reads records from a stream in the given format. */
export function readRecords(stream: Readable, format: InputFormat): AsyncGenerator<RecordItem> {
  if (format === "ndjson") return readNdjson(stream);
  if (format === "csv") return readCsv(stream);
  return readJson(stream);
}

async function* readNdjson(stream: Readable): AsyncGenerator<RecordItem> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, error: { field: "", reason: `not valid JSON: ${(error as Error).message}` } };
    }
  }
}

async function* readJson(stream: Readable): AsyncGenerator<RecordItem> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { line: 1, error: { field: "", reason: `not valid JSON: ${(error as Error).message}` } };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  // A JSON array has no lines per record: "line" is the record's position, 1-based.
  for (const [i, item] of items.entries()) yield { line: i + 1, value: item };
}

/**
 * CSV: the header names the fields, dotted for nesting (`internalDispute.trackingNumber`).
 * Cells are text unless the header says otherwise: `name:number`, `name:boolean` (true/false),
 * `name:json` (an array or object, e.g. a ticket's events). An empty cell is an absent field.
 * Nothing is guessed from a cell's look (principle 6: nothing is silently coerced).
 */
async function* readCsv(stream: Readable): AsyncGenerator<RecordItem> {
  const skipped: RecordItem[] = [];
  const parser = stream.pipe(
    parseCsv({
      columns: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) skipped.push({ line: Number(error.lines ?? 0), error: { field: "", reason: error.message } });
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    // The parser reports a skipped row as soon as it reads it: keep the output in line order.
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < info.lines) yield skipped.shift() as RecordItem;
    yield csvRecord(record, info.lines);
  }
  while (skipped.length > 0) yield skipped.shift() as RecordItem;
}

function csvRecord(record: Record<string, string>, line: number): RecordItem {
  const value: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(record)) {
    if (cell === "") continue;
    const [path = "", type = "string"] = header.split(":");
    const typed = typedCell(cell, type);
    if ("error" in typed) return { line, error: { field: path, reason: typed.error } };
    setPath(value, path.split("."), typed.value);
  }
  return { line, value };
}

function typedCell(cell: string, type: string): { value: unknown } | { error: string } {
  if (type === "string") return { value: cell };
  if (type === "number") return /^-?\d+(\.\d+)?$/.test(cell) ? { value: Number(cell) } : { error: `expected a number, got ${JSON.stringify(cell)}` };
  if (type === "boolean") return cell === "true" || cell === "false" ? { value: cell === "true" } : { error: `expected true or false, got ${JSON.stringify(cell)}` };
  if (type === "json") {
    try {
      return { value: JSON.parse(cell) };
    } catch {
      return { error: `expected JSON, got ${JSON.stringify(cell.slice(0, 60))}` };
    }
  }
  return { error: `unknown column type '${type}' (use number, boolean or json)` };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] ?? ""] = value;
}
