// evaluateProviderQuarter checks its input once and evaluates each member-month from the checked
// data: its parts must be exactly what the public functions give one call at a time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ClassMemberInput,
  contractAdjustmentCount,
  evaluateMemberMonth,
  evaluateProviderQuarter,
  type Finding,
  performanceReport,
  type SpenddownOptions,
} from "../../src/index.js";
import { centsText, members } from "./arbitraries.js";

const QUARTER = ["2024-07", "2024-08", "2024-09"];
const isoDay = (month: string, day: number) => `${month}-${String(day).padStart(2, "0")}`;

/** Members with, sometimes, prerequisites, a day they left the facility, and a short or late payment. */
const quarterMembers: fc.Arbitrary<ClassMemberInput[]> = members.chain((list) =>
  fc.tuple(
    ...list.map((m) =>
      fc
        .record({
          left: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
          prerequisites: fc.option(
            fc.record({ formDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }), aabd: fc.boolean() }),
            { nil: undefined },
          ),
          short: fc.integer({ min: 0, max: 5000 }),
        })
        .map(
          ({ left, prerequisites, short }): ClassMemberInput => ({
            ...m,
            ...(left === undefined ? {} : { leftFacilityOn: isoDay("2024-07", left) }),
            ...(prerequisites === undefined
              ? {}
              : {
                  prerequisites: {
                    enrollmentFormSentOn:
                      prerequisites.formDay === null ? null : isoDay("2024-06", prerequisites.formDay),
                    representativePayeeAgreementSignedOn: null,
                    aabdApplication: prerequisites.aabd ? { by: "provider", on: "2024-06-15" } : null,
                  },
                }),
            months: m.months.map((month, i) =>
              i === 0 && month.payment !== null
                ? { ...month, payment: { ...month.payment, amount: centsText(short) } }
                : month,
            ),
          }),
        ),
    ),
  ),
);

const options: fc.Arbitrary<SpenddownOptions> = fc.record(
  {
    unstatedRoll: fc.constantFrom("none", "forward"),
    bucketReading: fc.constantFrom("cumulative", "banded"),
    memberCounting: fc.constantFrom("any-month", "every-month"),
    contractAdjustmentBasis: fc.constantFrom("spenddown", "income"),
    contractAdjustmentUnit: fc.constantFrom("member-months", "members"),
  },
  { requiredKeys: [] },
);

const asOf = fc.constantFrom("2024-07-10", "2024-08-20", "2024-09-25", "2024-11-15", "2025-03-01");

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(JSON.stringify(f)) && seen.add(JSON.stringify(f)) !== undefined);
}

describe("evaluateProviderQuarter is its members' months evaluated one by one", () => {
  it("member-months, report, contract adjustment and findings equal the one-at-a-time functions", () => {
    fc.assert(
      fc.property(quarterMembers, asOf, options, (list, date, chosen) => {
        const input = { provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members: list };
        const quarter = evaluateProviderQuarter(input, { asOf: date, options: chosen });
        const sorted = [...list].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
        const expected = sorted.flatMap(({ months, ...facts }) =>
          months
            .filter((m) => QUARTER.includes(m.month))
            .sort((a, b) => (a.month < b.month ? -1 : 1))
            .map((m) => evaluateMemberMonth({ ...facts, ...m }, { asOf: date, options: chosen })),
        );
        expect(quarter.memberMonths).toEqual(expected);
        expect(quarter.report).toEqual(performanceReport(input, { options: chosen }));
        const inQuarter = sorted.map((m) => ({ ...m, months: m.months.filter((x) => QUARTER.includes(x.month)) }));
        expect(quarter.contractAdjustment).toEqual(contractAdjustmentCount(inQuarter, { options: chosen }));
        const monthFindings = expected.flatMap((m) => m.findings.map((f) => ({ ...f, member: m.memberId })));
        const deadlineFindings = quarter.findings.filter((f) => f.ruleId === "SPENDDOWN-QUARTERLY-REPORTS");
        expect(quarter.findings).toEqual(unique([...monthFindings, ...quarter.report.findings, ...deadlineFindings]));
      }),
      { numRuns: 150 },
    );
  });
});
