// Unit tests of the SPENDDOWN-* API: the TSDoc examples, option errors, plain-data results.
import { describe, expect, it } from "vitest";
import {
  explanationText,
  contractAdjustmentCount,
  evaluateStandards,
  formatCents,
  performanceReport,
  evaluatePrerequisites,
  illinoisStateCalendar,
  evaluateProviderQuarter,
  quarterlyReportDueDates,
  reportingQuarter,
  reportingQuarterOfMonth,
  RuleInputError,
  spenddownPaymentDueDate,
  spenddownReportCalendar,
} from "../../src/internal.js";
import { dollarsToCents } from "../../src/api/operations/spenddown-arguments.js";

const month = (m: string, over: Record<string, unknown> = {}) => ({
  month: m,
  householdIncome: 950,
  spenddownAmount: 120,
  allowableBills: 200,
  payment: { amount: 120, paidOn: `${m}-15` },
  continuousEngagement: true,
  selfTerminated: false,
  agencyIsRepresentativePayee: true,
  ...over,
});

describe("spenddown API examples", () => {
  it("money", () => {
    expect(dollarsToCents("1005.01")).toBe(100501);
    expect(dollarsToCents(1.15)).toBe(115);
    expect(formatCents(100500)).toBe("$1,005.00");
    expect(formatCents(5)).toBe("$0.05");
    expect(() => dollarsToCents("1.005", "householdIncome")).toThrow(
      /householdIncome: expected dollars .*, got text of 5 characters/,
    );
  });
  it("payment due dates", () => {
    expect(spenddownPaymentDueDate("2024-07").result).toBe("2024-07-20");
    expect(spenddownPaymentDueDate("2024-07", { options: { unstatedRoll: "forward" } }).result).toBe("2024-07-22");
    expect(explanationText(spenddownPaymentDueDate("2024-07"))).toContain("20th day of the month");
  });
  it("quarters and calendars", () => {
    expect(reportingQuarterOfMonth("2024-08").id).toBe("SFY2025-Q1");
    expect(reportingQuarterOfMonth("2024-12-31").id).toBe("SFY2025-Q2");
    expect(reportingQuarter(2025, 3).months).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(quarterlyReportDueDates(reportingQuarterOfMonth("2024-08")).reports.map((r) => r.dueDate)).toEqual([
      "2024-11-01",
      "2024-11-01",
    ]);
    expect(spenddownReportCalendar(2025).quarters.map((q) => q.reports[0]?.dueDate)).toEqual([
      "2024-11-01",
      "2025-02-01",
      "2025-05-01",
      "2025-08-01",
    ]);
  });
  it("prerequisites", () => {
    const check = evaluatePrerequisites(
      {
        prerequisites: {
          enrollmentFormSentOn: "2024-05-02",
          representativePayeeAgreementSignedOn: null,
          aabdApplication: { by: "NF/IMD", on: "2024-04-01" },
        },
        leftFacilityOn: "2024-05-15",
      },
      { asOf: "2024-06-01" },
    );
    expect(check.missing).toEqual(["representative-payee agreement signed"]);
  });
  it("contract adjustment", () => {
    expect(
      contractAdjustmentCount([{ memberId: "W-1", months: [month("2024-08", { spenddownAmount: "1005.01" })] }]).count,
    ).toBe(1);
  });
});

describe("spenddown errors and plain data", () => {
  it("an unknown option value is a RuleInputError naming the option", () => {
    expect(() => spenddownPaymentDueDate("2024-07", { options: { unstatedRoll: "backward" as never } })).toThrow(
      RuleInputError,
    );
    expect(() => spenddownPaymentDueDate("2024-07", { options: { unstatedRoll: "backward" as never } })).toThrow(
      /options\.unstatedRoll/,
    );
  });
  it("the 0.1 option names of open point 2 are refused with their new name, never silently ignored", () => {
    expect(() => spenddownPaymentDueDate("2024-07", { options: { paymentDueRoll: "forward" } } as never)).toThrow(
      /options\.paymentDueRoll: renamed to unstatedRoll/,
    );
    expect(() => spenddownReportCalendar(2025, { options: { reportDueRoll: "forward" } } as never)).toThrow(
      /options\.reportDueRoll: renamed to unstatedRoll/,
    );
    expect(() => spenddownPaymentDueDate("2024-07", { paymentDueRoll: "forward" } as never)).toThrow(
      /settings\.paymentDueRoll: renamed to settings\.options\.unstatedRoll/,
    );
    expect(() =>
      spenddownPaymentDueDate("2024-07", { options: { calendar: illinoisStateCalendar() } } as never),
    ).toThrow(/options\.calendar: moved to settings\.calendar/);
  });
  it("a bad fiscal year or quarter names the field", () => {
    expect(() => reportingQuarter(2025, 0)).toThrow(/quarter: expected a quarter number 1-4/);
    expect(() => performanceReport({ provider: "P", fiscalYear: 2025.5, quarter: 1, members: [] })).toThrow(
      /fiscalYear/,
    );
  });
  it("results are plain JSON data", () => {
    const input = {
      provider: "Lakeside CMHC",
      fiscalYear: 2025,
      quarter: 1,
      reportsSubmitted: { financial: "2024-10-31", performance: "2024-11-04" },
      members: [
        {
          memberId: "W-1",
          leftFacilityOn: "2024-06-28",
          prerequisites: {
            enrollmentFormSentOn: "2024-06-10",
            representativePayeeAgreementSignedOn: "2024-06-12",
            aabdApplication: { by: "provider" as const, on: "2024-06-14" },
          },
          months: [month("2024-07"), month("2024-08"), month("2024-09")],
        },
      ],
    };
    const q = evaluateProviderQuarter(input, { asOf: "2024-11-04" });
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
    expect(q.reportDeadlines.map((d) => d.status)).toEqual(["met", "late"]);
    expect(q.standards.standards).toHaveLength(7);
    expect(evaluateStandards(q.report)).toEqual(q.standards);
  });
});
