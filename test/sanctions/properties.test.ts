// fast-check properties of the SANCTION-* rules (principle 7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  type Fine,
  type IsoDate,
  isBusinessDay,
  illinoisStateCalendar,
  evaluateSanctionNotices,
  reportingPeriodsOfYear,
  sanctionCalendar,
  sanctionNoticeDueDate,
  sanctionNotices,
} from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
// The SANCTION-PERIOD wrapper of the one quarter helper (not public: callers use calendarQuarterOf).
import { reportingPeriodOf } from "../../src/sanctions/reporting-period.js";
import { raiseFinding } from "../../src/findings/kind.js";
import { SANCTION_FINDING_CODES, SANCTION_FINDINGS } from "../../src/sanctions/finding-codes.js";
import { expectKindFindings, expectListedCodes, expectWellFormedCodes } from "../finding-codes.js";

const FIRST = toDayNumber("2020-04-01" as IsoDate);
const LAST = toDayNumber("2030-12-31" as IsoDate);
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const roll = fc.constantFrom("none" as const, "backward" as const);
const basis = fc.constantFrom("issued" as const, "overdue" as const);
const calendar = illinoisStateCalendar();

const fine: fc.Arbitrary<Fine> = fc
  .record({
    ticket: fc.integer({ min: 1, max: 40 }),
    mco: fc.constantFrom("Acme Health", "Bright Care", "County Plan"),
    due: fc.integer({ min: toDayNumber("2020-05-01" as IsoDate), max: LAST - 30 }),
    issueDelay: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  })
  .map(({ ticket, mco, due, issueDelay }) => ({
    ticketNumber: `T-${ticket}`,
    mco,
    dueDate: fromDayNumber(due),
    overdueOn: fromDayNumber(due + 1),
    issuedOn: issueDelay === null ? null : fromDayNumber(due + 1 + issueDelay),
    amountCents: 500000,
  }));

describe("SANCTION-PERIOD properties", () => {
  it("every date falls in exactly one period of its year's calendar", () => {
    fc.assert(
      fc.property(date, (d) => {
        const p = reportingPeriodOf(d);
        expect(p.firstDay <= d && d <= p.lastDay).toBe(true);
        const containing = reportingPeriodsOfYear(Number(d.slice(0, 4))).filter(
          (q) => q.firstDay <= d && d <= q.lastDay,
        );
        expect(containing).toEqual([p]);
      }),
    );
  });
  it("periods tile the years: each starts the day after the previous ends", () => {
    for (let year = 2021; year <= 2030; year++) {
      const periods = reportingPeriodsOfYear(year);
      expect(periods).toHaveLength(4);
      expect(periods[0]?.firstDay).toBe(`${year}-01-01`);
      expect(periods[3]?.lastDay).toBe(`${year}-12-31`);
      for (let i = 1; i < periods.length; i++) {
        expect(periods[i]?.firstDay).toBe(addCalendarDays(periods[i - 1]?.lastDay as IsoDate, 1));
      }
    }
  });
});

describe("SANCTION-NOTICE-DUE properties", () => {
  it("the notice deadline is after the period's end and within the following month", () => {
    fc.assert(
      fc.property(date, roll, (d, r) => {
        const period = reportingPeriodOf(d);
        const due = sanctionNoticeDueDate(period, { options: { unstatedRoll: r } }).result;
        const monthAfter = addCalendarDays(period.lastDay, 1);
        expect(due > period.lastDay).toBe(true);
        expect(due.slice(0, 7)).toBe(monthAfter.slice(0, 7));
        if (r === "none") expect(addCalendarDays(due, 1).slice(8)).toBe("01");
        if (r === "backward") expect(isBusinessDay(due, calendar)).toBe(true);
      }),
    );
  });
  it("the calendar's deadlines are the seed's Apr 30, Jul 31, Oct 31, Jan 31", () => {
    for (let year = 2021; year <= 2030; year++) {
      expect(sanctionCalendar(year).periods.map((p) => p.noticeDueDate)).toEqual([
        `${year}-04-30`,
        `${year}-07-31`,
        `${year}-10-31`,
        `${year + 1}-01-31`,
      ]);
    }
  });
});

describe("SANCTION-NOTICE-ONLY-IF-FINED properties", () => {
  it("notices exist exactly for MCO-periods with fines; totals are $5,000 x fines", () => {
    fc.assert(
      fc.property(fc.array(fine, { maxLength: 30 }), basis, (fines, b) => {
        const { notices } = sanctionNotices(fines, { options: { fineDateBasis: b } });
        const expected = new Map<string, number>();
        for (const f of fines) {
          const when = b === "overdue" ? f.overdueOn : (f.issuedOn ?? f.overdueOn);
          const key = `${reportingPeriodOf(when).id} ${f.mco}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        expect(new Set(notices.map((n) => `${n.period.id} ${n.mco}`))).toEqual(new Set(expected.keys()));
        expect(notices).toHaveLength(expected.size);
        for (const n of notices) {
          expect(n.count).toBe(expected.get(`${n.period.id} ${n.mco}`));
          expect(n.count).toBeGreaterThan(0);
          expect(n.totalCents).toBe(500000 * n.count);
          expect(n.fines).toHaveLength(n.count);
          for (const l of n.fines) expect(reportingPeriodOf(l.fineDate).id).toBe(n.period.id);
        }
        expect(notices.reduce((s, n) => s + n.count, 0)).toBe(fines.length);
      }),
    );
  });
  it("the notices do not depend on the order of the fines", () => {
    fc.assert(
      fc.property(
        fc
          .array(fine, { maxLength: 20 })
          .chain((fs) =>
            fc.tuple(fc.constant(fs), fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length })),
          ),
        ([a, b]) => {
          expect(sanctionNotices(b)).toEqual(sanctionNotices(a));
        },
      ),
    );
  });
  it("as of a date, each known notice is exactly one of accruing, due, issued or late", () => {
    fc.assert(
      fc.property(fc.array(fine, { maxLength: 15 }), date, (fines, asOf) => {
        const result = evaluateSanctionNotices({ fines }, { asOf });
        for (const s of result.notices) {
          expect(s.notice.fines.every((l) => (l.issuedOn ?? l.overdueOn) <= asOf)).toBe(true);
          if (s.state === "accruing") expect(asOf <= s.notice.period.lastDay).toBe(true);
          if (s.state === "due") expect(asOf > s.notice.period.lastDay && asOf <= s.notice.noticeDueDate).toBe(true);
          if (s.state === "late") expect(asOf > s.notice.noticeDueDate).toBe(true);
          expect(s.deadline.party).toBe("HFS");
        }
        expect(result.due.length + result.late.length).toBeLessThanOrEqual(result.notices.length);
      }),
    );
  });
});

describe("SANCTION-NOTICE-DUE: unstatedRoll forward", () => {
  it("moves a deadline off a weekend or State Holiday to the next business day, never earlier than written", () => {
    fc.assert(
      fc.property(date, (d) => {
        const period = reportingPeriodOf(d);
        const written = sanctionNoticeDueDate(period).result;
        const due = sanctionNoticeDueDate(period, { options: { unstatedRoll: "forward" } });
        expect(isBusinessDay(due.result, calendar)).toBe(true);
        expect(due.result >= written).toBe(true);
        if (isBusinessDay(written, calendar)) expect(due.result).toBe(written);
        // Lean: the roll option is recorded only where it decided the date; the full record always.
        expect(due.options?.unstatedRoll).toBe(isBusinessDay(written, calendar) ? undefined : "forward");
        expect(
          sanctionNoticeDueDate(period, { options: { unstatedRoll: "forward" }, detail: "full" }).options?.unstatedRoll,
        ).toBe("forward");
      }),
    );
  });
});

describe("finding codes (src/sanctions/finding-codes.ts)", () => {
  // Fines of every kind the findings speak of: early ones, odd amounts, no issue date, a ticket fined twice.
  const anyFine = fc
    .tuple(fine, fc.boolean(), fc.constantFrom(500000, 250000), fc.constantFrom("T-1", "T-2", null))
    .map(([f, early, amountCents, ticket]) => ({
      ...f,
      ...(early
        ? {
            overdueOn: addCalendarDays(f.overdueOn, -800),
            dueDate: addCalendarDays(f.dueDate, -800),
            issuedOn: f.issuedOn === null ? null : addCalendarDays(f.issuedOn, -805),
          }
        : {}),
      ...(ticket ? { ticketNumber: ticket } : {}),
      amountCents,
    }));
  const issued = fc.array(
    fc.record({
      mco: fc.constantFrom("Acme", "Meridian"),
      year: fc.integer({ min: 2020, max: 2030 }),
      quarter: fc.integer({ min: 1, max: 4 }),
      issuedOn: date,
    }),
    { maxLength: 3 },
  );
  it("the list is well formed", () => expectWellFormedCodes(SANCTION_FINDING_CODES));
  it("every finding of random fines carries a listed code with its rule ID and severity", () => {
    fc.assert(
      fc.property(fc.array(anyFine, { maxLength: 12 }), issued, date, basis, (fines, iss, asOf, b) => {
        expectListedCodes(sanctionNotices(fines, { options: { fineDateBasis: b } }).findings, SANCTION_FINDING_CODES);
        expectListedCodes(
          evaluateSanctionNotices({ fines, issued: iss }, { asOf, options: { fineDateBasis: b } }).findings,
          SANCTION_FINDING_CODES,
        );
      }),
    );
  });
  it("every finding of random fines parses with its kind's schema and has the message its kind writes", () => {
    fc.assert(
      fc.property(fc.array(anyFine, { maxLength: 12 }), issued, date, basis, (fines, iss, asOf, b) => {
        expectKindFindings(sanctionNotices(fines, { options: { fineDateBasis: b } }).findings, SANCTION_FINDINGS);
        const asOfNotices = evaluateSanctionNotices({ fines, issued: iss }, { asOf, options: { fineDateBasis: b } });
        expectKindFindings(asOfNotices.findings, SANCTION_FINDINGS);
        for (const f of asOfNotices.findings)
          if (f.code === "notice-without-fines") expect(f.asOf).toBe(asOf);
          else if (f.code !== "ticket-fined-more-than-once") expect(f.events).toEqual([f.ticketNumber]);
      }),
    );
  });
  it("a raise of an unknown code, or without a fact its kind names, does not compile", () => {
    const place = { events: ["T-1"] };
    // @ts-expect-error: no kind of sanctions finding has this code
    const unknown = () => raiseFinding(SANCTION_FINDINGS, "fine-late", { ticketNumber: "T-1" }, place);
    const partial = { ticketNumber: "T-1", amountCents: 250000 };
    // @ts-expect-error: fine-amount-not-standard carries `standardCents`
    const missingFact = () => raiseFinding(SANCTION_FINDINGS, "fine-amount-not-standard", partial, place);
    const facts = { ticketNumber: "T-1", amountCents: 250000, standardCents: 500000 };
    expect(raiseFinding(SANCTION_FINDINGS, "fine-amount-not-standard", facts, place).message).toBe(
      "Fine for ticket T-1 is $2,500.00, not the $5,000.00 of PORTAL-FINE; the notice totals the amount given.",
    );
    expect([typeof unknown, typeof missingFact]).toEqual(["function", "function"]);
  });
});
