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
