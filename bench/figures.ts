// `npm run bench`: the figures of the speed-and-footprint goals, each a ratio against a baseline
// measured in the same run (best of 3 alternating rounds: the machine is shared and noisy), with
// its goal beside it. Never a timed assertion in a test: this prints, it does not fail.
//
// Environment: BENCH_CLI_TICKETS (default 100000), BENCH_MILLION=1 (the CLI peak on 1,000,000
// tickets, of ticket, queue and statistics: one to three minutes per format), BENCH_MEMBERS (Class Members of the spenddown quarter,
// 3 months each; default 30000 = 90,000 member-months), BENCH_ONLY=portal,calendar,cli,reading,spenddown,import,bundle,
// timeline,http (reading: the CLI's readers on a wide CSV header and a long NDJSON line, bench/cli-reading.ts;
// timeline: the overview page of 500 tickets, bench/timeline-page.ts; http: the HTTP API against the same
// evaluations in process, and one call's p99 latency under load, bench/http.ts; needs `npm run build`).
import { appendFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addBusinessDays,
  createTicketEvaluator,
  evaluateTicket,
  type IsoDate,
  illinoisStateCalendar,
} from "../src/index.js";
import { fromDayNumber, toDayNumber } from "../src/core/checked-dates.js";
import { readingFigures } from "./cli-reading.js";
import { BUNDLE_GOALS_KB, browserBundle, bundleDetail, IMPORT_GOAL, importTimes, kb } from "./footprint.js";
import { bestOf, runNode, timed } from "./measure.js";
import { prefixSumLookup } from "./prefix-sum.js";
import { seededRandom } from "./random.js";
import { ticketGenerator } from "./tickets.js";
import { httpFigures } from "./http.js";
import { overviewPageFigures } from "./timeline-page.js";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist", "index.js");
const cli = join(root, "dist", "cli.js");
const ROUNDS = 3;
const only = process.env.BENCH_ONLY?.split(",");
const wanted = (key: string) => only === undefined || only.includes(key);

interface Row {
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean | null;
  readonly detail: string;
}
const rows: Row[] = [];
const ratioRow = (figure: string, subject: number, baseline: number, goal: number, detail: string): Row => ({
  figure,
  value: `${(subject / baseline).toFixed(2)}×`,
  goal: `≤ ${goal}×`,
  met: subject / baseline <= goal,
  detail,
});
const mibRow = (figure: string, mib: number, goal: number, detail: string): Row => ({
  figure,
  value: Number.isNaN(mib) ? "n/a" : `${mib.toFixed(0)} MiB`,
  goal: `≤ ${goal} MiB`,
  met: Number.isNaN(mib) ? null : mib <= goal,
  detail,
});
let sink = 0;

function portal(): void {
  const next = ticketGenerator();
  const tickets = Array.from({ length: 20_000 }, (_, i) => next(i));
  const texts = tickets.map((t) => JSON.stringify(t));
  const asOf = "2025-12-31";
  const calendar = illinoisStateCalendar();
  // A caller evaluating many tickets holds one evaluator for them (its cache shared by the batch).
  const evaluate = () =>
    timed(() => {
      const evaluator = createTicketEvaluator({ asOf, calendar });
      for (const t of tickets) sink += JSON.stringify(evaluator.evaluate(t)).length;
    });
  const roundTrip = () =>
    timed(() => {
      for (const text of texts) sink += JSON.stringify(JSON.parse(text)).length;
    });
  // The same without JSON.stringify: how much of the figure is the evaluation, how much the result's size.
  const evaluateOnly = () =>
    timed(() => {
      const evaluator = createTicketEvaluator({ asOf, calendar });
      for (const t of tickets) sink += evaluator.evaluate(t).deadlines.length;
    });
  evaluate(); // warm-up
  const [subject = 0, baseline = 1, alone = 0] = bestOf(ROUNDS, [evaluate, roundTrip, evaluateOnly]);
  const resultBytes = JSON.stringify(
    evaluateTicket(tickets[0] as Parameters<typeof evaluateTicket>[0], { asOf, calendar }),
  ).length;
  rows.push(
    ratioRow(
      "portal: createTicketEvaluator(…).evaluate (one evaluator) + JSON.stringify ÷ JSON round trip of the ticket",
      subject,
      baseline,
      1.5,
      `${tickets.length.toLocaleString("en-US")} tickets: ${subject.toFixed(0)} ms vs ${baseline.toFixed(0)} ms ` +
        `(evaluation alone ${alone.toFixed(0)} ms, ${(alone / baseline).toFixed(2)}×); ` +
        `a result ${resultBytes} B for a ${texts[0]?.length} B ticket`,
    ),
  );
}

function calendarFigure(): void {
  const random = seededRandom(2024);
  const calendar = illinoisStateCalendar();
  const first = toDayNumber("2017-01-01" as IsoDate);
  const span = toDayNumber("2027-12-31" as IsoDate) - first;
  const calls = 1_000_000;
  const dates = Array.from({ length: calls }, () => fromDayNumber(first + Math.floor(random() * span)));
  const counts = Int32Array.from({ length: calls }, () => 1 + Math.floor(random() * 60));
  const lookup = prefixSumLookup(calendar, 2016, 2029);
  for (let i = 0; i < calls; i += 997) {
    if (
      lookup(dates[i] as string, counts[i] as number) !==
      addBusinessDays(dates[i] as IsoDate, counts[i] as number, calendar)
    )
      throw new Error(`the lookup disagrees on call ${i}`);
  }
  // Each round alternates the two sides in slices of 50,000 calls, so a burst of load on the
  // shared machine slows both alike; the best of the rounds is kept for each side.
  const slice = 50_000;
  const round = (): [number, number] => {
    let library = 0;
    let floor = 0;
    for (let from = 0; from < calls; from += slice) {
      library += timed(() => {
        for (let i = from; i < from + slice; i++)
          sink += addBusinessDays(dates[i] as IsoDate, counts[i] as number, calendar).length;
      });
      floor += timed(() => {
        for (let i = from; i < from + slice; i++) sink += lookup(dates[i] as string, counts[i] as number).length;
      });
    }
    return [library, floor];
  };
  round(); // warm-up
  let subject = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    const [library, floor] = round();
    subject = Math.min(subject, library);
    baseline = Math.min(baseline, floor);
  }
  rows.push(
    ratioRow(
      "calendar: addBusinessDays ÷ hand-written Int32 prefix-sum lookup with the same argument checks",
      subject,
      baseline,
      1.5,
      `1,000,000 calls (2017-2027, n 1..60): ${subject.toFixed(0)} ms vs ${baseline.toFixed(0)} ms`,
    ),
  );
}

/** NDJSON tickets in a file, written in chunks (a million lines do not fit in one string). */
function ticketFile(dir: string, count: number): string {
  const file = join(dir, `tickets-${count}.ndjson`);
  const next = ticketGenerator();
  writeFileSync(file, "");
  for (let done = 0; done < count; done += 10_000) {
    const lines: string[] = [];
    for (let i = done; i < Math.min(done + 10_000, count); i++) lines.push(JSON.stringify(next(i)));
    appendFileSync(file, `${lines.join("\n")}\n`);
  }
  return file;
}

function cliFigures(dir: string): void {
  if (!existsSync(cli)) {
    rows.push({
      figure: "CLI figures",
      value: "skipped",
      goal: "",
      met: null,
      detail: "dist/cli.js is missing: npm run build",
    });
    return;
  }
  const count = Number(process.env.BENCH_CLI_TICKETS ?? 100_000);
  const input = ticketFile(dir, count);
  const output = join(dir, "out.ndjson");
  const asOf = ["--as-of", "2025-12-31"];
  const cliRun = (format: string) =>
    runNode([cli, "ticket", input, ...asOf, "--format", format], { stdoutFile: output });
  const script = join(import.meta.dirname, "child", "json-round-trip.mjs");
  const peaks: Record<string, number> = {};
  // The CLI's NDJSON output, measured after its own run (the baseline then writes the same file).
  let outSize = 0;
  const [subject = 0, baseline = 1] = bestOf(ROUNDS, [
    () => {
      const run = cliRun("ndjson");
      if (run.status !== 0) throw new Error(`the CLI exited ${run.status}: ${run.stderr.slice(0, 400)}`);
      peaks.ndjson = Math.max(peaks.ndjson ?? 0, run.peakMiB);
      outSize = statSync(output).size;
      return run.ms;
    },
    () => runNode([script, input], { stdoutFile: output }).ms,
  ]);
  rows.push(
    ratioRow(
      `CLI: ${count.toLocaleString("en-US")} NDJSON tickets → NDJSON ÷ node read-parse-stringify-write`,
      subject,
      baseline,
      1.5,
      `${(subject / 1000).toFixed(1)} s vs ${(baseline / 1000).toFixed(1)} s; input ${(statSync(input).size / 1e6).toFixed(0)} MB, output ${(outSize / 1e6).toFixed(0)} MB`,
    ),
  );
  let peakInput = input;
  let peakCount = count;
  if (process.env.BENCH_MILLION === "1") {
    peakCount = 1_000_000;
    peakInput = ticketFile(dir, peakCount);
    peaks.ndjson = Number.NaN;
  }
  for (const format of ["ndjson", "json", "table"]) {
    if (peakInput === input && format === "ndjson") continue;
    const run = runNode([cli, "ticket", peakInput, ...asOf, "--format", format], { stdoutFile: output });
    peaks[format] = run.status === 0 ? run.peakMiB : Number.NaN;
  }
  // The commands that answer only at the end keep what their answer needs: a queue its items
  // (compactly; its calendar written an event at a time), statistics their counts.
  const atEnd = [
    ["queue", ["table", "csv", "json", "ndjson", "ics"]],
    ["statistics", ["table", "csv", "json"]],
  ] as const;
  for (const [command, formats] of atEnd)
    for (const format of formats) {
      const run = runNode([cli, command, peakInput, ...asOf, "--format", format], { stdoutFile: output });
      peaks[`${command} ${format}`] = run.status === 0 ? run.peakMiB : Number.NaN;
    }
  const worst = Math.max(...Object.values(peaks));
  const each = Object.entries(peaks)
    .map(([f, m]) => `${f} ${m.toFixed(0)}`)
    .join(", ");
  rows.push(
    mibRow(
      `CLI: peak memory on ${peakCount.toLocaleString("en-US")} tickets, ticket, queue, statistics, any format${peakCount < 1_000_000 ? " (BENCH_MILLION=1 for 1,000,000)" : ""}`,
      worst,
      256,
      `max RSS per format (ticket unless named), MiB: ${each}`,
    ),
  );
}

function spenddownFigure(): void {
  if (!existsSync(dist)) return;
  const members = Number(process.env.BENCH_MEMBERS ?? 30_000);
  const script = join(import.meta.dirname, "child", "spenddown-quarter.mjs");
  const env = { MEMBERS: String(members) };
  const evaluate = runNode([script, "evaluate"], { env });
  const input = runNode([script, "input"], { env });
  rows.push(
    mibRow(
      `spenddown: evaluateProviderQuarter, ${(members * 3).toLocaleString("en-US")} member-months, peak memory`,
      evaluate.status === 0 ? evaluate.peakMiB : Number.NaN,
      256,
      `${(evaluate.ms / 1000).toFixed(1)} s${evaluate.status === 0 ? "" : ` (exit ${evaluate.status}: ${evaluate.stderr.slice(0, 200)})`}; the input alone peaks at ${input.peakMiB.toFixed(0)} MiB`,
    ),
  );
}

function importFigure(): void {
  if (!existsSync(dist)) return;
  const { library, bare } = importTimes(root);
  rows.push(
    ratioRow(
      'import("hfs-mco-rules") ÷ node -e 0 (median of 9, alternating)',
      library,
      bare,
      IMPORT_GOAL,
      `${library.toFixed(0)} ms vs ${bare.toFixed(0)} ms`,
    ),
  );
}

async function bundleFigure(): Promise<void> {
  if (!existsSync(dist)) return;
  // The package by name, as a bundler resolves it: the exports map's "browser" condition points
  // at the module-per-file build (dist/esm). zod's share is of the minified bytes.
  for (const [name, goal] of Object.entries(BUNDLE_GOALS_KB)) {
    const b = await browserBundle(root, name);
    rows.push({
      figure: `esbuild browser bundle of ${name} alone, minified + gzip`,
      value: kb(b.gzip),
      goal: `≤ ${goal} KB`,
      met: b.gzip <= goal * 1024,
      detail: bundleDetail(b),
    });
  }
}

const dir = mkdtempSync(join(tmpdir(), "hfs-bench-"));
try {
  if (!existsSync(dist))
    console.log("dist/ is missing: the CLI, spenddown, import and bundle figures need npm run build");
  if (wanted("portal")) portal();
  if (wanted("calendar")) calendarFigure();
  if (wanted("import")) importFigure();
  if (wanted("bundle")) await bundleFigure();
  if (wanted("spenddown")) spenddownFigure();
  if (wanted("cli")) cliFigures(dir);
  if (wanted("reading")) rows.push(...(await readingFigures()));
  if (wanted("timeline")) rows.push(...overviewPageFigures(ROUNDS));
  if (wanted("http")) rows.push(...(await httpFigures(ROUNDS)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\nFigures (same run, best of ${ROUNDS} alternating rounds unless stated; node ${process.version})`);
console.log(`${"figure".padEnd(width)} | ${"now".padStart(9)} | ${"goal".padEnd(10)} | met`);
for (const r of rows) {
  console.log(
    `${r.figure.padEnd(width)} | ${r.value.padStart(9)} | ${r.goal.padEnd(10)} | ${r.met === null ? "-" : r.met ? "yes" : "NO"}`,
  );
  console.log(`${"".padEnd(width)}   ${r.detail}`);
}
console.log(`[checksum ${sink % 1000}]`);
