// cleanClassMember lets evaluateProviderQuarter skip zod's parse of each Class Member (its cost
// and its garbage lift a large quarter's peak memory); it is written apart from
// ClassMemberSchema, so it must never accept a member the schema rejects, nor return anything
// else than the schema does: checked here on valid members and on random damage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClassMemberSchema } from "../../src/schemas.js";
import { cleanClassMember } from "../../src/spenddown/clean-member.js";
import { damaged } from "../damage.js";
import { member } from "./arbitraries.js";

/** A valid member, sometimes with the day they left the facility and their prerequisites. */
const validMember = fc
  .tuple(
    member("W-1"),
    fc.option(fc.constantFrom(null, "2024-08-15"), { nil: undefined }),
    fc.option(
      fc.record({
        enrollmentFormSentOn: fc.constantFrom(null, "2024-07-01"),
        representativePayeeAgreementSignedOn: fc.constantFrom(null, "2024-07-02"),
        aabdApplication: fc.constantFrom(
          null,
          { by: "provider", on: "2024-07-03" },
          { by: "NF/IMD", on: "2024-06-30" },
        ),
      }),
      { nil: undefined },
    ),
  )
  .map(([m, left, prerequisites]) => ({
    ...m,
    ...(left !== undefined ? { leftFacilityOn: left } : {}),
    ...(prerequisites ? { prerequisites } : {}),
  }));

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    undefined,
    null,
    "",
    " 1.00",
    "1.005",
    "-1",
    -1,
    -0,
    1.005,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "1,005",
    "$5",
    "2024-13",
    "2024-7",
    "2024-02-30",
    "toString",
    "provider ",
    0,
    true,
    [],
    {},
  ),
  fc.date({ noInvalidDate: true }),
);

/** A valid member with one part replaced, deleted, or one unknown key (or a repeated month) added. */
const damagedMember = fc
  .tuple(
    validMember,
    fc.nat(),
    fc.constantFrom("set" as const, "delete" as const, "add" as const, "repeat" as const),
    odd,
  )
  .map(([valid, n, how, value]) => {
    if (how !== "repeat") return damaged(valid, n, how, value, "memberId");
    const months = valid.months.length > 0 ? [...valid.months, valid.months[0]] : valid.months;
    return { ...valid, months };
  });

function agreesWithSchema(input: unknown): void {
  const clean = cleanClassMember(input);
  if (clean === undefined) return;
  const parsed = ClassMemberSchema.safeParse(input);
  expect(parsed.success).toBe(true);
  expect(clean).toEqual(parsed.data);
  // The same keys in the same order: a result built from either reads the same.
  expect(JSON.stringify(clean)).toBe(JSON.stringify(parsed.data));
}

describe("cleanClassMember (the zod fast path of evaluateProviderQuarter)", () => {
  it("reads every valid member of the properties as the schema does", () => {
    fc.assert(
      fc.property(validMember, (valid) => {
        expect(cleanClassMember(valid)).toBeDefined();
        agreesWithSchema(valid);
      }),
    );
  });

  it("never accepts a damaged member the schema rejects, nor reads one otherwise", () => {
    fc.assert(fc.property(damagedMember, agreesWithSchema), { numRuns: 3000 });
  });

  it("leaves to the schema what it is not sure of", () => {
    const month = {
      month: "2024-07",
      householdIncome: "900.00",
      spenddownAmount: 50,
      allowableBills: "60",
      payment: null,
      continuousEngagement: true,
      selfTerminated: false,
      agencyIsRepresentativePayee: true,
    };
    expect(cleanClassMember({ memberId: "W-1", months: [month] })).toBeDefined();
    expect(cleanClassMember({ memberId: "W-1", months: [month, month] })).toBeUndefined();
    expect(cleanClassMember({ memberId: "W-1", months: [month], extra: 1 })).toBeUndefined();
    expect(cleanClassMember({ memberId: "W-1", months: [month], leftFacilityOn: undefined })).toBeUndefined();
    expect(cleanClassMember({ memberId: "", months: [month] })).toBeUndefined();
    expect(cleanClassMember({ memberId: "W-1", months: [{ ...month, householdIncome: -1 }] })).toBeUndefined();
    expect(
      cleanClassMember({ memberId: "W-1", months: [{ ...month, payment: { amount: "1.00", paidOn: "2024-02-30" } }] }),
    ).toBeUndefined();
    const holey: unknown[] = [month];
    holey.length = 2;
    expect(cleanClassMember({ memberId: "W-1", months: holey })).toBeUndefined();
  });
});
