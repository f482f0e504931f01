import { describe, expect, it } from "vitest";
import { type Fine, formatCents, type IsoDate, RuleInputError, reportingPeriod, sanctionNoticeDueDate, sanctionNotices } from "../../src/index.js";

const fine = (over: Partial<Fine> = {}): Fine => ({
  ticketNumber: "T-1",
  mco: "Acme Health",
  dueDate: "2024-03-04" as IsoDate,
  overdueOn: "2024-03-05" as IsoDate,
  issuedOn: "2024-03-06" as IsoDate,
  amountCents: 500000,
  ...over,
});

describe("sanction notices", () => {
  it("explains the deadline in one line naming the period and the seed's words", () => {
    const e = sanctionNoticeDueDate(reportingPeriod(2024, 4));
    expect(e.text).toBe(
      "reporting period 2024-Q4 (October, November and December) closes 2024-12-31 → Portal Sanction Payment Notice no later than the end of the month following the close of the reporting period: January 31 of the next year = 2025-01-31",
    );
    expect(e.source).toEqual(["001_6b1ba358b554d3bf.txt"]);
  });
  it("rejects a bad option from a JavaScript caller with a RuleInputError naming it", () => {
    expect(() => sanctionNotices([fine()], { fineDateBasis: "received" as never })).toThrow(RuleInputError);
    expect(() => sanctionNotices([fine()], { fineDateBasis: "received" as never })).toThrow(/fineDateBasis/);
  });
  it("rejects a fine without a ticket number", () => {
    expect(() => sanctionNotices([fine({ ticketNumber: "" })])).toThrow(/\[0\]\.ticketNumber: expected non-empty text/);
  });
  it("results are plain JSON", () => {
    const result = sanctionNotices([fine(), fine({ ticketNumber: "T-2" })]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it("formats cents without floating point", () => {
    expect(formatCents(500000)).toBe("$5,000.00");
    expect(formatCents(5)).toBe("$0.05");
    expect(formatCents(123456789)).toBe("$1,234,567.89");
    expect(formatCents(-500000)).toBe("-$5,000.00");
    expect(() => formatCents(0.5)).toThrow(RuleInputError);
  });
});
