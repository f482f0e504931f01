// The what-if comparison in its own words (issue 27, item 5), on random valid cases of every area:
// - a setting compared with itself changes nothing;
// - swapping `before` and `after` swaps every difference (added and removed, the two sides, the days moved);
// - a case is listed exactly when its evaluations under the two settings differ, evaluated here
//   directly with each area's own operation (the results' echo of their own options aside);
// - for every open point, the report counts the cases whose evaluations differ under the alternative;
// - every difference renders in every format (table, CSV, JSON, the HTML pages), every kind drawn.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Change,
  compareEvaluations,
  evaluateContactDeadlines,
  evaluateProviderQuarter,
  evaluateSanctionNotices,
  evaluateTicket,
  illinoisStateCalendar,
  interpretationsReport,
  type WhatIfInputs,
  type WhatIfSide,
} from "../../src/index.js";
import { CHANGE_FACTS, CHANGE_KINDS } from "../../src/impact/changes.js";
import { OPEN_POINTS } from "../../src/impact/open-points.js";
import { comparisonPage, interpretationsPage } from "../../src/impact/what-if-page.js";
import {
  ALTERNATIVE_HEADERS,
  CHANGE_HEADERS,
  comparisonRows,
  interpretationRows,
} from "../../src/impact/what-if-rows.js";
import { toCsv } from "../../src/cli/columns/csv.js";
import { renderTable } from "../../src/cli/output.js";
import { sampleInputs } from "./samples.js";
import { portalCaseArb, sanctionsCaseArb, spenddownCaseArb, webcmCaseArb } from "../outputs/arbitraries.js";

const inputsArb = fc
  .record({ portal: portalCaseArb, webcm: webcmCaseArb, spenddown: spenddownCaseArb, sanctions: sanctionsCaseArb })
  .map(({ portal, webcm, spenddown, sanctions }) => ({
    asOf: portal.asOf,
    inputs: {
      tickets: portal.tickets,
      webcmMembers: webcm.histories,
      spenddownQuarters: [spenddown.quarter],
      fines: sanctions.fines,
    } satisfies WhatIfInputs,
  }));

/** A side: each open point at its default or one of its alternatives, in every area that offers it. */
const sideArb: fc.Arbitrary<WhatIfSide> = fc
  .tuple(...OPEN_POINTS.map((p) => fc.constantFrom(p.default, ...p.alternatives.map((a) => a.value))))
  .map((values) => {
    const options: Record<string, Record<string, string>> = {};
    let calendar = illinoisStateCalendar();
    values.forEach((value, i) => {
      const point = OPEN_POINTS[i];
      if (point === undefined) return;
      if (point.option === "juneteenth2022") {
        calendar = illinoisStateCalendar({ juneteenth2022: value as "none" });
        return;
      }
      const areas = value === point.default ? point.areas : point.alternatives.find((a) => a.value === value)?.areas;
      for (const area of areas ?? []) {
        if (area === "calendar") continue;
        options[area] = { ...options[area], [point.option]: value };
      }
    });
    return { calendar, options };
  });

const swapped = (c: Change): Change => ({
  ...c,
  change: c.change === "added" ? "removed" : c.change === "removed" ? "added" : c.change,
  before: c.after,
  after: c.before,
  daysMoved: c.daysMoved === 0 ? 0 : -c.daysMoved,
});
const canonical = (changes: readonly Change[]) => changes.map((c) => JSON.stringify(c)).sort();
const noOptions = (key: string, value: unknown) => (key === "options" ? undefined : value);
const same = (a: unknown, b: unknown) => JSON.stringify(a, noOptions) === JSON.stringify(b, noOptions);

/** The cases whose evaluations differ, each area evaluated with its own operation. */
function differingCases(inputs: WhatIfInputs, asOf: string, before: WhatIfSide, after: WhatIfSide): string[] {
  const settings = (side: WhatIfSide, area: string) => ({
    asOf,
    calendar: side.calendar,
    options: side.options?.[area as "portal"],
  });
  const out: string[] = [];
  const each = (area: string, list: readonly unknown[] | undefined, run: (x: unknown, s: object) => unknown) =>
    (list ?? []).forEach((x, i) => {
      if (!same(run(x, settings(before, area)), run(x, settings(after, area)))) out.push(`${area} ${i}`);
    });
  each("portal", inputs.tickets, (t, s) => evaluateTicket(t as never, s as never));
  each("webcm", inputs.webcmMembers, (h, s) => evaluateContactDeadlines(h as never, s as never));
  each("spenddown", inputs.spenddownQuarters, (q, s) => evaluateProviderQuarter(q as never, s as never));
  const notices = (side: WhatIfSide) =>
    new Map(
      evaluateSanctionNotices({ fines: inputs.fines ?? [] } as never, settings(side, "sanctions") as never).notices.map(
        (n) => [`${n.notice.mco} ${n.notice.period.id}`, n],
      ),
    );
  const [b, a] = [notices(before), notices(after)];
  for (const key of new Set([...b.keys(), ...a.keys()]))
    if (!same(b.get(key), a.get(key))) out.push(`sanctions ${key}`);
  return out.sort();
}

const listed = (c: { area: string; index: number; case: string }) =>
  c.area === "sanctions" ? `sanctions ${c.case.replace(/^notice to /, "")}` : `${c.area} ${c.index}`;

describe("what if: comparing two settings on the same cases", () => {
  it("a setting compared with itself changes nothing", () => {
    fc.assert(
      fc.property(inputsArb, sideArb, ({ inputs, asOf }, side) => {
        const comparison = compareEvaluations(inputs, { asOf, before: side, after: side });
        expect(comparison.errors).toEqual([]);
        expect(comparison.differences).toEqual([]);
        expect(comparison.changed).toBe(0);
      }),
      { numRuns: 15 },
    );
  });
  it("swapping before and after swaps every difference", () => {
    fc.assert(
      fc.property(inputsArb, sideArb, sideArb, ({ inputs, asOf }, one, two) => {
        const forth = compareEvaluations(inputs, { asOf, before: one, after: two });
        const back = compareEvaluations(inputs, { asOf, before: two, after: one });
        expect(back.differences.map(listed).sort()).toEqual(forth.differences.map(listed).sort());
        for (const d of forth.differences) {
          const other = back.differences.find((x) => listed(x) === listed(d));
          expect(canonical(other?.changes ?? [])).toEqual(canonical(d.changes.map(swapped)));
        }
      }),
      { numRuns: 15 },
    );
  });
  it("a case is listed exactly when its evaluations differ", () => {
    fc.assert(
      fc.property(inputsArb, sideArb, sideArb, ({ inputs, asOf }, before, after) => {
        const comparison = compareEvaluations(inputs, { asOf, before, after });
        expect(comparison.errors).toEqual([]);
        expect(comparison.differences.map(listed).sort()).toEqual(differingCases(inputs, asOf, before, after));
      }),
      { numRuns: 15 },
    );
  });
  it("the interpretations report counts, for each alternative, the cases whose evaluations differ", () => {
    fc.assert(
      fc.property(inputsArb, ({ inputs, asOf }) => {
        const report = interpretationsReport(inputs, { asOf });
        expect(report.errors).toEqual([]);
        for (const a of report.alternatives) {
          const point = OPEN_POINTS.find((p) => p.option === a.option && p.question === a.question);
          const side = (value: string): WhatIfSide =>
            a.option === "juneteenth2022"
              ? { calendar: illinoisStateCalendar({ juneteenth2022: value as "none" }) }
              : { options: Object.fromEntries(a.areas.map((area) => [area, { [a.option]: value }])) };
          const scoped = Object.fromEntries(
            Object.entries(inputs).filter(([key]) => a.areas.some((area) => AREA_KEYS[area] === key)),
          );
          const differing = differingCases(scoped, asOf, side(point?.default ?? ""), side(a.alternative));
          expect(a.changed, `${a.option}=${a.alternative}`).toBe(differing.length);
          expect(a.differences.map(listed).sort()).toEqual(differing);
        }
      }),
      { numRuns: 4 },
    );
  });
});

const AREA_KEYS: Record<string, string> = {
  portal: "tickets",
  webcm: "webcmMembers",
  spenddown: "spenddownQuarters",
  sanctions: "fines",
  registration: "registrations",
};

describe("what if: every difference renders in every format", () => {
  it("table and CSV rows, JSON and the HTML pages take every kind of change and fact", () => {
    const seen = new Set<string>();
    const render = (comparison: ReturnType<typeof compareEvaluations>) => {
      const rows = comparisonRows(comparison);
      expect(toCsv(CHANGE_HEADERS, rows)).toContain(CHANGE_HEADERS.join(","));
      expect(renderTable(CHANGE_HEADERS, rows).split("\n").length).toBe(rows.length + 2);
      expect(comparisonPage(comparison)).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
      JSON.parse(JSON.stringify(comparison));
      for (const d of comparison.differences)
        for (const c of d.changes) {
          seen.add(c.change);
          seen.add(c.fact);
        }
    };
    // The shipped samples under the portal's and the sanctions' alternatives first: fines and notices move there.
    const samples = sampleInputs();
    const fined = { options: { portal: { mcoClockStart: "portal-receipt" }, sanctions: { fineDateBasis: "overdue" } } };
    render(compareEvaluations(samples, { asOf: "2024-09-01", after: fined }));
    render(compareEvaluations(samples, { asOf: "2024-09-01", before: fined }));
    // A ticket closed premature under one reading of the window's start (open point 1) and fined under the other.
    const [first] = (samples.tickets ?? []) as { internalDispute: object }[];
    const dispute = { ...first?.internalDispute, submittedToMcoOn: "2024-04-18", trackingNumberIssuedOn: "2024-04-25" };
    const window = { options: { portal: { submissionWindowStart: "submitted-to-mco" } } };
    render(
      compareEvaluations({ tickets: [{ ...first, internalDispute: dispute }] }, { asOf: "2024-09-01", after: window }),
    );
    fc.assert(
      fc.property(inputsArb, sideArb, sideArb, ({ inputs, asOf }, before, after) => {
        render(compareEvaluations(inputs, { asOf, before, after }));
      }),
      { numRuns: 15 },
    );
    const report = interpretationsReport(samples, { asOf: "2024-09-01" });
    expect(interpretationsPage(report)).toContain("</html>");
    expect(toCsv([...ALTERNATIVE_HEADERS, ...CHANGE_HEADERS], interpretationRows(report)).length).toBeGreaterThan(0);
    // Every kind of change and every kind of fact was drawn at least once: the rendering met each.
    expect([...seen].sort()).toEqual([...new Set([...CHANGE_KINDS, ...CHANGE_FACTS])].sort());
  });
});
