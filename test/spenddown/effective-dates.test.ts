// Principle 4: a new threshold, bucket or target is a data change in src/spenddown/rules.ts.
// This file replaces the SPENDDOWN-* registry with one that adds a 2026 version (a hypothetical
// $1,100.00 threshold and a 95% standard 1) and checks that evaluation follows the version in force.
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/spenddown/rules.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/spenddown/rules.js")>();
  const next = (id: string, parameters: Record<string, { value: number; unit: string }>) => {
    const rule = original.SPENDDOWN_RULES.find((r) => r.id === id);
    if (!rule) throw new Error(id);
    const [first] = rule.versions;
    if (!first) throw new Error(id);
    return {
      ...rule,
      versions: [
        { ...first, effectiveTo: "2025-12-31" },
        {
          effectiveFrom: "2026-01-01",
          effectiveTo: null,
          parameters: { ...first.parameters, ...parameters },
          basis: "test: hypothetical 2026 update",
        },
      ],
    };
  };
  return {
    SPENDDOWN_RULES: original.SPENDDOWN_RULES.map((r) =>
      r.id === "SPENDDOWN-THRESHOLD"
        ? next(r.id, { thresholdCents: { value: 110000, unit: "cents" } })
        : r.id === "SPENDDOWN-STANDARDS"
          ? next(r.id, { standard1: { value: 95, unit: "percent" } })
          : r,
    ),
  };
});

const { evaluateMemberMonth, evaluateStandards, performanceReport } = await import("../../src/internal.js");

const month = (m: string, income: string) => ({
  month: m,
  householdIncome: income,
  spenddownAmount: 50,
  allowableBills: 60,
  payment: null,
  continuousEngagement: true,
  selfTerminated: false,
  agencyIsRepresentativePayee: true,
});

describe("effective-dated spenddown parameters", () => {
  it("a month reads the threshold in force on its first day", () => {
    const before = evaluateMemberMonth({ memberId: "W", ...month("2025-12", "1050.00") }, { asOf: "2026-02-01" });
    const after = evaluateMemberMonth({ memberId: "W", ...month("2026-01", "1050.00") }, { asOf: "2026-02-01" });
    expect(before.income).toMatchObject({ thresholdCents: 100500, atOrUnderThreshold: false });
    expect(after.income).toMatchObject({ thresholdCents: 110000, atOrUnderThreshold: true });
  });
  it("a quarter reads the targets in force on its first day", () => {
    const q = (fiscalYear: number, quarter: number, m: string) =>
      evaluateStandards(
        performanceReport({
          provider: "P",
          fiscalYear,
          quarter,
          members: [{ memberId: "W", months: [month(m, "900")] }],
        }),
      ).standards[0]?.target;
    expect(q(2026, 2, "2025-10")).toBe(98);
    expect(q(2026, 3, "2026-01")).toBe(95);
  });
});
