import { describe, expect, it } from "vitest";
import {
  explanationText,
  type Fine,
  formatCents,
  type IsoDate,
  RuleInputError,
  sanctionNoticeDueDate,
  sanctionNotices,
} from "../../src/internal.js";

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
  it("explains the deadline in one line naming the period and the policy's words", () => {
    const e = sanctionNoticeDueDate({ year: 2024, quarter: 4 }, { detail: "full" });
    expect(explanationText(sanctionNoticeDueDate({ year: 2024, quarter: 4 }))).toBe(e.text);
    expect(e.text).toBe(
      "reporting period 2024-Q4 (October, November and December 2024) closes 2024-12-31 → Portal Sanction Payment Notice no later than the end of the month following the close of the reporting period: January 31 of the next year = 2025-01-31",
    );
    expect(e.source).toEqual(["hfs-prp-requirements"]);
    expect(e.documents).toEqual(["HFS Provider Resolution Portal Requirements, revised February 2023"]);
  });
  it("rejects a bad option from a JavaScript caller with a RuleInputError naming it", () => {
    expect(() => sanctionNotices([fine()], { options: { fineDateBasis: "received" as never } })).toThrow(
      RuleInputError,
    );
    expect(() => sanctionNotices([fine()], { options: { fineDateBasis: "received" as never } })).toThrow(
      /fineDateBasis/,
    );
  });
  it("rejects a fine without a ticket number", () => {
    expect(() => sanctionNotices([fine({ ticketNumber: "" })])).toThrow(/fine at index 0: ticketNumber/);
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
