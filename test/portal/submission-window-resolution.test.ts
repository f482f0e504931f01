// PORTAL-SUBMIT-LATEST under open point 1's `adm-code-140.75` reading (89 Ill. Adm. Code
// 140.75(b)(2): "not later than 30 calendar days after the unsatisfactory resolution of the
// internal MCO process or 60 calendar days after submitting", whichever is later), at its
// boundaries: a resolution known by the Portal submission counts, one dated after it does not, and
// a tie keeps the 60 days after submitting.
import { describe, expect, it } from "vitest";
import { explanationText, type IsoDate, submissionWindow } from "../../src/index.js";

const d = (iso: string) => iso as IsoDate;
const under14075 = { submissionWindowStart: "adm-code-140.75" } as const;
/** Submitted to the MCO 2024-03-01: 60 days after is 2024-04-30. */
const facts = (resolvedOn: string | null, portalSubmittedOn: string) => ({
  internalDispute: {
    submittedToMcoOn: d("2024-03-01"),
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: d("2024-03-02"),
    resolution: resolvedOn === null ? null : { date: d(resolvedOn) },
  },
  portalSubmittedOn: d(portalSubmittedOn),
});

describe("PORTAL-SUBMIT-LATEST under 140.75(b)(2)", () => {
  it("a resolution dated the day of the Portal submission counts: 30 days after it", () => {
    const w = submissionWindow(facts("2024-05-10", "2024-05-10"), under14075);
    expect(w.latest).toMatchObject({ start: "2024-05-10", result: "2024-06-09" });
    expect(explanationText(w.latest)).toContain("unsatisfactory internal resolution");
    expect(w.timing).toBe("timely");
  });

  it("a resolution dated after the Portal submission is not read: the 60 days after submitting", () => {
    const w = submissionWindow(facts("2024-05-11", "2024-05-10"), under14075);
    expect(w.latest).toMatchObject({ start: "2024-03-01", result: "2024-04-30" });
    expect(w.timing).toBe("not timely");
  });

  it("when both come to the same day, the window keeps the 60 days after submitting", () => {
    const w = submissionWindow(facts("2024-03-31", "2024-04-20"), under14075);
    expect(w.latest).toMatchObject({ start: "2024-03-01", result: "2024-04-30" });
    expect(explanationText(w.latest)).not.toContain("unsatisfactory internal resolution");
  });

  it("a resolution one day later than that tie moves the last day by one", () => {
    expect(submissionWindow(facts("2024-04-01", "2024-04-20"), under14075).latest).toMatchObject({
      start: "2024-04-01",
      result: "2024-05-01",
    });
  });

  it("with no resolution, or under another reading, the resolution is not read", () => {
    expect(submissionWindow(facts(null, "2024-04-20"), under14075).latest.result).toBe("2024-04-30");
    expect(
      submissionWindow(facts("2024-04-15", "2024-05-10"), { submissionWindowStart: "submitted-to-mco" }).latest.result,
    ).toBe("2024-04-30");
    expect(submissionWindow(facts("2024-04-15", "2024-05-10")).latest.result).toBe("2024-05-01");
  });
});
