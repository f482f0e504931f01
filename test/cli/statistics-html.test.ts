// `statistics --format html`: the statistics report for publication as one self-contained page
// (docs/statistics.md): its tables and charts, small cells hidden with the note, hostile text
// escaped, nothing loaded, and the usage errors of the options that do not apply.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";
import { statisticsSample } from "./statistics-sample.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-statistics-"));
const SAMPLE = join(DIR, "tickets.json");
writeFileSync(SAMPLE, JSON.stringify(statisticsSample()));

/** The numbers in the count cells of a page (a hidden one as null). */
function countCells(html: string): (number | null)[] {
  return [...html.matchAll(/<td[^>]*data-kind="count"[^>]*>([^<]*)<\/td>/g)].map((m) =>
    m[1] === "†" ? null : Number((m[1] ?? "").replace(/,/g, "")),
  );
}

describe("statistics --format html", () => {
  const run = cli(["statistics", SAMPLE, "--as-of", "2025-03-31", "--format", "html"]);

  it("writes one self-contained page: tables, charts and the note, nothing loaded, no script", () => {
    expect(run.status, run.stderr).toBe(0);
    const html = run.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:/);
    expect(html.match(/<table class="counts"/g)).toHaveLength(8);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain("every count from 1 to 10 is hidden (†)");
  });

  it("shows no count from 1 to 10; hidden ones as † with no bar", () => {
    const cells = countCells(run.stdout);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((v) => v !== null && v >= 1 && v <= 10)).toEqual([]);
    expect(cells.filter((v) => v === null).length).toBeGreaterThan(0);
    for (const g of run.stdout.match(/<g data-hidden="true">.*?<\/g>/g) ?? []) expect(g).not.toContain("<rect");
  });

  it("holds no member value nor ticket number", () => {
    const tickets = statisticsSample();
    for (const t of tickets.slice(0, 40)) {
      expect(run.stdout).not.toContain(t.ticketNumber);
      for (const m of t.members) {
        expect(run.stdout).not.toContain(m.recipientId);
        for (const d of m.datesOfService) expect(run.stdout).not.toContain(d);
      }
    }
  });

  it("--suppression-threshold 1 shows every count; the same tickets give the same page", () => {
    const open = cli([
      "statistics",
      SAMPLE,
      "--as-of",
      "2025-03-31",
      "--format",
      "html",
      "--suppression-threshold",
      "1",
    ]);
    expect(open.status, open.stderr).toBe(0);
    expect(countCells(open.stdout)).not.toContain(null);
    expect(open.stdout).toContain("Small-cell suppression is off");
    expect(cli(["statistics", SAMPLE, "--as-of", "2025-03-31", "--format", "html"]).stdout).toBe(run.stdout);
  });

  it("escapes every text of the tickets it shows (MCO, program, provider type)", () => {
    const hostile = statisticsSample(30).map((t, i) => ({
      ...t,
      mco: i % 2 ? `<script>alert(1)</script> & "Plan"` : "Acme Health",
      providerType: "<img src=x onerror=alert(1)>",
    }));
    const file = join(DIR, "hostile.json");
    writeFileSync(file, JSON.stringify(hostile));
    const page = cli(["statistics", file, "--as-of", "2025-03-31", "--format", "html", "--suppression-threshold", "1"]);
    expect(page.status, page.stderr).toBe(0);
    expect(page.stdout).not.toMatch(/<script|<img/);
    expect(page.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Plan&quot;");
  });

  it("refuses the options that do not apply, with exit code 2", () => {
    for (const args of [
      ["--format", "html", "--by-quarter"],
      ["--format", "html", "--group-by", "mco"],
      ["--format", "csv", "--suppression-threshold", "5"],
      ["--format", "html", "--suppression-threshold", "0"],
      ["--format", "html", "--suppression-threshold", "ten"],
    ]) {
      const bad = cli(["statistics", "examples/data/tickets.json", "--as-of", "2024-12-31", ...args]);
      expect(bad.status, args.join(" ")).toBe(2);
      expect(bad.stderr).toMatch(/--(by-quarter|group-by|suppression-threshold)/);
    }
  });

  it("a bad ticket: named by its line on stderr, left out of the page, exit code 1", () => {
    const file = join(DIR, "bad.ndjson");
    const [first] = statisticsSample(1);
    writeFileSync(file, `${JSON.stringify(first)}\n${JSON.stringify({ ...first, portalSubmittedOn: "x" })}\n`);
    const page = cli(["statistics", file, "--as-of", "2025-03-31", "--format", "html"]);
    expect(page.status).toBe(1);
    expect(page.stderr).toMatch(/^line 2: portalSubmittedOn/m);
    expect(page.stdout).toContain("1 complaint(s)");
  });
});
