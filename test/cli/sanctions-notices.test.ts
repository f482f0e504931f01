// `sanctions notices --from-tickets`: the fines come from evaluated tickets (finesOf), the
// notices already issued from a flag or a file, and the table shows the findings.
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";

describe("sanctions notices --from-tickets", () => {
  it("takes the fines of the sample tickets: one late notice without an issue record", () => {
    const run = cli(["sanctions", "notices", "--from-tickets", TICKETS, "--as-of", "2024-12-31"]);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.tickets).toBe(4);
    expect(
      out.notices.map((n: { notice: { mco: string; period: { id: string } }; state: string }) => [
        n.notice.mco,
        n.notice.period.id,
        n.state,
      ]),
    ).toEqual([["Acme Health", "2024-Q3", "late"]]);
  });
  it("a notice given by --notice-issued is issued; one given by --issued too", () => {
    const flag = cli([
      "sanctions",
      "notices",
      "--from-tickets",
      TICKETS,
      "--as-of",
      "2024-12-31",
      "--notice-issued",
      "Acme Health,2024-Q3,2024-10-20",
    ]);
    expect(JSON.parse(flag.stdout).notices[0].state).toBe("issued");
    const file = cli([
      "sanctions",
      "notices",
      "--from-tickets",
      TICKETS,
      "--as-of",
      "2024-12-31",
      "--issued",
      '[{"mco":"Acme Health","year":2024,"quarter":3,"issuedOn":"2024-11-04"}]',
    ]);
    expect(JSON.parse(file.stdout).notices[0]).toMatchObject({
      state: "late",
      deadline: { metOn: "2024-11-04", status: "late" },
    });
  });
  it("the table lists the findings", () => {
    const run = cli([
      "sanctions",
      "notices",
      "--from-tickets",
      TICKETS,
      "--as-of",
      "2024-12-31",
      "--format",
      "table",
      "--notice-issued",
      "Bright Care,2024-Q3,2024-10-20",
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Findings");
    expect(run.stdout).toContain("SANCTION-NOTICE-ONLY-IF-FINED");
  });
  it("a malformed --notice-issued is a usage error", () => {
    const run = cli(["sanctions", "notices", "--from-tickets", TICKETS, "--notice-issued", "Acme 2024"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--notice-issued must be/);
  });
});
