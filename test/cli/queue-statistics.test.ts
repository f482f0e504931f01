// `queue` and `statistics` from the shell, on the sample files.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { cli } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";

describe("queue", () => {
  it("--format csv: the open proposals due within 30 business days, sorted, one row each", () => {
    const run = cli(["queue", TICKETS, "--as-of", "2024-06-20", "--within", "30", "--format", "csv"]);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.dueDate, r.ticketNumber, r.name, r.businessDaysLeft, r.status])).toEqual([
      ["2024-07-05", "PRP-2024-0614", "proposal", "10", "open"],
      ["2024-07-12", "PRP-2024-0701", "proposal", "15", "open"],
    ]);
  });
  it("--within keeps what is due within N business days; --party filters; tickets, WebCM and spenddown together", () => {
    const run = cli([
      "queue",
      TICKETS,
      "--webcm",
      "examples/data/webcm-members.ndjson",
      "--spenddown",
      "examples/data/spenddown-quarters.ndjson",
      "--as-of",
      "2024-06-20",
      "--within",
      "10",
      "--format",
      "json",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    const items = out.items as { dueDate: string; businessDaysLeft: number; area: string; party: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => x.businessDaysLeft <= 10)).toBe(true);
    expect(items.map((x) => x.dueDate)).toEqual([...items.map((x) => x.dueDate)].sort());
    expect(new Set(items.map((x) => x.area))).toContain("webcm");
    const mco = JSON.parse(
      cli(["queue", TICKETS, "--as-of", "2024-06-20", "--party", "provider", "--format", "json"]).stdout,
    );
    expect(mco.items.every((x: { party: string }) => x.party === "provider")).toBe(true);
  });
  it("the table and CSV never show a member ID", () => {
    const table = cli(["queue", "--webcm", "examples/data/webcm-members.ndjson", "--as-of", "2024-06-20"]);
    const csv = cli([
      "queue",
      "--webcm",
      "examples/data/webcm-members.ndjson",
      "--as-of",
      "2024-06-20",
      "--format",
      "csv",
    ]);
    expect(table.stdout).toContain("WebCM member");
    for (const out of [table.stdout, csv.stdout]) expect(out).not.toContain("100200300");
  });
  it("--format ics is a calendar; a bad --within or --party is a usage error", () => {
    expect(cli(["queue", TICKETS, "--as-of", "2024-06-20", "--format", "ics"]).stdout).toContain("BEGIN:VCALENDAR");
    expect(cli(["queue", TICKETS, "--within", "soon"]).status).toBe(2);
    expect(cli(["queue", TICKETS, "--party", "nobody"]).status).toBe(2);
  });
});

describe("statistics", () => {
  it("--format csv prints the counts; by quarter, the fine is in its notice's quarter", () => {
    const run = cli([
      "statistics",
      TICKETS,
      "--as-of",
      "2025-06-30",
      "--group-by",
      "mco",
      "--by-quarter",
      "--format",
      "csv",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const notices = JSON.parse(
      cli(["sanctions", "notices", "--from-tickets", TICKETS, "--as-of", "2025-06-30"]).stdout,
    ).notices;
    for (const n of notices) {
      const row = rows.find((r) => r.quarter === n.notice.period.id && r.mco === n.notice.mco);
      expect(row?.fines).toBe(String(n.notice.count));
    }
    expect(rows.at(-1)).toMatchObject({ quarter: "(all)", total: "4" });
  });
  it("the table groups as asked; a bad --group-by is a usage error", () => {
    const run = cli(["statistics", TICKETS, "--as-of", "2025-06-30", "--group-by", "mco,program"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/mco\s+program\s+total/);
    expect(cli(["statistics", TICKETS, "--group-by", "color"]).status).toBe(2);
  });
});
