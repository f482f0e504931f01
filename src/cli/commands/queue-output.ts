// The output of `queue`, written an item at a time in every format (iCalendar: queue-ics.ts): the
// items are made again one by one from the queue's compact store (workQueueBuilder), so the memory
// of the output does not grow with the queue. The bytes are those of the whole document written at once.
import type { StoredWorkQueue } from "../../api/operations/queue.js";
import { csvRows, toCsv } from "../columns/csv.js";
import { QUEUE_CSV, QUEUE_TABLE } from "../columns/queue-columns.js";
import { type RecordError, tableLine, textOutput } from "../output.js";
import { writeQueueIcs } from "./queue-ics.js";
import { pacedItems } from "./queue-items.js";

type Output = ReturnType<typeof textOutput>;

/** Writes a piece, waiting for the output to drain when its buffer is full. */
async function put(out: Output, text: string): Promise<void> {
  if (!out.put(text)) await out.drain();
}

// JSON.stringify(document, null, 2), its items written one at a time: each item is indented two
// levels, as the whole document's stringify indents it.
async function writeJson(
  out: Output,
  queue: StoredWorkQueue,
  header: Record<string, unknown>,
  errors: readonly RecordError[],
): Promise<void> {
  const whole = JSON.stringify({ command: "queue", ...header, items: [], errors }, null, 2);
  const marker = '\n  "items": []';
  const at = whole.indexOf(marker);
  await put(out, `${whole.slice(0, at)}\n  "items": [`);
  let first = true;
  for await (const x of pacedItems(queue)) {
    await put(out, `${first ? "\n" : ",\n"}    ${JSON.stringify(x, null, 2).replaceAll("\n", "\n    ")}`);
    first = false;
  }
  await put(out, `${first ? "]" : "\n  ]"}${whole.slice(at + marker.length)}\n`);
}

async function writeCsv(out: Output, queue: StoredWorkQueue): Promise<void> {
  await put(
    out,
    toCsv(
      QUEUE_CSV.map(([h]) => h),
      [],
    ),
  );
  let rows: (string | number | null)[][] = [];
  for await (const x of pacedItems(queue)) {
    rows.push(QUEUE_CSV.map(([, cell]) => cell(x)));
    if (rows.length === 500) {
      await put(out, csvRows(rows));
      rows = [];
    }
  }
  if (rows.length > 0) await put(out, csvRows(rows));
}

// renderTable's table, read twice: once for the widths of the columns, once for the rows.
async function writeTable(out: Output, queue: StoredWorkQueue): Promise<void> {
  const headers = QUEUE_TABLE.map(([h]) => h);
  const widths = headers.map((h) => h.length);
  for await (const x of pacedItems(queue))
    QUEUE_TABLE.forEach(([, cell], i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell(x).length);
    });
  const line = tableLine(widths);
  await put(out, `Work queue as of ${queue.asOf}: ${queue.size} deadline(s)\n${line(headers)}\n`);
  await put(out, line(widths.map((w) => "-".repeat(w))));
  for await (const x of pacedItems(queue)) await put(out, `\n${line(QUEUE_TABLE.map(([, cell]) => cell(x)))}`);
  await put(out, "\n");
}

/** Writes the queue in `format` (checked by the command), with the errors of the input in JSON. */
export async function printQueue(
  format: string,
  queue: StoredWorkQueue,
  header: Record<string, unknown>,
  errors: readonly RecordError[],
): Promise<void> {
  const out = textOutput(process.stdout);
  if (format === "json") await writeJson(out, queue, header, errors);
  else if (format === "ndjson") for await (const x of pacedItems(queue)) await put(out, `${JSON.stringify(x)}\n`);
  else if (format === "csv") await writeCsv(out, queue);
  else if (format === "ics") await writeQueueIcs(queue, (text) => put(out, text));
  else await writeTable(out, queue);
  out.flush();
}
