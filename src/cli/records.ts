// Reading input records for the CLI: a JSON document (one object or an array), NDJSON (one
// record a line, streamed) or CSV (streamed; see csv.ts). A record that cannot be read is
// yielded as an error with its line number; it never stops the others. A byte-order mark,
// any line ending and a missing final newline lose nothing.
import type { Readable } from "node:stream";
import { readCsv } from "./csv.js";
import { UsageError } from "./exit.js";
import { parseJson } from "./files.js";
import type { RecordItem } from "./record-item.js";

export type InputFormat = "json" | "ndjson" | "csv";

export type { RecordItem } from "./record-item.js";

/** `--input-format`, or a guess from the file name; defaults to JSON. */
export function formatOf(path: string | undefined, explicit: string | undefined): InputFormat {
  if (explicit === "json" || explicit === "ndjson" || explicit === "csv") return explicit;
  if (explicit !== undefined)
    throw new UsageError(`--input-format must be json, ndjson or csv, got ${JSON.stringify(explicit.slice(0, 40))}`);
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
  for await (const text of lines(stream)) {
    line++;
    if (text.trim() === "" || (line === 1 && text === "\ufeff")) continue;
    const parsed = parseJson(text);
    yield "reason" in parsed ? { line, error: { field: "", reason: parsed.reason } } : { line, value: parsed.value };
  }
}

/**
 * The lines of a stream, decoded as UTF-8 across chunk boundaries, each ended by \n, \r\n or \r
 * (what readline does), one chunk at a time and pulled as the caller reads: no line waits in a
 * queue (readline's iterator buffers up to a thousand), so a line is garbage as soon as its
 * record is read, and a large input streams in bounded memory.
 */
export async function* lines(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let rest = "";
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
    // The next \n and the next \r, each searched for again only once passed (a file of \n
    // lines has no \r: one search for it per chunk, not one per line).
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    let start = 0;
    for (;;) {
      if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
      if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
      const end = cr < 0 ? lf : lf < 0 || cr < lf ? cr : lf;
      // Not ended yet, or a \r last in the chunk: a \n may follow in the next one.
      if (end < 0 || (end === cr && end === text.length - 1)) break;
      yield text.slice(start, end);
      start = end + (end === cr && lf === end + 1 ? 2 : 1);
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest.endsWith("\r")) rest = rest.slice(0, -1);
  if (rest !== "") yield rest;
}

async function* readJson(stream: Readable): AsyncGenerator<RecordItem> {
  // One decoder for the whole stream: a character split between two chunks stays whole.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  for await (const chunk of stream) text += decoder.decode(chunk as Uint8Array, { stream: true });
  text += decoder.decode();
  // An empty input holds no record (NDJSON and CSV agree).
  if (text.replace(/^\ufeff/, "").trim() === "") return;
  const parsed = parseJson(text);
  if ("reason" in parsed) {
    yield { line: 1, error: { field: "", reason: parsed.reason } };
    return;
  }
  const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  // A JSON array has no lines per record: "line" is the record's position, 1-based.
  for (const [i, item] of items.entries()) yield { line: i + 1, value: item };
}
