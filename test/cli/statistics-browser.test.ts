// The statistics report page (`statistics --format html`) in headless Chromium, as a reader sees
// it: no count from 1 to 10 is visible in any table of counts (nor an amount of fewer than 11
// fines), and nothing reaches beyond the viewport's width, on a desktop and a narrow window. A check
// script is added to a copy of the page (the page itself has none); Chromium runs it and prints the
// DOM with its answer. Skipped, with the reason logged, only where no Chromium can be found.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/cli/commands/sanction-notice-pdf.js";
import { cli } from "./run-cli.js";
import { statisticsSample } from "./statistics-sample.js";

const chromium = findChromium();
if (!chromium)
  console.warn("statistics browser test skipped: no Chromium found; install it with apt-get install -y chromium");

const DIR = mkdtempSync(join(tmpdir(), "hfs-statistics-browser-"));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

// Runs in the page: the visible numbers of the count and amount cells, and what sticks out.
const CHECK = `<script>
const small = [];
let cells = 0;
for (const td of document.querySelectorAll("table.counts td")) {
  if (td.getClientRects().length === 0) continue;
  cells++;
  const text = td.innerText.trim();
  const n = td.dataset.kind === "amount" ? Number(text.replace(/[$,]/g, "")) / 5000 : Number(text.replace(/,/g, ""));
  if (Number.isInteger(n) && n >= 1 && n <= 10) small.push(text);
}
const wide = [];
for (const el of document.body.querySelectorAll("*")) {
  // A wide table scrolls inside its own box (.scroll): the box must fit, not the table.
  if (el.closest(".scroll") && !el.classList.contains("scroll")) continue;
  const r = el.getBoundingClientRect();
  if (r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5)) wide.push(el.tagName + " " + Math.round(r.right));
}
document.body.setAttribute("data-check", JSON.stringify({
  small, wide, cells, innerWidth, scrollWidth: document.documentElement.scrollWidth,
}));
</script>`;

/** The page's check answer in Chromium at `width` pixels. */
function check(html: string, width: number) {
  const page = join(DIR, `page-${width}.html`);
  writeFileSync(page, html.replace("</body>", `${CHECK}</body>`));
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    `--user-data-dir=${join(DIR, `profile-${width}`)}`,
    `--window-size=${width},900`,
    "--dump-dom",
    `file://${page}`,
  ];
  const run = spawnSync(chromium as string, args, { encoding: "utf8", timeout: 90_000 });
  const found = /data-check="([^"]*)"/.exec(run.stdout);
  if (!found) throw new Error(`no answer from chromium (status ${run.status}): ${run.stderr.slice(-400)}`);
  const json = (found[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return JSON.parse(json) as {
    small: string[];
    wide: string[];
    cells: number;
    innerWidth: number;
    scrollWidth: number;
  };
}

describe.skipIf(!chromium)("the statistics report page in headless Chromium", () => {
  const file = join(DIR, "tickets.json");
  writeFileSync(file, JSON.stringify(statisticsSample()));
  const html = cli(["statistics", file, "--as-of", "2025-03-31", "--format", "html"]).stdout;

  // 500 px: the narrowest window headless Chromium lays out (a phone in landscape).
  for (const width of [1280, 500])
    it(`at ${width} px: no visible count from 1 to 10, nothing beyond the viewport's width`, () => {
      const answer = check(html, width);
      expect(answer.innerWidth).toBe(width);
      expect(answer.cells).toBeGreaterThan(50);
      expect(answer.small).toEqual([]);
      expect(answer.wide).toEqual([]);
      expect(answer.scrollWidth).toBeLessThanOrEqual(width);
    }, 200_000);

  it("the check sees a small count when one is shown (threshold 1)", () => {
    const open = cli(["statistics", file, "--as-of", "2025-03-31", "--format", "html", "--suppression-threshold", "1"]);
    expect(check(open.stdout, 1280).small.length).toBeGreaterThan(0);
  }, 200_000);
});
