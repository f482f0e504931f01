// The CLI's readers on wide headers and long lines: linear, so ten times the input takes about
// ten times as long (a header of 40,000 columns against one of 4,000; one NDJSON line of 64 MB
// against one of 6.4 MB). Before: quadratic (40,000 columns took 30 s, a 64 MB line 49 s). Each
// figure is a ratio of two inputs read in the same run, in this process (the reader only, not
// Node's start-up), best of 3 alternating rounds. Runs alone: npx tsx bench/cli-reading.ts.
import { Readable } from "node:stream";
import { readCsv } from "../src/cli/csv.js";
import { readRecords } from "../src/cli/records.js";
import { setRecordLimit } from "../src/cli/record-limit.js";

export interface ReadingFigure {
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean;
  readonly detail: string;
}

/** A nested CSV with a header of `columns` field names and 10 rows. */
function wideCsv(columns: number): string {
  const header = Array.from({ length: columns }, (_, i) => `field${i}`).join(",");
  const row = `x${",".repeat(columns - 1)}`;
  return `${header}\n${Array.from({ length: 10 }, () => row).join("\n")}\n`;
}

/** One NDJSON record of about `mb` MB, in chunks of 64 KiB as a file is read. */
function longLine(mb: number): Buffer[] {
  const text = `${JSON.stringify({ member: "x", note: "y".repeat(Math.round(mb * 1e6)) })}\n`;
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  return chunks;
}

async function drain(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}

async function msOf(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Best of 3 alternating rounds of each async run. */
async function bestOfAsync(runs: readonly (() => Promise<number>)[]): Promise<number[]> {
  const times: number[][] = runs.map(() => []);
  for (let round = 0; round < 3; round++) for (const [i, run] of runs.entries()) times[i]?.push(await run());
  return times.map((t) => Math.min(...t));
}

const ratio = (figure: string, big: number, small: number, detail: string): ReadingFigure => ({
  figure,
  value: `${(big / small).toFixed(1)}×`,
  goal: "≈ 10× (linear)",
  met: big / small <= 20,
  detail: `${detail}: ${big.toFixed(0)} ms against ${small.toFixed(0)} ms`,
});

export async function readingFigures(): Promise<ReadingFigure[]> {
  const narrow = wideCsv(4_000);
  const wide = wideCsv(40_000);
  const [wideMs = 0, narrowMs = 1] = await bestOfAsync([
    () => msOf(() => drain(readCsv(Readable.from([wide])))),
    () => msOf(() => drain(readCsv(Readable.from([narrow])))),
  ]);
  setRecordLimit("128");
  const short = longLine(6.4);
  const long = longLine(64);
  const [longMs = 0, shortMs = 1] = await bestOfAsync([
    () => msOf(() => drain(readRecords(Readable.from(long), "ndjson"))),
    () => msOf(() => drain(readRecords(Readable.from(short), "ndjson"))),
  ]);
  setRecordLimit("16");
  return [
    ratio("CLI CSV header, 40,000 vs 4,000 columns", wideMs, narrowMs, "nested CSV header and 10 rows read"),
    ratio("CLI NDJSON line, 64 MB vs 6.4 MB", longMs, shortMs, "one record read and parsed"),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const f of await readingFigures()) console.log(`${f.figure}: ${f.value} (goal ${f.goal}); ${f.detail}`);
