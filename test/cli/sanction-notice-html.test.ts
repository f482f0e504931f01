// `sanctions notices --format html`: the notice page of the examples, from a fines file and from
// tickets, with the payment details of --payment-details, hostile text escaped, no member value.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../../src/cli/commands/sanction-notice-pdf.js";
import { cli } from "./run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-notice-"));
const DETAILS = "examples/data/payment-details.yaml";
const count = (text: string, part: string) => text.split(part).length - 1;

describe("sanctions notices --format html", () => {
  it("the fines of examples/data/fines.csv: each fine once, the right totals, the payment details", () => {
    const run = cli([
      "sanctions",
      "notices",
      "examples/data/fines.csv",
      "--as-of",
      "2024-07-10",
      "--format",
      "html",
      "--payment-details",
      DETAILS,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const html = run.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    for (const t of ["T-2024-0101", "T-2024-0102", "T-2024-0103", "T-2024-0201"])
      expect(count(html, `data-ticket="${t}"`), t).toBe(1);
    // Aetna 2024-Q1 (1 fine), Meridian 2024-Q1 (1), Meridian 2024-Q2 (2: 0102 issued 2024-04-02, and 0201).
    expect(count(html, '<section class="notice"')).toBe(3);
    expect(html).toContain("$10,000.00");
    expect(html).toContain("HFS Bureau of Managed Care (example)");
    expect(html).toContain("as stated by HFS");
    expect(html).not.toContain('class="placeholder"');
  });
  it("the fines of the sample tickets (--from-tickets), the option of open point 14", () => {
    const options = join(DIR, "options.json");
    writeFileSync(options, JSON.stringify({ paymentDueDate: "30-days-after-notice" }));
    const run = cli([
      "sanctions",
      "notices",
      "--from-tickets",
      "examples/data/tickets.json",
      "--as-of",
      "2024-12-31",
      "--format",
      "html",
      "--options",
      options,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(
      cli(["sanctions", "notices", "--from-tickets", "examples/data/tickets.json", "--as-of", "2024-12-31"]).stdout,
    );
    const [notice] = json.notices;
    expect(count(run.stdout, '<section class="notice"')).toBe(json.notices.length);
    for (const f of notice.notice.fines) expect(count(run.stdout, `data-ticket="${f.ticketNumber}"`)).toBe(1);
    expect(run.stdout).toContain(notice.notice.total);
    expect(run.stdout).toContain("30-days-after-notice");
    expect(run.stdout).toContain('class="placeholder"');
    // No member value: the tickets' member names, Recipient IDs and dates of service stay out.
    const tickets = JSON.parse(readFileSync("examples/data/tickets.json", "utf8")) as {
      members?: { name?: string; recipientId?: string; datesOfService?: string[] }[];
    }[];
    const members = tickets.flatMap((t) => t.members ?? []);
    expect(members.length).toBeGreaterThan(0);
    for (const m of members)
      for (const value of [m.name, m.recipientId, ...(m.datesOfService ?? [])])
        if (value) expect(run.stdout, "a member value").not.toContain(value);
  });
  it("escapes hostile text in a fine and in the payment details", () => {
    const fines = join(DIR, "fines.json");
    writeFileSync(
      fines,
      JSON.stringify([
        {
          ticketNumber: "<b>T&1</b>",
          mco: "A&B <i>Health</i>",
          dueDate: "2024-02-05",
          overdueOn: "2024-02-06",
          issuedOn: "2024-02-07",
          amountCents: 500000,
        },
      ]),
    );
    const details = join(DIR, "details.json");
    writeFileSync(details, JSON.stringify({ bureau: "<script>alert(1)</script>", address: ["1 & 2 <Main>"] }));
    const run = cli([
      "sanctions",
      "notices",
      fines,
      "--as-of",
      "2024-07-10",
      "--format",
      "html",
      "--payment-details",
      details,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/<script|<b>|<i>|<Main>/);
    expect(run.stdout).toContain("&lt;b&gt;T&amp;1&lt;/b&gt;");
    expect(run.stdout).toContain("A&amp;B &lt;i&gt;Health&lt;/i&gt;");
    expect(run.stdout).toContain("1 &amp; 2 &lt;Main&gt;");
  });
  it("a bad payment details file is a usage error naming the file and the field", () => {
    const details = join(DIR, "bad.yaml");
    writeFileSync(details, "bureau: HFS\n");
    const run = cli([
      "sanctions",
      "notices",
      "examples/data/fines.csv",
      "--format",
      "html",
      "--payment-details",
      details,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--payment-details ${details}: address`);
    expect(run.stdout).toBe("");
    const json = cli(["sanctions", "notices", "examples/data/fines.csv", "--payment-details", DETAILS]);
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/--payment-details is for --format html/);
  });
});

describe.skipIf(!findChromium())("sanctions notices --format html --pdf", () => {
  it("prints the page to a PDF, one notice per page", () => {
    const pdf = join(DIR, "notices.pdf");
    const run = cli([
      "sanctions",
      "notices",
      "examples/data/fines.csv",
      "--as-of",
      "2024-07-10",
      "--format",
      "html",
      "--pdf",
      pdf,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${pdf}\n`);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Three notices: three pages (the page's print CSS breaks after each).
    expect(bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(3);
  }, 200_000);
});

describe("sanctions notices --pdf without html", () => {
  it("is a usage error", () => {
    const run = cli(["sanctions", "notices", "examples/data/fines.csv", "--pdf", join(DIR, "x.pdf")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--pdf is for --format html/);
  });
});
