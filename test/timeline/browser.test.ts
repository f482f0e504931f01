// The timeline page and the sanction notice page in a real browser: headless Chromium renders it to a PNG. Skipped, with the
// reason logged, only where no Chromium can be found (.ci/run installs Debian's `chromium`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sanctionNoticePageOf } from "../../src/sanction-notice/index.js";
import {
  evaluateSanctionNotices,
  evaluateTickets,
  illinoisStateCalendar,
  type Ticket,
  ticketTimeline,
  timelinePage,
  workQueue,
} from "../../src/index.js";
import { shiftedSamples } from "./shifted-samples.js";

const ROOT = join(import.meta.dirname, "..", "..");
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium)
  console.warn(
    `browser test skipped: no Chromium found (looked for ${NAMES.join(", ")} on PATH and $CHROMIUM_PATH); install it with apt-get install -y chromium`,
  );

const dir = mkdtempSync(join(tmpdir(), "timeline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders `html` to a PNG with headless Chromium; returns the PNG's bytes. */
function screenshot(name: string, html: string, width: number, height: number): Buffer {
  const page = join(dir, `${name}.html`);
  const png = join(dir, `${name}.png`);
  writeFileSync(page, html);
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    `--user-data-dir=${join(dir, `profile-${name}`)}`,
    `--window-size=${width},${height}`,
    `--screenshot=${png}`,
    `file://${page}`,
  ];
  const run = spawnSync(chromium as string, args, { encoding: "utf8", timeout: 90_000 });
  if (!existsSync(png))
    throw new Error(`chromium wrote no screenshot (status ${run.status}): ${run.stderr.slice(-400)}`);
  return readFileSync(png);
}

/**
 * The page laid out by Chromium in a window `width` px wide, measured by a script added to a copy
 * of it (the page itself has none): what `MEASURE` writes into the DOM, read back with --dump-dom.
 */
function measure(name: string, html: string, width: number): Measured {
  const page = join(dir, `${name}-measured.html`);
  writeFileSync(page, html.replace("</body>", `<script>${MEASURE}</script></body>`));
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    `--user-data-dir=${join(dir, `profile-${name}-measured`)}`,
    `--window-size=${width},900`,
    "--dump-dom",
    `file://${page}`,
  ];
  const run = spawnSync(chromium as string, args, { encoding: "utf8", timeout: 90_000, maxBuffer: 1 << 28 });
  const found = /<pre id="measured">([^<]*)<\/pre>/.exec(run.stdout);
  if (!found) throw new Error(`chromium gave no measures (status ${run.status}): ${run.stderr.slice(-400)}`);
  return JSON.parse(found[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, "&") ?? "") as Measured;
}

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}
interface Measured {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Every text of the overview's two pictures, with the box of the picture it is in. */
  readonly labels: readonly (Box & { readonly svg: Box })[];
  /** Each date cell and `<time>`, with the number of line boxes it takes. */
  readonly dates: readonly { readonly text: string; readonly lines: number }[];
}

// Runs in the browser, on the copy only.
const MEASURE = `
const box = (e) => { const r = e.getBoundingClientRect();
  return { text: e.textContent, left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY }; };
const labels = [...document.querySelectorAll("svg.overview-axis text, svg.overview-lanes text")]
  .map((t) => ({ ...box(t), svg: box(t.ownerSVGElement) }));
const lines = (e) => { const range = document.createRange(); range.selectNodeContents(e);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size; };
const dates = [...document.querySelectorAll("td.date, time")].filter((e) => e.textContent !== "")
  .map((e) => ({ text: e.textContent, lines: lines(e) }));
const out = document.createElement("pre"); out.id = "measured";
out.textContent = JSON.stringify({ scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth, labels, dates });
document.body.append(out);`;

/** The pairs of boxes that overlap (by more than half a pixel each way). */
function overlaps(boxes: readonly Box[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const found: [string, string][] = [];
  for (const [i, a] of sorted.entries())
    for (const b of sorted.slice(i + 1)) {
      if (b.top >= a.bottom - 0.5) break;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - b.top > 0.5)
        found.push([a.text, b.text]);
    }
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.skipIf(!chromium)("the timeline page in headless Chromium", () => {
  it("renders to a PNG, much richer than an empty page", () => {
    const samples = JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as Ticket[];
    const asOf = "2024-07-10";
    const calendar = illinoisStateCalendar();
    const queue = workQueue(evaluateTickets(samples, { asOf, calendar }), { asOf, calendar }).items;
    const html = timelinePage(
      samples.map((t) => ticketTimeline(t, { asOf, project: true })),
      { asOf, calendar, queue },
    );
    const png = screenshot("timeline", html, 1200, 1400);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(png)).toEqual({ width: 1200, height: 1400 });
    const empty = screenshot("empty", "<!DOCTYPE html><html><body></body></html>", 1200, 1400);
    expect(png.length).toBeGreaterThan(empty.length * 5);
  }, 200_000);
});

describe.skipIf(!chromium)("the overview of 64 tickets, events days apart, in a 1280 px window", () => {
  const asOf = "2024-08-20";
  const calendar = illinoisStateCalendar();
  const tickets = shiftedSamples(64);
  const queue = workQueue(evaluateTickets(tickets, { asOf, calendar }), { asOf, calendar }).items;
  const html = timelinePage(
    tickets.map((t) => ticketTimeline(t, { asOf, project: true })),
    { asOf, calendar, queue },
  );
  let measured: Measured;
  const measures = () => {
    measured ??= measure("overview", html, 1280);
    return measured;
  };

  it("has labels whose boxes never overlap, each inside its picture", () => {
    const { labels } = measures();
    expect(labels.length).toBeGreaterThan(64 * 2);
    expect(overlaps(labels)).toEqual([]);
    const outside = labels.filter((l) => l.left < l.svg.left - 0.5 || l.right > l.svg.right + 0.5);
    expect(outside.map((l) => l.text)).toEqual([]);
  }, 120_000);

  it("has nothing wider than the window", () => {
    const { scrollWidth, clientWidth } = measures();
    expect(clientWidth).toBeGreaterThan(1200);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }, 120_000);

  it("never wraps a date: each date cell and date in a text takes one line", () => {
    const { dates } = measures();
    expect(dates.length).toBeGreaterThan(tickets.length * 4);
    expect(dates.filter((d) => d.lines !== 1)).toEqual([]);
  }, 120_000);
});

describe.skipIf(!chromium)("the sanction notice page in headless Chromium", () => {
  it("renders to a PNG, much richer than an empty page", () => {
    const asOf = "2024-07-10";
    const fines = [
      { ticketNumber: "T-1", mco: "Acme Health", dueDate: "2024-02-05", overdueOn: "2024-02-06", issuedOn: null },
      { ticketNumber: "T-2", mco: "Acme Health", dueDate: "2024-03-04", overdueOn: "2024-03-05", issuedOn: null },
    ].map((f) => ({ ...f, amountCents: 500000 }));
    const { notices } = evaluateSanctionNotices({ fines }, { asOf });
    const html = sanctionNoticePageOf(notices, { asOf: asOf as never, paymentDueDate: "as-stated-by-hfs" });
    const png = screenshot("notice", html, 900, 1000);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(png)).toEqual({ width: 900, height: 1000 });
    const empty = screenshot("empty-notice", "<!DOCTYPE html><html><body></body></html>", 900, 1000);
    expect(png.length).toBeGreaterThan(empty.length * 3);
  }, 200_000);
});
