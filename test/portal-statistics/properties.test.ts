// fast-check properties of PORTAL-STATISTICS (principle 7): counts add up and do not depend on
// the order of the tickets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finesOf, type IsoDate, sanctionNotices, type StatisticsTicket, ticketStatistics } from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { PORTAL_STATISTICS_FINDING_CODES } from "../../src/portal-statistics/finding-codes.js";
import { expectWellFormedCodes } from "../finding-codes.js";

const START = toDayNumber("2020-05-01" as IsoDate);
const dims = fc.subarray(["mco", "program", "providerType"] as const);

const ticket: fc.Arbitrary<StatisticsTicket> = fc
  .record({
    n: fc.integer({ min: 1, max: 9999 }),
    mco: fc.constantFrom("Acme Health", "Bright Care", "County Plan"),
    program: fc.constantFrom("HealthChoice Illinois", "MMAI"),
    providerType: fc.constantFrom("hospital", "physician", "nursing facility", "pharmacy"),
    received: fc.integer({ min: START, max: START + 1500 }),
    portalDelay: fc.integer({ min: 30, max: 60 }),
    proposalDelay: fc.option(fc.integer({ min: 31, max: 120 }), { nil: null }),
    closure: fc.option(fc.constantFrom("resolved", "premature", "not timely", "no response"), { nil: null }),
    decision: fc.option(fc.constantFrom("upheld" as const, "overturned" as const), { nil: null }),
    fined: fc.boolean(),
  })
  .map((r) => {
    const presented = r.received + r.portalDelay + 5;
    const due = presented + 30;
    const proposalDay = r.proposalDelay === null ? null : presented + r.proposalDelay;
    const overdue = proposalDay === null ? r.n % 2 === 0 : proposalDay > due;
    return {
      ticketNumber: `T-${r.n}`,
      mco: r.mco,
      program: r.program,
      providerType: r.providerType,
      portalSubmittedOn: fromDayNumber(r.received + r.portalDelay),
      mcoReceivedOn: r.n % 7 === 0 ? null : fromDayNumber(presented),
      proposalOn: proposalDay === null ? null : fromDayNumber(proposalDay),
      status: r.closure === null ? ("open" as const) : ("closed" as const),
      closureReason: r.closure,
      overdue,
      overdueNow: overdue && proposalDay === null,
      decision: proposalDay === null ? null : r.decision,
      fines:
        overdue && r.fined
          ? [
              {
                ticketNumber: `T-${r.n}`,
                mco: r.mco,
                dueDate: fromDayNumber(due),
                overdueOn: fromDayNumber(due + 1),
                issuedOn: null,
                amountCents: 500000,
              },
            ]
          : [],
    };
  });

describe("PORTAL-STATISTICS properties", () => {
  it("open + closed = total, per group and overall; groups add up to the whole", () => {
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 40 }), dims, fc.boolean(), (tickets, groupBy, byQuarter) => {
        const s = ticketStatistics(tickets, { options: { groupBy: [...groupBy], byQuarter } });
        for (const g of [s.overall, ...s.groups]) {
          expect(g.open + g.closed).toBe(g.total);
          expect(Object.values(g.closedByReason).reduce((a, b) => a + b, 0)).toBe(g.closed);
          expect(g.sanctionTotalCents).toBe(500000 * g.fines);
          expect(g.finesIssued).toBeLessThanOrEqual(g.fines);
          expect(g.overdueOpen).toBeLessThanOrEqual(Math.min(g.overdue, g.open));
        }
        expect(s.overall.total).toBe(tickets.length);
        for (const field of [
          "total",
          "open",
          "closed",
          "overdue",
          "overdueOpen",
          "fines",
          "finesIssued",
          "sanctionTotalCents",
          "upheld",
          "overturned",
          "proposals",
        ] as const) {
          expect(s.groups.reduce((sum, g) => sum + g[field], 0)).toBe(s.overall[field]);
        }
        // By quarter a group may hold only fines (their fine date's quarter, as on the notices).
        expect(s.groups.every((g) => g.total > 0 || (byQuarter && g.fines > 0))).toBe(true);
        if (!byQuarter) expect(s.groups.every((g) => g.total > 0)).toBe(true);
        expect(new Set(s.groups.map((g) => JSON.stringify(g.group))).size).toBe(s.groups.length);
      }),
    );
  });
  it("do not depend on the order of the tickets", () => {
    fc.assert(
      fc.property(
        fc
          .array(ticket, { maxLength: 30 })
          .chain((ts) =>
            fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length })),
          ),
        dims,
        fc.boolean(),
        ([a, b], groupBy, byQuarter) => {
          expect(ticketStatistics(b, { options: { groupBy: [...groupBy], byQuarter } })).toEqual(
            ticketStatistics(a, { options: { groupBy: [...groupBy], byQuarter } }),
          );
        },
      ),
    );
  });
  it("the median lies between the smallest and largest receipt-to-proposal days", () => {
    fc.assert(
      fc.property(fc.array(ticket, { minLength: 1, maxLength: 30 }), (tickets) => {
        const days = tickets.flatMap((t) =>
          t.proposalOn !== null && t.mcoReceivedOn !== null
            ? [toDayNumber(t.proposalOn) - toDayNumber(t.mcoReceivedOn)]
            : [],
        );
        const m = ticketStatistics(tickets).overall.medianDaysToProposal;
        if (days.length === 0) expect(m).toBeNull();
        else {
          expect(m).toBeGreaterThanOrEqual(Math.min(...days));
          expect(m).toBeLessThanOrEqual(Math.max(...days));
          expect(days.filter((d) => d < (m ?? 0)).length).toBeLessThanOrEqual(days.length / 2);
          expect(days.filter((d) => d > (m ?? 0)).length).toBeLessThanOrEqual(days.length / 2);
        }
      }),
    );
  });
  it("by quarter, the fines of each MCO and quarter are those of its sanction notice (one basis: the fine date)", () => {
    const issuedLater = ticket.chain((t) =>
      fc.integer({ min: 0, max: 40 }).map((d) => ({
        ...t,
        fines: t.fines.map((f) => ({
          ...f,
          issuedOn: d % 3 === 0 ? null : fromDayNumber(toDayNumber(f.overdueOn) + d),
        })),
      })),
    );
    fc.assert(
      fc.property(
        fc.array(issuedLater, { maxLength: 30 }),
        fc.constantFrom("issued" as const, "overdue" as const),
        (tickets, fineDateBasis) => {
          const s = ticketStatistics(tickets, { options: { groupBy: ["mco"], byQuarter: true, fineDateBasis } });
          const notices = sanctionNotices(finesOf(tickets.map((t) => ({ fine: t.fines[0] ?? null }))), {
            options: { fineDateBasis },
          }).notices;
          for (const n of notices) {
            const g = s.groups.find((x) => x.group.mco === n.mco && x.group.quarter === n.period.id);
            expect(g?.fines).toBe(n.count);
            expect(g?.sanctionTotalCents).toBe(n.totalCents);
          }
          expect(s.groups.reduce((sum, g) => sum + g.fines, 0)).toBe(notices.reduce((sum, n) => sum + n.count, 0));
        },
      ),
    );
  });
});

describe("finding codes (src/portal-statistics/finding-codes.ts)", () => {
  // The statistics count; they give no finding, so the list is empty. A finding added to the
  // result must come with its code in the list.
  it("the statistics give no findings, and list no codes", () => {
    expectWellFormedCodes(PORTAL_STATISTICS_FINDING_CODES);
    expect(PORTAL_STATISTICS_FINDING_CODES).toEqual([]);
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 10 }), (tickets) => {
        expect(Object.keys(ticketStatistics(tickets))).not.toContain("findings");
      }),
      { numRuns: 20 },
    );
  });
});
