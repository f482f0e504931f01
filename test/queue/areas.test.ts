// workQueue over the other areas' results: spenddown provider quarters, sanction notices and
// calendars (the portal and WebCM are in properties.test.ts and work-queue.yaml).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  evaluateProviderQuarter,
  evaluateSanctionNotices,
  sanctionCalendar,
  sanctionNotices,
  workQueue,
} from "../../src/index.js";

const quarters = readFileSync(new URL("../../examples/data/spenddown-quarters.ndjson", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const fine = {
  ticketNumber: "T-1",
  mco: "Meridian",
  dueDate: "2024-03-29",
  overdueOn: "2024-03-30",
  issuedOn: "2024-04-02",
  amountCents: 500000,
};

describe("workQueue over spenddown and sanctions", () => {
  it("a provider quarter: report deadlines and required payments, members by position, never by ID in the label", () => {
    const asOf = "2024-08-20";
    const { items } = workQueue([evaluateProviderQuarter(quarters[0], { asOf })], { asOf });
    expect(items.length).toBeGreaterThan(0);
    for (const x of items) {
      expect(x.area).toBe("spenddown");
      expect(x.subject.provider).toBe("Lakeside CMHC");
      expect(x.subject.label).not.toMatch(/WCM-/);
      if (x.ruleId === "SPENDDOWN-PAYMENT-DUE") expect(x.subject.memberPosition).toBeGreaterThan(0);
    }
    expect(items.some((x) => x.ruleId === "SPENDDOWN-QUARTERLY-REPORTS")).toBe(true);
  });
  it("notices as of a date: HFS's notice deadline, open, then missed, and gone once issued", () => {
    const open = workQueue([evaluateSanctionNotices({ fines: [fine] }, { asOf: "2024-04-15" })], {
      asOf: "2024-04-15",
    }).items;
    expect(open).toMatchObject([
      {
        area: "sanctions",
        ruleId: "SANCTION-NOTICE-DUE",
        party: "HFS",
        dueDate: "2024-07-31",
        status: "open",
        subject: { mco: "Meridian", period: "2024-Q2" },
      },
    ]);
    const missed = workQueue([evaluateSanctionNotices({ fines: [fine] }, { asOf: "2024-08-15" })], {
      asOf: "2024-08-15",
    }).items;
    expect(missed).toMatchObject([{ dueDate: "2024-07-31", status: "missed", atRisk: "breached" }]);
    const issued = workQueue(
      [
        evaluateSanctionNotices(
          { fines: [fine], issued: [{ mco: "Meridian", year: 2024, quarter: 2, issuedOn: "2024-07-10" }] },
          { asOf: "2024-08-15" },
        ),
      ],
      { asOf: "2024-08-15" },
    ).items;
    expect(issued).toEqual([]);
  });
  it("a sanction calendar and notices without issue dates: due dates not yet passed, open, never missed", () => {
    const asOf = "2024-05-15";
    const items = workQueue([sanctionCalendar(2024), sanctionNotices([fine])], { asOf }).items;
    expect(items.every((x) => x.status === "open" && x.dueDate >= asOf)).toBe(true);
    expect(items.map((x) => x.subject.period)).toEqual(["2024-Q2", "2024-Q2", "2024-Q3", "2024-Q4"]);
  });
});
