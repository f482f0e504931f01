// fast-check properties of the SPENDDOWN-* rules (principle 7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  contractAdjustmentCount,
  evaluateMemberMonth,
  evaluateStandards,
  formatCents,
  isBusinessDay,
  illinoisStateCalendar,
  type IsoDate,
  performanceReport,
  type ProviderQuarterInput,
  RuleInputError,
  reportingQuarterOfMonth,
  spenddownPaymentDueDate,
  spenddownReportCalendar,
  workQueue,
} from "../../src/internal.js";
import { parameterOf } from "../../src/index.js";
import { DollarsSchema } from "../../src/schemas.js";
import { parseInput } from "../../src/core/errors.js";
import { cents, centsText, members } from "./arbitraries.js";

const calendar = illinoisStateCalendar();
const options = fc.record({
  bucketReading: fc.constantFrom("cumulative" as const, "banded" as const),
  memberCounting: fc.constantFrom("any-month" as const, "every-month" as const),
  standard2Reading: fc.constantFrom("widest-bucket" as const, "every-bucket" as const),
  standard3Basis: fc.constantFrom("spenddown" as const, "income" as const),
  standard3Direction: fc.constantFrom("at-most" as const, "at-least" as const),
  standard6Evaluation: fc.constantFrom("each-month" as const, "quarter" as const),
});
const quarterOf = (m: ProviderQuarterInput["members"]): ProviderQuarterInput => ({
  provider: "Lakeside CMHC",
  fiscalYear: 2025,
  quarter: 1,
  members: m,
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  // Deterministic shuffle driven by fast-check's seed (no Math.random).
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Cents of a dollar amount by BigInt arithmetic on its decimal text: an independent oracle. */
function bigCents(value: unknown): bigint {
  const [whole = "0", fraction = ""] = String(value).split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

describe("money (DollarsSchema)", () => {
  it("dollar strings and numbers with two decimals are exactly their cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (c) => {
        expect(parseInput(DollarsSchema, centsText(c))).toBe(c);
        expect(parseInput(DollarsSchema, c / 100)).toBe(c);
        expect(formatCents(c).replace(/[$,]/g, "")).toBe(centsText(c));
      }),
    );
  });
  it("three decimals, negatives and separators are input errors naming the field", () => {
    const bad = fc.oneof(
      fc.tuple(fc.nat(99999), fc.integer({ min: 1, max: 9 })).map(([d, x]) => `${d}.12${x}`),
      fc.integer({ min: 1, max: 10 ** 6 }).map((c) => -c / 100),
      fc.integer({ min: 1000, max: 999999 }).map((d) => d.toLocaleString("en-US")),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "", " 1", "1e3", "$5"),
    );
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => parseInput(DollarsSchema, value, "SPENDDOWN-THRESHOLD")).toThrow(RuleInputError);
        expect(() =>
          evaluateMemberMonth(
            {
              memberId: "W",
              month: "2024-08",
              householdIncome: value,
              spenddownAmount: 1,
              allowableBills: 1,
              payment: null,
              continuousEngagement: true,
              selfTerminated: false,
              agencyIsRepresentativePayee: true,
            },
            { asOf: "2024-08-01" },
          ),
        ).toThrow(/householdIncome/);
      }),
    );
  });
  it("money sums are exact: shortfalls and amounts over the threshold add up in integer cents", () => {
    fc.assert(
      fc.property(members, (ms) => {
        let expectedOver = 0n;
        let expectedShort = 0n;
        let short = 0;
        for (const m of ms) {
          for (const month of m.months) {
            const row = evaluateMemberMonth({ memberId: m.memberId, ...month }, { asOf: "2024-12-31" });
            const s = bigCents(month.spenddownAmount);
            expect(BigInt(row.spenddown.cents)).toBe(s);
            if (s > 100500n) expectedOver += s - 100500n;
            const b = BigInt(row.bills.cents);
            if (s > b) expectedShort += s - b;
            short += row.bills.shortfallCents;
            expect(Number.isSafeInteger(row.bills.shortfallCents)).toBe(true);
          }
        }
        const adjustment = contractAdjustmentCount(ms);
        expect(BigInt(adjustment.amounts.reduce((sum, a) => sum + a.overByCents, 0))).toBe(expectedOver);
        expect(BigInt(short)).toBe(expectedShort);
      }),
    );
  });
});

describe("SPENDDOWN-THRESHOLD and the deductible bucket", () => {
  it("income is at or under the threshold exactly when its cents are ≤ 100500; buckets follow the bounds", () => {
    fc.assert(
      fc.property(cents, cents, (c, d) => {
        const row = evaluateMemberMonth(
          {
            memberId: "W",
            month: "2024-08",
            householdIncome: centsText(c),
            spenddownAmount: centsText(d),
            allowableBills: 0,
            payment: null,
            continuousEngagement: true,
            selfTerminated: false,
            agencyIsRepresentativePayee: true,
          },
          { asOf: "2024-08-01" },
        );
        expect(row.income.atOrUnderThreshold).toBe(c <= 100500);
        expect(row.spenddown.overThreshold).toBe(d > 100500);
        expect(row.spenddown.bucket.underCents).toEqual([10000, 20000, 30000, 40000, 50000].filter((b) => d < b));
        expect(row.spenddown.bucket.inMeasure3Range).toBe(d > 50000 && d <= 60000);
      }),
    );
  });
});

describe("SPENDDOWN-PAYMENT-DUE", () => {
  const month = fc
    .record({ y: fc.integer({ min: 2017, max: 2035 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);
  it("as written the payment is due on the 20th; rolled, on the first business day from the 20th", () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(spenddownPaymentDueDate(m).result).toBe(`${m}-20`);
        const rolled = spenddownPaymentDueDate(m, { options: { unstatedRoll: "forward" } }).result;
        expect(rolled >= `${m}-20`).toBe(true);
        expect(isBusinessDay(rolled, calendar)).toBe(true);
        expect(rolled <= `${m}-24`).toBe(true);
      }),
    );
  });
  it("a payment is on time exactly when it is made on or before the due date", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 28 }), (m, day) => {
        const paidOn = `${m}-${String(day).padStart(2, "0")}`;
        const row = evaluateMemberMonth(
          {
            memberId: "W",
            month: m,
            householdIncome: 900,
            spenddownAmount: 100,
            allowableBills: 100,
            payment: { amount: 100, paidOn },
            continuousEngagement: true,
            selfTerminated: false,
            agencyIsRepresentativePayee: true,
          },
          { asOf: `${m}-28` },
        );
        expect(row.payment.onTime).toBe(day <= 20);
      }),
    );
  });
  // "Make payment to HFS no later than the 20th day of the month"; a member who self-terminates:
  // "the spenddown advance is canceled". A month that owes nothing (a $0.00 spenddown, or a
  // self-termination) has no deadline to miss: whatever the day, paid or not, it is `not
  // applicable`, 0 days late, gives no payment finding and is no one's work.
  it("a month whose payment is not required is never open, missed or late, and is not in the work queue", () => {
    const noPaymentOwed = fc.oneof(
      fc.record({ spenddown: fc.constant(0), selfTerminated: fc.boolean() }),
      fc.record({ spenddown: fc.integer({ min: 0, max: 300000 }), selfTerminated: fc.constant(true) }),
    );
    fc.assert(
      fc.property(
        month,
        noPaymentOwed,
        fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
        fc.integer({ min: 0, max: 400 }),
        (m, owed, paidDay, daysAfterStart) => {
          const asOf = addCalendarDays(`${m}-01` as IsoDate, daysAfterStart);
          const row = evaluateMemberMonth(
            {
              memberId: "W",
              month: m,
              householdIncome: 900,
              spenddownAmount: centsText(owed.spenddown),
              allowableBills: 100,
              payment: paidDay === null ? null : { amount: 0, paidOn: `${m}-${String(paidDay).padStart(2, "0")}` },
              continuousEngagement: true,
              selfTerminated: owed.selfTerminated,
              agencyIsRepresentativePayee: true,
            },
            { asOf },
          );
          expect(row.payment.required).toBe(false);
          expect(row.payment.deadline.status).toBe("not applicable");
          expect(row.payment.deadline.daysLate).toBe(0);
          expect(
            row.findings.filter((f) => f.ruleId === "SPENDDOWN-PAYMENT-DUE" && f.code !== "payment-short"),
          ).toEqual([]);
          expect(workQueue([row], { asOf }).items).toEqual([]);
        },
      ),
    );
  });
});

describe("SPENDDOWN-QUARTERLY-REPORTS", () => {
  it("each month is in exactly one quarter of its fiscal year; reports are due after the quarter closes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2040 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        const q = reportingQuarterOfMonth(month);
        expect(q.fiscalYear).toBe(m >= 7 ? y + 1 : y);
        const cal = spenddownReportCalendar(q.fiscalYear);
        expect(cal.quarters.filter((e) => e.quarter.months.includes(month)).map((e) => e.quarter.id)).toEqual([q.id]);
        for (const e of cal.quarters) {
          for (const r of e.reports) {
            expect(r.dueDate > e.quarter.lastDay).toBe(true);
            expect(r.dueDate.slice(8)).toBe("01");
          }
        }
      }),
    );
  });
});

describe("SPENDDOWN-MEASURES and SPENDDOWN-STANDARDS", () => {
  it("cumulative bucket counts are monotone and nested", () => {
    fc.assert(
      fc.property(members, fc.constantFrom("any-month" as const, "every-month" as const), (ms, memberCounting) => {
        const buckets = performanceReport(quarterOf(ms), { options: { memberCounting } }).measures.filter(
          (m) => m.number === 2,
        );
        expect(buckets).toHaveLength(5);
        for (let i = 1; i < buckets.length; i++) {
          const [prev, cur] = [buckets[i - 1], buckets[i]];
          expect((cur?.count ?? 0) >= (prev?.count ?? 0)).toBe(true);
          for (const id of prev?.members ?? []) expect(cur?.members).toContain(id);
        }
      }),
    );
  });
  it("each percentage is between 0 and 100 and is the count over the unduplicated members", () => {
    fc.assert(
      fc.property(members, options, (ms, o) => {
        const report = performanceReport(quarterOf(ms), { options: o });
        const inQuarter = ms.filter((m) => m.months.some((x) => ["2024-07", "2024-08", "2024-09"].includes(x.month)));
        expect(report.memberCount).toBe(inQuarter.length);
        for (const m of report.measures) {
          expect(m.denominator).toBe(report.memberCount);
          expect(m.count).toBe(new Set(m.members).size);
          expect(m.count <= m.denominator).toBe(true);
          if (m.denominator === 0) expect(m.percent).toBeNull();
          else {
            expect(m.percent).toBe(Math.round((m.count * 10000) / m.denominator) / 100);
            expect(m.percent !== null && m.percent >= 0 && m.percent <= 100).toBe(true);
          }
        }
      }),
    );
  });
  // SPENDDOWN-STANDARDS in the policy's words (DHS, Williams spenddown, "Performance Standards"):
  // "98% of Williams Class Members … have …" is a floor: at least that share; "No more than 10% of
  // Class Members … may terminate …, per month" is a ceiling; standard 3 ("2% … will have monthly
  // incomes greater than $500.00 but not greater than $600.00") names no direction (open point 8:
  // the option standard3Direction, default at most). The percentages come from the registry in
  // force for the quarter, never from the result, so a wrong target in the result fails here.
  it("every standard is met exactly when its share meets the registry's target in the policy's direction", () => {
    const quarterStart = "2024-07-01" as IsoDate; // fiscal 2025, quarter 1 (quarterOf)
    const targetOf = (n: number): number =>
      parameterOf("SPENDDOWN-STANDARDS", quarterStart, n === 6 ? "standard6Max" : (`standard${n}` as "standard1"));
    const directionOf = (n: number, o: { standard3Direction: "at-most" | "at-least" }) =>
      n === 6 ? "at-most" : n === 3 ? o.standard3Direction : "at-least";
    const meets = (count: number, denominator: number, n: number, o: { standard3Direction: "at-most" | "at-least" }) =>
      directionOf(n, o) === "at-least"
        ? count * 100 >= targetOf(n) * denominator
        : count * 100 <= targetOf(n) * denominator;
    fc.assert(
      fc.property(members, options, (ms, o) => {
        const { standards } = evaluateStandards(performanceReport(quarterOf(ms), { options: o }), { options: o });
        expect(standards.map((s) => s.standard)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        for (const s of standards) {
          expect([s.target, s.comparison]).toEqual([targetOf(s.standard), directionOf(s.standard, o)]);
          for (const line of s.lines)
            expect(line.met).toBe(line.denominator === 0 ? null : meets(line.count, line.denominator, s.standard, o));
          if (s.denominator === 0) expect(s.met).toBeNull();
          else if (
            s.lines.length === 0 ||
            (s.standard === 2 && o.standard2Reading === "widest-bucket") ||
            (s.standard === 6 && o.standard6Evaluation === "quarter")
          )
            expect(s.met).toBe(meets(s.count, s.denominator, s.standard, o));
          else expect(s.met).toBe(s.lines.every((l) => l.met === true));
        }
      }),
    );
  });
  it("the report and the standards do not depend on the order of members or months", () => {
    fc.assert(
      fc.property(members, options, fc.integer(), (ms, o, seed) => {
        const reordered = shuffled(ms, seed).map((m, i) => ({ ...m, months: shuffled(m.months, seed + i) }));
        const a = performanceReport(quarterOf(ms), { options: o });
        const b = performanceReport(quarterOf(reordered), { options: o });
        expect(b).toEqual(a);
        expect(evaluateStandards(b, { options: o })).toEqual(evaluateStandards(a, { options: o }));
        expect(contractAdjustmentCount(reordered)).toEqual(contractAdjustmentCount(ms));
      }),
    );
  });
});

describe("registry", () => {
  it("the threshold evaluation reads the registry version in force", async () => {
    const { ruleParameter } = await import("../../src/internal.js");
    expect(ruleParameter("SPENDDOWN-THRESHOLD", "2024-08-01" as IsoDate, "thresholdCents")).toBe(100500);
  });
});
