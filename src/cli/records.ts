// Reading input records for the CLI: a JSON document (one object or an array), NDJSON (one
// record a line, streamed) or CSV (streamed; see csv.ts). A record that cannot be read is
// yielded as an error with its line number; it never stops the others. A byte-order mark,
// any line ending and a missing final newline lose nothing.
import type { Readable } from "node:stream";
import { readCsv } from "./csv.js";
import { UsageError } from "./exit.js";
import { parseJson } from "./files.js";
import { limitedLines, TOO_LONG } from "./lines.js";
import type { RecordItem } from "./record-item.js";
import { recordLimit, recordLimitReason } from "./record-limit.js";

export { lines } from "./lines.js";

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
  const limit = recordLimit();
  for await (const text of limitedLines(stream, limit.characters)) {
    line++;
    if (text === TOO_LONG) {
      yield { line, error: { field: "", reason: recordLimitReason(limit) } };
      continue;
    }
    if (text.trim() === "" || (line === 1 && text === "\ufeff")) continue;
    const parsed = parseJson(text);
    yield "reason" in parsed ? { line, error: { field: "", reason: parsed.reason } } : { line, value: parsed.value };
  }
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
