// PORTAL-COMPLETE: a closed ticket's deadlines stop counting at the closure (a closed ticket is
// never re-opened). A provider's right not used by its deadline (PORTAL-CONTEST,
// PORTAL-HFS-REVIEW-REQUEST) is `not used`; any other missed deadline stays `missed`, its days
// late counted up to the closure date, never after; a closure after asOf is not known yet.
import { describe, expect, it } from "vitest";
import type { Deadline, IsoDate } from "../../src/index.js";
import { stopCounting } from "../../src/portal/stop-counting.js";

const d = (iso: string) => iso as IsoDate;
/** A deadline due 2024-07-09, missed: 20 days outstanding as of 2024-07-29. */
const missed = (ruleId: string, party: Deadline["party"]): Deadline =>
  ({
    ruleId,
    name: "n",
    party,
    dueDate: d("2024-07-09"),
    status: "missed",
    metOn: null,
    daysLate: 20,
    explanation: {},
  }) as unknown as Deadline;

describe("PORTAL-COMPLETE: deadlines of a closed ticket", () => {
  it("a provider's right not used is 'not used', 0 days late", () => {
    for (const ruleId of ["PORTAL-CONTEST", "PORTAL-HFS-REVIEW-REQUEST"]) {
      expect(stopCounting(missed(ruleId, "provider"), d("2024-07-10"), d("2024-07-29"))).toMatchObject({
        status: "not used",
        daysLate: 0,
      });
    }
  });

  it("a provider's requirement, or another party's deadline, stays missed, counted up to the closure", () => {
    expect(stopCounting(missed("PORTAL-INFO-RESPONSE", "provider"), d("2024-07-14"), d("2024-07-29"))).toMatchObject({
      status: "missed",
      daysLate: 5,
    });
    expect(stopCounting(missed("PORTAL-CONTEST", "MCO"), d("2024-07-14"), d("2024-07-29"))).toMatchObject({
      status: "missed",
      daysLate: 5,
    });
    expect(stopCounting(missed("PORTAL-PROPOSAL-DUE", "MCO"), d("2024-07-29"), d("2024-07-29"))).toMatchObject({
      status: "missed",
      daysLate: 20,
    });
    // Never more than the days outstanding as of asOf, never fewer than 0.
    expect(stopCounting(missed("PORTAL-PROPOSAL-DUE", "MCO"), d("2024-07-29"), d("2024-08-30")).daysLate).toBe(20);
    expect(stopCounting(missed("PORTAL-PROPOSAL-DUE", "MCO"), d("2024-07-01"), d("2024-07-29")).daysLate).toBe(0);
  });

  it("a closure on asOf counts; one after asOf, none, or a deadline not missed leaves the deadline as it is", () => {
    expect(stopCounting(missed("PORTAL-CONTEST", "provider"), d("2024-07-29"), d("2024-07-29")).status).toBe(
      "not used",
    );
    const deadline = missed("PORTAL-CONTEST", "provider");
    expect(stopCounting(deadline, d("2024-07-30"), d("2024-07-29"))).toBe(deadline);
    expect(stopCounting(deadline, undefined, d("2024-07-29"))).toBe(deadline);
    const met = { ...deadline, status: "met", daysLate: 0 } as Deadline;
    expect(stopCounting(met, d("2024-07-10"), d("2024-07-29"))).toBe(met);
  });
});
