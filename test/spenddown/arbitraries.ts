// Shared fast-check generators for the SPENDDOWN-* properties.
import fc from "fast-check";
import type { ClassMemberInput } from "../../src/index.js";

/** Integer cents as a dollar string with two decimals, built from integers (no float involved). */
export function centsText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** Cents near the interesting bounds ($100 … $600, $1,005) and anywhere up to $3,000. */
export const cents = fc.oneof(
  fc.integer({ min: 0, max: 300000 }),
  fc.constantFrom(0, 9999, 10000, 19999, 20000, 49999, 50000, 50001, 60000, 60001, 100499, 100500, 100501),
);

/** A month of state fiscal year 2025 quarter 1 (or, sometimes, just outside it). */
const month = fc.constantFrom("2024-06", "2024-07", "2024-08", "2024-09", "2024-10");

export const memberMonth = fc.record({
  month,
  income: cents,
  spenddown: cents,
  bills: cents,
  paidDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
  continuousEngagement: fc.boolean(),
  selfTerminated: fc.boolean(),
  agencyIsRepresentativePayee: fc.boolean(),
  asNumber: fc.boolean(),
});

/** A member: unique months, amounts given as strings or numbers of dollars. */
export const member = (id: string): fc.Arbitrary<ClassMemberInput> =>
  fc.uniqueArray(memberMonth, { selector: (m) => m.month, maxLength: 5 }).map((months) => ({
    memberId: id,
    months: months.map((m) => {
      const dollars = (c: number) => (m.asNumber ? c / 100 : centsText(c));
      return {
        month: m.month,
        householdIncome: dollars(m.income),
        spenddownAmount: dollars(m.spenddown),
        allowableBills: dollars(m.bills),
        payment:
          m.paidDay === null
            ? null
            : { amount: dollars(m.spenddown), paidOn: `${m.month}-${String(m.paidDay).padStart(2, "0")}` },
        continuousEngagement: m.continuousEngagement,
        selfTerminated: m.selfTerminated,
        agencyIsRepresentativePayee: m.agencyIsRepresentativePayee,
      };
    }),
  }));

/** 0-12 members with distinct IDs. */
export const members: fc.Arbitrary<ClassMemberInput[]> = fc
  .uniqueArray(fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"), { maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map(member)));
