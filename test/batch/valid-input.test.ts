// "Valid input is never refused": sums in cents stay exact or are refused with an error that
// names the caller's field and says what is wrong (never a value that is not in the input); a
// date before a rule's first version is an error naming the field the caller wrote.
import { describe, expect, it } from "vitest";
import {
  evaluateMemberMonth,
  evaluateProviderQuarter,
  RuleInputError,
  sanctionNotices,
  spenddownPaymentDueDate,
  ticketStatistics,
} from "../../src/index.js";
import { MAX_EXACT_CENTS, sumCents } from "../../src/core/money.js";

const fine = (ticketNumber: string, amountCents: number) =>
  ({
    ticketNumber,
    mco: "Acme",
    dueDate: "2024-03-04",
    overdueOn: "2024-03-05",
    issuedOn: "2024-03-06",
    amountCents,
  }) as never;
const month = {
  month: "2016-01",
  householdIncome: 900,
  spenddownAmount: 50,
  allowableBills: 60,
  payment: null,
  continuousEngagement: true,
  selfTerminated: false,
  agencyIsRepresentativePayee: true,
};

describe("sums in cents", () => {
  it("are exact up to Number.MAX_SAFE_INTEGER cents, to the cent", () => {
    expect(sanctionNotices([fine("T-1", MAX_EXACT_CENTS - 1), fine("T-2", 1)]).notices[0]?.totalCents).toBe(
      MAX_EXACT_CENTS,
    );
    expect(sanctionNotices([fine("T-1", MAX_EXACT_CENTS - 1), fine("T-2", 1)]).notices[0]?.total).toBe(
      "$90,071,992,547,409.91",
    );
    expect(sumCents([1, 2, 3], "amounts", "test")).toBe(6);
  });
  it("beyond, two valid fines give an error naming fines[].amountCents, never a total that is not in the input as if it were", () => {
    let error: unknown;
    try {
      sanctionNotices([fine("T-1", Number.MAX_SAFE_INTEGER), fine("T-2", Number.MAX_SAFE_INTEGER)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleInputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^fines\[\]\.amountCents: /);
    expect(message).toContain("the largest total kept exact");
    expect(message).not.toContain("18014398509481982");
    expect(message).not.toContain("expected a whole number of cents");
  });
  it("statistics totals are checked the same way", () => {
    const record = (n: string) => ({
      ticketNumber: n,
      mco: "Acme",
      program: "P",
      providerType: "H",
      portalSubmittedOn: "2024-01-02",
      mcoReceivedOn: null,
      proposalOn: null,
      status: "open" as const,
      closureReason: null,
      overdue: true,
      overdueNow: true,
      decision: null,
      fines: [fine(n, Number.MAX_SAFE_INTEGER)],
    });
    expect(() => ticketStatistics([record("T-1"), record("T-2")] as never)).toThrow(
      /^tickets\[\]\.fines\[\]\.amountCents: /,
    );
  });
});

describe("a date before the rules' first version", () => {
  it("names the caller's field (month, fiscalYear, quarter), not an internal date; the privacy rule keeps input values out of messages", () => {
    expect(() => evaluateMemberMonth({ memberId: "W", ...month }, { asOf: "2016-03-01" })).toThrow(
      /^month: SPENDDOWN-THRESHOLD is not in force on 2016-01-01 \(its first version is from 2017-01-01\)/,
    );
    expect(() => spenddownPaymentDueDate("2016-01")).toThrow(/^month: /);
    expect(() =>
      evaluateProviderQuarter({ provider: "P", fiscalYear: 2016, quarter: 3, members: [] }, { asOf: "2016-06-01" }),
    ).toThrow(/^fiscalYear: /);
    expect(() =>
      evaluateProviderQuarter({ provider: "P", fiscalYear: 2017, quarter: 1, members: [] }, { asOf: "2017-06-01" }),
    ).toThrow(/^quarter: SPENDDOWN-\S+ is not in force on 2016-07-01/);
  });
  it("the first month in force is evaluated", () => {
    expect(
      evaluateMemberMonth({ memberId: "W", ...month, month: "2017-01" }, { asOf: "2017-03-01" }).income.thresholdCents,
    ).toBe(100500);
  });
});
