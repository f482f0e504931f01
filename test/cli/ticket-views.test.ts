// The built CLI: calendar diff, ticket --compare-calendar, ticket --project.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";
const CLOSURE = "test/fixtures/cli/closure-2024-07-05.json";

describe("hfs-mco-rules calendar diff", () => {
  it("reports 2024-07-05 closed against the State Holidays", () => {
    const run = cli(["calendar", "diff", "--calendar", CLOSURE, "--from", "2024-01-01", "--to", "2024-12-31"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.added).toEqual([
      expect.objectContaining({ date: "2024-07-05", name: "Office closure", weekday: "Friday" }),
    ]);
    expect(out.removed).toEqual([]);
  });
  it("compares two files, as a table, both ways", () => {
    const run = cli([
      "calendar",
      "diff",
      "--calendar",
      "test/fixtures/cli/contract-calendar.json",
      "--against",
      CLOSURE,
      "--from",
      "2024-07-01",
      "--to",
      "2024-12-31",
      "--format",
      "table",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/opened +2024-07-05 +Friday +Office closure/);
    expect(run.stdout).toMatch(/closed +2024-12-24 +Tuesday +Christmas Eve/);
    expect(run.stdout).toContain("1 day closed, 9 days opened");
  });
  it("is a usage error when --to is before --from or a date is wrong", () => {
    expect(cli(["calendar", "diff", "--calendar", CLOSURE, "--from", "2024-12-31", "--to", "2024-01-01"]).status).toBe(
      2,
    );
    const bad = cli(["calendar", "diff", "--from", "2024-02-30", "--to", "2024-03-01"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--from");
  });
});

describe("hfs-mco-rules ticket --compare-calendar", () => {
  it("lists the proposal due 2024-07-05, now due 2024-07-08", () => {
    const run = cli(["ticket", TICKETS, "--as-of", "2024-07-10", "--compare-calendar", CLOSURE]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.comparedWith).toBe("Illinois State Holidays (amended)");
    expect(out.results).toContainEqual(
      expect.objectContaining({
        ticketNumber: "PRP-2024-0614",
        name: "proposal",
        before: expect.objectContaining({ dueDate: "2024-07-05" }),
        after: expect.objectContaining({ dueDate: "2024-07-08" }),
      }),
    );
    const table = cli([
      "ticket",
      TICKETS,
      "--as-of",
      "2024-07-10",
      "--compare-calendar",
      CLOSURE,
      "--format",
      "table",
    ]).stdout;
    expect(table).toMatch(/PRP-2024-0614 +Acme Health +proposal +MCO +2024-07-05 +2024-07-08 +3 days +missed +missed/);
  });
  it("is a usage error with --project or --format ics, or a bad calendar", () => {
    expect(cli(["ticket", TICKETS, "--compare-calendar", CLOSURE, "--project"]).status).toBe(2);
    expect(cli(["ticket", TICKETS, "--compare-calendar", CLOSURE, "--format", "ics"]).status).toBe(2);
    const bad = cli(["ticket", TICKETS, "--compare-calendar", '{"add":[{"date":"2024-02-30","name":"x"}]}']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--compare-calendar");
  });
});

describe("hfs-mco-rules ticket --project", () => {
  it("shows the projected deadlines in the table, with their conditions", () => {
    const run = cli(["ticket", TICKETS, "--as-of", "2024-07-10", "--project", "--format", "table"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/PRP-2024-0701 +HFS review request +provider +2024-08-07 +open +-/);
    expect(run.stdout).toMatch(
      /PRP-2024-0701 +evidence +MCO +2024-09-06 +projected +if the provider requests HFS review on the last day/,
    );
  });
  it("gives each projected deadline its condition, assumed events and explanation in JSON", () => {
    const out = JSON.parse(cli(["ticket", TICKETS, "--as-of", "2024-06-15", "--project"]).stdout);
    const contest = out.results.find(
      (r: { ticketNumber: string; name: string; status: string }) =>
        r.ticketNumber === "PRP-2024-0701" && r.name === "contest" && r.status === "projected",
    );
    expect(contest.condition).toContain("if the proposal is submitted on its due date");
    expect(contest.assumedEvents.length).toBeGreaterThan(0);
    // The rule ID once, on the projected deadline; `--detail full` repeats it in the explanation.
    expect(contest.ruleId).toBe("PORTAL-CONTEST");
    expect(contest.explanation.ruleId).toBeUndefined();
    const full = JSON.parse(cli(["ticket", TICKETS, "--as-of", "2024-06-15", "--project", "--detail", "full"]).stdout);
    const fullContest = full.results.find(
      (r: { ticketNumber: string; name: string; status: string }) =>
        r.ticketNumber === "PRP-2024-0701" && r.name === "contest" && r.status === "projected",
    );
    expect(fullContest.explanation.ruleId).toBe("PORTAL-CONTEST");
    expect(fullContest.explanation.documents).toEqual([
      "HFS Provider Resolution Portal Requirements, revised February 2023",
    ]);
  });
});

describe("hfs-mco-rules ticket --format html", () => {
  it("writes one self-contained page with one overview lane and one detail per ticket", () => {
    const run = cli(["ticket", TICKETS, "--as-of", "2024-07-10", "--format", "html", "--project"]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(run.stdout.match(/<g class="lane"/g)).toHaveLength(4);
    expect(run.stdout.match(/<section class="ticket"/g)).toHaveLength(4);
    expect(run.stdout).toContain('class="deadline projected"');
    expect(run.stdout).not.toMatch(/<script|<link|src=/);
  });
  it("reports a bad record on stderr, exits 1 and still writes the page of the others", () => {
    const input = JSON.stringify([
      { ticketNumber: "T-1" },
      (JSON.parse(readFileSync(TICKETS, "utf8")) as unknown[])[0],
    ]);
    const run = cli(["ticket", "--format", "html", "--as-of", "2024-07-10"], input);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^line 1: /m);
    expect(run.stdout.match(/<g class="lane"/g)).toHaveLength(1);
    expect(run.stdout.match(/<tr title=/g)).toHaveLength(1);
  });
  it("opens with the work queue of the tickets' open and missed deadlines, by due date, projected ones left out", () => {
    const run = cli(["ticket", TICKETS, "--as-of", "2024-07-10", "--format", "html", "--project"]);
    expect(run.status).toBe(0);
    const page = run.stdout;
    expect(page.indexOf('<section class="queue">')).toBeGreaterThan(0);
    expect(page.indexOf('<section class="queue">')).toBeLessThan(page.indexOf('<section class="ticket"'));
    expect(page).toContain("Work queue as of 2024-07-10: 2 open or missed deadline(s)");
    const rows = [...page.matchAll(/<tr title="[^"]*" data-due="([^"]+)" data-ticket="([^"]+)">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(rows).toEqual(["2024-07-05 PRP-2024-0614", "2024-08-07 PRP-2024-0701"]);
    expect(page).toMatch(
      /<td class="date">2024-07-05<\/td><td class="number">-3<\/td><td class="status-missed">missed<\/td><td class="at-risk-breached">breached<\/td><td>PORTAL-PROPOSAL-DUE<\/td>/,
    );
  });
});

describe("no member value in the ticket views", () => {
  const NAME = "ZZCANARY-Name";
  const RIN = "987654321";
  const ticket = (JSON.parse(readFileSync(TICKETS, "utf8")) as Record<string, unknown>[])[2] as Record<string, unknown>;
  const events = (ticket.events as Record<string, unknown>[]).map((e) => ({ ...e, note: `${NAME} ${RIN}` }));
  // A valid ticket whose member and event notes carry canaries; its dates of service fall inside the timeline.
  const input = JSON.stringify({
    ...ticket,
    members: [{ name: NAME, recipientId: RIN, datesOfService: ["2024-06-13"] }],
    events,
  });
  for (const args of [
    ["--format", "html", "--project"],
    ["--project"],
    ["--compare-calendar", CLOSURE],
    ["--project", "--format", "table"],
  ]) {
    it(`ticket ${args.join(" ")}`, () => {
      const run = cli(["ticket", "--as-of", "2024-07-10", ...args], input);
      expect(run.status, run.stderr).toBe(0);
      for (const canary of [NAME, "ZZCANARY", RIN, "2024-06-13"]) expect(run.stdout).not.toContain(canary);
      // The canary ticket is in the html page's work queue too.
      if (args.includes("html"))
        expect(run.stdout).toContain('data-ticket="PRP-2024-0701"><td class="date">2024-08-07</td>');
    });
  }
});
