// The statistics report for publication (statisticsReport, docs/statistics.md), in the policy's
// words: no published count from 1 to 10 in any table; no hidden count recoverable from a table's
// totals; a total shown by several tables (or as good as: fines and overdue tickets) hidden in all
// or none; a fine amount hidden with its count; the same tickets, in any order, give the same
// report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IsoDate, RuleInputError, type StatisticsTicket, statisticsReport } from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { type StatisticsReport, statisticsReportOf } from "../../src/portal-statistics/report.js";
import type { PublishedTable } from "../../src/portal-statistics/report-tables.js";
import { augmented, determined } from "./published-sums.js";

const START = toDayNumber("2023-01-01" as IsoDate);
const AS_OF = "2025-06-30" as IsoDate;

const recordArb: fc.Arbitrary<StatisticsTicket> = fc
  .record({
    n: fc.integer({ min: 1, max: 99999 }),
    mco: fc.constantFrom("Acme Health", "Bright Care", "County Plan", "Delta Plan"),
    program: fc.constantFrom("HealthChoice Illinois", "MMAI"),
    providerType: fc.constantFrom("hospital", "physician", "nursing facility", "pharmacy", "dental"),
    day: fc.integer({ min: 0, max: 700 }),
    closed: fc.boolean(),
    overdue: fc.boolean(),
    fined: fc.boolean(),
  })
  .map((r) => {
    const submitted = START + r.day;
    const due = submitted + 35;
    const overdueNow = r.overdue && !r.closed;
    return {
      ticketNumber: `T-${r.n}`,
      mco: r.mco,
      program: r.program,
      providerType: r.providerType,
      portalSubmittedOn: fromDayNumber(submitted),
      mcoReceivedOn: fromDayNumber(submitted + 5),
      proposalOn: null,
      status: r.closed ? ("closed" as const) : ("open" as const),
      closureReason: r.closed ? "premature" : null,
      overdue: r.overdue,
      overdueNow,
      decision: null,
      fines:
        r.overdue && r.fined
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

// Many records in a few categories: the tables mix small and large counts.
const recordsArb = fc.array(recordArb, { minLength: 0, maxLength: 250 });

const reportOf = (records: readonly StatisticsTicket[], threshold: number): StatisticsReport =>
  statisticsReportOf(
    records.map((record) => ({ record })),
    AS_OF,
    { fineDateBasis: "issued", threshold },
  );

/** Every number a table publishes (cells, then its totals). */
const numbers = (t: PublishedTable): (number | null)[] => [
  ...t.cells.flat(),
  ...(t.rowTotals ?? []),
  ...(t.columnTotals ?? []),
  ...(t.total === undefined ? [] : [t.total]),
];

const table = (r: StatisticsReport, id: string) => r.tables.find((t) => t.id === id);

describe("statisticsReport: small-cell suppression of the publication tables", () => {
  it("publishes no count from 1 to 10, and no amount of fewer than 11 fines", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        for (const t of reportOf(records, 11).tables)
          for (const v of numbers(t)) {
            if (v === null) continue;
            const count = t.unit === "cents" ? v / 500000 : v;
            expect(count === 0 || count >= 11, `${t.id}: ${v}`).toBe(true);
          }
      }),
      { numRuns: 60 },
    );
  });

  it("leaves no hidden count recoverable from the totals of its table; amounts hidden with their counts", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const open = reportOf(records, 1);
        const hidden = reportOf(records, 11);
        for (const [k, shown] of open.tables.entries()) {
          const t = hidden.tables[k] as PublishedTable;
          expect(t.id).toBe(shown.id);
          const grid = { cells: shown.cells as number[][], rowTotals: !!t.rowTotals, columnTotals: !!t.columnTotals };
          const mask = {
            cells: t.cells.map((row) => row.map((v) => v === null)),
            rowTotals: (t.rowTotals ?? t.rows.map(() => 0)).map((v) => v === null),
            columnTotals: (t.columnTotals ?? t.columns.map(() => 0)).map((v) => v === null),
            total: t.total === null,
          };
          expect(determined(augmented(grid, mask)), t.id).toEqual([]);
          // Shown numbers are the true ones.
          numbers(t).forEach((v, i) => {
            if (v !== null) expect(v).toBe(numbers(shown)[i]);
          });
        }
        const counts = table(hidden, "fines-by-mco");
        const amounts = table(hidden, "fine-amounts-by-mco");
        expect(amounts && numbers(amounts).map((v) => v === null)).toEqual(
          counts && numbers(counts).map((v) => v === null),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("hides a total shown by several tables in all of them or in none", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const r = reportOf(records, 11);
        const [mco, program, type, status] = [
          "complaints-by-mco",
          "complaints-by-program",
          "complaints-by-provider-type",
          "open-closed-by-mco",
        ].map((id) => table(r, id));
        if (!mco || !program || !type || !status) return;
        const isNull = (list: readonly (number | null)[] | null) => (list ?? []).map((v) => v === null);
        expect(isNull(status.rowTotals)).toEqual(isNull(mco.rowTotals));
        expect(isNull(program.columnTotals)).toEqual(isNull(mco.columnTotals));
        expect(isNull(type.columnTotals)).toEqual(isNull(mco.columnTotals));
        expect(new Set([mco.total, program.total, type.total, status.total].map((v) => v === null)).size).toBe(1);
        // A fine per overdue ticket: an MCO's fines and its tickets that went overdue are hidden alike.
        const [fines, overdue] = [table(r, "fines-by-mco"), table(r, "overdue-by-mco")];
        if (!fines || !overdue) return;
        fines.rows.forEach((name, k) => {
          const i = overdue.rows.indexOf(name);
          expect(overdue.cells[i]?.[0] === null, name).toBe(fines.rowTotals?.[k] === null);
        });
        expect(overdue.columnTotals?.[0] === null).toBe(fines.total === null);
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same report for the same tickets in any order", () => {
    fc.assert(
      fc.property(recordsArb, fc.integer(), (records, seed) => {
        const shuffled = [...records].sort(
          (a, b) => ((a.ticketNumber.length * seed) % 7) - ((b.ticketNumber.length * seed) % 7),
        );
        expect(reportOf(shuffled.reverse(), 11)).toEqual(reportOf(records, 11));
      }),
      { numRuns: 40 },
    );
  });

  it("with threshold 1 hides nothing and adds up to the tickets counted", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const r = reportOf(records, 1);
        expect(r.hidden).toBe(0);
        if (records.length > 0) expect(table(r, "complaints-by-mco")?.total).toBe(records.length);
        expect(r.note).toMatch(/off/);
      }),
      { numRuns: 30 },
    );
  });
});

describe("statisticsReport (the operation)", () => {
  const ticket = {
    ticketNumber: "T-1",
    mco: "Acme Health",
    program: "HealthChoice Illinois",
    providerType: "Hospital",
    internalDispute: { submittedToMcoOn: "2024-04-01", trackingNumber: "A-1", trackingNumberIssuedOn: "2024-04-02" },
    portalSubmittedOn: "2024-05-20",
    medicareOnly: false,
    feeForService: false,
    priorAuthorizationNotObtained: false,
    complete: true,
    providerRegistered: true,
    accessToCare: false,
    members: [{ name: "A Member", recipientId: "123456789", datesOfService: ["2024-02-14"] }],
    events: [{ type: "presented to MCO", date: "2024-05-22" }],
  };

  it("gives frozen plain data, suppressed by default, and the note", () => {
    const r = statisticsReport([ticket], { asOf: "2024-09-30" });
    expect(Object.isFrozen(r) && Object.isFrozen(r.tables[0])).toBe(true);
    expect(r.suppression.threshold).toBe(11);
    expect(r.tables[0]?.cells).toEqual([[null]]);
    expect(r.note).toMatch(/every count from 1 to 10 is hidden/);
    expect(JSON.stringify(r)).not.toMatch(/A Member|123456789|2024-02-14/);
  });

  it("names a bad setting by its path, never its value", () => {
    for (const threshold of [0, 1.5, "11", 1001])
      expect(() =>
        statisticsReport([ticket], { asOf: "2024-09-30", options: { suppression: { threshold } as never } }),
      ).toThrow(/options\.suppression\.threshold/);
    expect(() => statisticsReport([ticket], { asOf: "2024-09-30", options: { grouping: 1 } as never })).toThrow(
      RuleInputError,
    );
  });

  it("collects a bad ticket under onError: collect, and counts the others", () => {
    const r = statisticsReport([ticket, { ...ticket, portalSubmittedOn: "ZZCANARY" }], {
      asOf: "2024-09-30",
      onError: "collect",
      options: { suppression: { threshold: 1 } },
    });
    expect([r.counted, r.invalidCount]).toEqual([1, 1]);
  });
});
