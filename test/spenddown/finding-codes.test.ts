// Every finding the SPENDDOWN-* functions produce carries a code of src/spenddown/finding-codes.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateProviderQuarter } from "../../src/index.js";
import type { IsoDate } from "../../src/core/iso-date.js";
import { raiseFinding } from "../../src/findings/kind.js";
import { SPENDDOWN_FINDING_CODES, SPENDDOWN_FINDINGS } from "../../src/spenddown/finding-codes.js";
import { expectKindFindings, expectListedCodes, expectWellFormedCodes } from "../finding-codes.js";
import { members } from "./arbitraries.js";

const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"));
const date = fc
  .tuple(fc.constantFrom("2024-06", "2024-07", "2024-09", "2024-11", "2025-02"), day)
  .map(([m, d]) => `${m}-${d}`);
const prerequisites = fc.record({
  enrollmentFormSentOn: fc.option(date, { nil: null }),
  representativePayeeAgreementSignedOn: fc.option(date, { nil: null }),
  aabdApplication: fc.option(fc.record({ by: fc.constantFrom("provider" as const, "NF/IMD" as const), on: date }), {
    nil: null,
  }),
});
// The shared members, some with prerequisites and a move, some paying less than the spenddown.
const withFacts = members.chain((ms) =>
  fc.tuple(
    ...ms.map((m) =>
      fc
        .record({
          prerequisites: fc.option(prerequisites, { nil: undefined }),
          left: fc.option(date, { nil: null }),
          short: fc.boolean(),
        })
        .map((x) => ({
          ...m,
          ...(x.prerequisites ? { prerequisites: x.prerequisites, leftFacilityOn: x.left } : {}),
          months: m.months.map((month) =>
            x.short && month.payment ? { ...month, payment: { ...month.payment, amount: 0 } } : month,
          ),
        })),
    ),
  ),
);

describe("finding codes (src/spenddown/finding-codes.ts)", () => {
  it("the list is well formed", () => expectWellFormedCodes(SPENDDOWN_FINDING_CODES));
  it("every finding of a random provider quarter carries a listed code, parses with its kind's schema and has the message its kind writes", () => {
    fc.assert(
      fc.property(
        withFacts,
        date,
        fc.option(date, { nil: null }),
        fc.option(date, { nil: null }),
        fc.constantFrom("none" as const, "forward" as const),
        (ms, asOf, financial, performance, unstatedRoll) => {
          const quarter = evaluateProviderQuarter(
            {
              provider: "Lakeside CMHC",
              fiscalYear: 2025,
              quarter: 1,
              members: ms,
              reportsSubmitted: { financial, performance },
            },
            { asOf, options: { unstatedRoll } },
          );
          for (const findings of [quarter.findings, ...quarter.memberMonths.map((m) => m.findings)]) {
            expectListedCodes(findings, SPENDDOWN_FINDING_CODES);
            expectKindFindings(findings, SPENDDOWN_FINDINGS);
          }
          // A finding about one member names them in `member`, and only there.
          const ids = new Set(ms.map((m) => m.memberId));
          for (const f of quarter.findings) {
            if (f.code.startsWith("report-")) expect(f.member).toBeUndefined();
            else expect(ids.has(f.member ?? "")).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it("a raise of an unknown code, or without a fact its kind names, does not compile", () => {
    const place = { events: ["2024-07"] };
    const partial = { month: "2024-07", dueDate: "2024-07-01" as IsoDate };
    // @ts-expect-error: no kind of spenddown finding has this code
    const unknown = () => raiseFinding(SPENDDOWN_FINDINGS, "payment-overdue", { ...partial, daysLate: 3 }, place);
    // @ts-expect-error: payment-missed carries `daysLate`
    const missingFact = () => raiseFinding(SPENDDOWN_FINDINGS, "payment-missed", partial, place);
    expect(raiseFinding(SPENDDOWN_FINDINGS, "payment-missed", { ...partial, daysLate: 1 }, place).message).toBe(
      "No advance payment to HFS for 2024-07: due 2024-07-01, 1 day overdue.",
    );
    expect([typeof unknown, typeof missingFact]).toEqual(["function", "function"]);
  });
});
