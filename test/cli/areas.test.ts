// The area subcommands on sample files, in every input format, with bad records.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

describe("hfs-mco-rules webcm", () => {
  it("evaluates member histories from NDJSON", () => {
    const run = cli(["webcm", "deadlines", "examples/data/webcm-members.ndjson", "--as-of", "2024-04-15"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.asOf).toBe("2024-04-15");
    expect(out.results).toHaveLength(4);
    expect(out.summary).toEqual({ records: 4, evaluated: 4, invalid: 0 });
  });
  it("reads standard input, and writes NDJSON", () => {
    const run = cli(
      ["webcm", "deadlines", "--as-of", "2024-04-15", "--input-format", "ndjson", "--format", "ndjson"],
      readFileSync("examples/data/webcm-members.ndjson", "utf8"),
    );
    expect(run.stdout.trim().split("\n")).toHaveLength(4);
    expect(JSON.parse(run.stdout.split("\n")[0] ?? "").member).toBe("100200300");
  });
  it("reports bad lines with their line numbers, processes the others, exits 1", () => {
    const run = cli(["webcm", "deadlines", "test/fixtures/cli/webcm-bad-lines.ndjson", "--as-of", "2024-04-15"]);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.results).toHaveLength(4);
    expect(out.summary).toEqual({ records: 6, evaluated: 4, invalid: 2 });
    expect(out.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    expect(out.errors[0].field).toBe("events[0].date");
    expect(run.stderr).toContain(
      "line 3: events[0].date: expected a calendar date YYYY-MM-DD, got a day that does not exist",
    );
    expect(run.stderr).not.toContain("2024-02-30");
    expect(run.stderr).toContain("line 4: record: not valid JSON");
    expect(run.stderr).toContain("2 of 6 record(s) invalid");
  });
  it("makes the quarterly compliance report", () => {
    const run = cli([
      "webcm",
      "report",
      "examples/data/webcm-members.ndjson",
      "--as-of",
      "2024-04-15",
      "--quarter",
      "2024-Q1",
      "--mco",
      "Meridian",
    ]);
    const out = JSON.parse(run.stdout);
    expect(out.report.counts).toMatchObject({ due: 4, met: 2, late: 1, missed: 1, open: 0 });
  });
});

describe("hfs-mco-rules sanctions", () => {
  it("reads fines from CSV with typed columns and reports bad rows by line", () => {
    const run = cli(["sanctions", "notices", "test/fixtures/cli/fines-bad.csv", "--as-of", "2024-05-01"]);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.records).toBe(5);
    expect(out.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(run.stderr).toContain("line 3: overdueOn");
    expect(run.stderr).toContain("line 4: amountCents: column 6: expected a number");
    expect(run.stderr).not.toContain("five thousand");
    expect(out.notices.map((n: { notice: { mco: string; count: number } }) => [n.notice.mco, n.notice.count])).toEqual([
      ["Aetna Better Health", 1],
      ["Meridian", 1],
    ]);
  });
  it("publishes the year's calendar as iCalendar that parses back", () => {
    const run = cli(["sanctions", "calendar", "--year", "2025", "--as-of", "2025-01-01", "--format", "ics"]);
    expect(run.status).toBe(0);
    const events = new ICAL.Component(ICAL.parse(run.stdout))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(["2025-04-30", "2025-07-31", "2025-10-31", "2026-01-31"]);
    expect(events[0]?.uid).toBe("sanction-notice_2025-Q1@hfs-mco-rules");
    expect(events[0]?.description).toContain("SANCTION-NOTICE-DUE");
  });
  it("rejects an unknown output format as a usage error", () => {
    expect(cli(["sanctions", "calendar", "--year", "2025", "--format", "pdf"]).status).toBe(2);
  });
});

describe("hfs-mco-rules spenddown", () => {
  it("evaluates each provider's quarter", () => {
    const run = cli(["spenddown", "quarter", "examples/data/spenddown-quarters.ndjson", "--as-of", "2024-11-15"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.results.map((r: { provider: string }) => r.provider)).toEqual(["Lakeside CMHC", "Riverbend CMHC"]);
    expect(out.results[0].reportDeadlines.map((d: { status: string }) => d.status)).toEqual(["met", "missed"]);
  });
  it("publishes a fiscal year's report dates as iCalendar", () => {
    const run = cli(["spenddown", "calendar", "--fiscal-year", "2025", "--as-of", "2024-07-01", "--format", "ics"]);
    const events = new ICAL.Component(ICAL.parse(run.stdout))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual([
      "2024-11-01",
      "2024-11-01",
      "2025-02-01",
      "2025-02-01",
      "2025-05-01",
      "2025-05-01",
      "2025-08-01",
      "2025-08-01",
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
  });
  it("rejects a bad --fiscal-year as a usage error", () => {
    expect(cli(["spenddown", "calendar", "--fiscal-year", "25"]).status).toBe(2);
  });
});

describe("hfs-mco-rules ticket", () => {
  it("evaluates a CSV of tickets (typed and JSON columns) like the same tickets as JSON", () => {
    const csv = cli(["ticket", "examples/data/tickets.csv", "--as-of", "2024-07-10"]);
    const json = cli(["ticket", "examples/data/tickets.json", "--as-of", "2024-07-10"]);
    expect(csv.status).toBe(0);
    expect(JSON.parse(csv.stdout).results).toEqual(JSON.parse(json.stdout).results);
    const first = JSON.parse(csv.stdout).results[0];
    expect(first).toMatchObject({ ticketNumber: "PRP-2024-0614", overdue: true, proposalDueDate: "2024-07-05" });
    expect(first.fineNotice.subject).toBe("MCO Provider Resolution Portal Fine Notice – PRP-2024-0614");
  });
  it("prints a table for people: status, proposal due date, overdue and the fine in dollars", () => {
    const run = cli(["ticket", "examples/data/tickets.csv", "--as-of", "2024-07-10", "--format", "table"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/PRP-2024-0614\s+Acme Health\s+with MCO\s+2024-07-05\s+since 2024-07-06\s+\$5,000\.00/);
    expect(run.stdout).toMatch(/PRP-2024-1030\s+Acme Health\s+not yet submitted/);
  });
  it("writes every ticket deadline as iCalendar", () => {
    const run = cli(["ticket", "examples/data/tickets.json", "--as-of", "2024-07-10", "--format", "ics"]);
    const events = new ICAL.Component(ICAL.parse(run.stdout))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(4);
    expect(
      events
        .find((e) => e.uid === "ticket_PRP-2024-0614_PORTAL-PROPOSAL-DUE_proposal_MCO_2024-06-04@hfs-mco-rules")
        ?.startDate.toString(),
    ).toBe("2024-07-05");
  });
  it("takes open-point options from a file, and rejects bad ones as a usage error", () => {
    const run = cli([
      "ticket",
      "examples/data/tickets.json",
      "--as-of",
      "2024-07-10",
      "--options",
      "test/fixtures/cli/portal-options.json",
      "--detail",
      "full",
    ]);
    const proposal = JSON.parse(run.stdout).results[0].deadlines.find((d: { name: string }) => d.name === "proposal");
    // The full record (--detail full) lists every option used.
    expect(proposal.explanation.options.mcoClockStart).toBe("portal-receipt");
    expect(proposal.explanation.text).toContain("(mcoClockStart: portal-receipt)");
    expect(proposal.dueDate).toBe("2024-06-20");
    expect(
      cli(["ticket", "examples/data/tickets.json", "--options", "test/fixtures/cli/contract-calendar.json"]).status,
    ).toBe(2);
  });
});
