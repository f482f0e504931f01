// fast-check properties of the WEBCM-* rules (principle 7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activeContact,
  addCalendarDays,
  evaluateContactDeadlines,
  type ContactEntryRef,
  contactTimeline,
  illinoisStateCalendar,
  isBusinessDay,
  type IsoDate,
  lastTransferDateMeetingDeadline,
  rollForward,
  type WebcmEvent,
  type WebcmMemberHistory,
  webcmComplianceReport,
} from "../../src/internal.js";
import { fromDayNumber, toDayNumber, weekday } from "../../src/core/checked-dates.js";
import { WEEKDAY_NAMES } from "../../src/core/iso-date.js";
import { WEBCM_FINDING_CODES } from "../../src/webcm/finding-codes.js";
import { expectListedCodes, expectWellFormedCodes } from "../finding-codes.js";

const calendar = illinoisStateCalendar();
const FIRST = toDayNumber("2023-01-01" as IsoDate);
const LAST = toDayNumber("2025-12-31" as IsoDate);
const day = fc.integer({ min: FIRST, max: LAST });
const date = day.map(fromDayNumber);
const NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz"] as const;

const contact = fc.record({
  name: fc.constantFrom<string | null>(...NAMES, null, "  "),
  email: fc.constantFrom<string | null>("cc@mco.example.com", "cc@", null),
  telephone: fc.constantFrom<string | null>("312-555-0142", "(217) 555-0100", "555-0142", null),
});

/**
 * Events within `spread` days of each other, so that triggers, entries and deadlines interact
 * (a small spread makes same-day entries frequent).
 */
function eventsFrom(start: number, spread = 40): fc.Arbitrary<WebcmEvent[]> {
  const near = fc.integer({ min: 0, max: spread }).map((n) => fromDayNumber(start + n));
  const common = {
    date: near,
    sequence: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    id: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
  };
  const event: fc.Arbitrary<WebcmEvent> = fc.oneof(
    fc.record(
      { type: fc.constant("waiver assignment notified" as const), ...common },
      { requiredKeys: ["type", "date"] },
    ),
    fc.record(
      { type: fc.constant("care coordinator changed" as const), ...common, newCoordinator: fc.constantFrom(...NAMES) },
      { requiredKeys: ["type", "date", "newCoordinator"] },
    ),
    fc.record(
      { type: fc.constant("file transfer" as const), ...common, contact },
      { requiredKeys: ["type", "date", "contact"] },
    ),
    fc.record(
      { type: fc.constant("manual alternate contact" as const), ...common, contact },
      { requiredKeys: ["type", "date", "contact"] },
    ),
  ) as fc.Arbitrary<WebcmEvent>;
  return fc.array(event, { maxLength: 12 });
}

const history = (spread = 40): fc.Arbitrary<WebcmMemberHistory> =>
  day.chain((start) => eventsFrom(start, spread)).map((events) => ({ member: "M1", mco: "Meridian", events }));

/** A history (events within 6 days: many same-day entries) and the same history in another order. */
const historyAndShuffle = history(6).chain((h) =>
  fc
    .shuffledSubarray(h.events, { minLength: h.events.length, maxLength: h.events.length })
    .map((events) => [h, { ...h, events }] as const),
);

const isEntry = (e: WebcmEvent) => e.type === "file transfer" || e.type === "manual alternate contact";
const inWindow = fc.integer({ min: FIRST, max: LAST + 90 }).map(fromDayNumber);

describe("WEBCM-MANUAL-PERSISTS / WEBCM-CHANNELS: the active contact", () => {
  it("is the latest entry on or before the date, never a later one, whatever the input order", () => {
    fc.assert(
      fc.property(historyAndShuffle, fc.integer({ min: 0, max: 8 }), ([h, shuffled], offset) => {
        const first = h.events.map((e) => e.date).sort()[0] ?? ("2024-01-01" as IsoDate);
        const asked = addCalendarDays(first, offset);
        const active = activeContact(h, { asOf: asked });
        expect(activeContact(shuffled, { asOf: asked })).toEqual(active);
        const known = h.events.filter((e) => isEntry(e) && e.date <= asked);
        expect(active === null).toBe(known.length === 0);
        if (!active) return;
        expect(active.enteredOn <= asked).toBe(true);
        // Nothing was entered after it up to the date asked (a manual entry persists, a file transfer replaces).
        expect(known.every((e) => e.date <= active.enteredOn)).toBe(true);
        // Among same-day entries, it comes last by sequence.
        const sameDay = known.filter((e) => e.date === active.enteredOn);
        const top = Math.max(...sameDay.map((e) => e.sequence ?? 0));
        const mine = sameDay.filter((e) => e.type === active.channel && e.id === (active.id ?? undefined));
        expect(mine.some((e) => (e.sequence ?? 0) === top)).toBe(true);
        // Without sequences, a manual entry beats a file transfer of the same day.
        if (
          sameDay.every((e) => e.sequence === undefined) &&
          sameDay.some((e) => e.type === "manual alternate contact")
        ) {
          expect(active.channel).toBe("manual alternate contact");
        }
      }),
      { numRuns: 500 },
    );
  });
  it("does not change when entries are added after the date asked", () => {
    fc.assert(
      fc.property(history(), inWindow, history(), (h, asked, later) => {
        const after = later.events.map((e) => ({ ...e, date: addCalendarDays(asked, 1 + (toDayNumber(e.date) % 30)) }));
        expect(activeContact({ ...h, events: [...h.events, ...after] }, { asOf: asked })).toEqual(
          activeContact(h, { asOf: asked }),
        );
      }),
    );
  });
  it("the timeline chains: each entry is replaced on the date of the next, the last one is active", () => {
    fc.assert(
      fc.property(history(), inWindow, (h, asked) => {
        const periods = contactTimeline(h, { asOf: asked });
        periods.forEach((p, i) => {
          const next = periods[i + 1];
          expect(p.supersededOn).toBe(next?.enteredOn ?? null);
          expect(p.supersededBy).toBe(next?.channel ?? null);
          if (next) expect(p.enteredOn <= next.enteredOn).toBe(true);
        });
        expect(activeContact(h, { asOf: asked })).toEqual(periods[periods.length - 1] ?? null);
      }),
    );
  });
});

const roll = () => fc.constantFrom("none" as const, "forward" as const);

describe("WEBCM-INITIAL-DUE / WEBCM-CHANGE-DUE: deadlines", () => {
  it("every deadline is exactly 15 calendar days after its trigger (or that day rolled forward under the option)", () => {
    fc.assert(
      fc.property(history(), inWindow, roll(), (h, asOf, unstatedRoll) => {
        const { deadlines } = evaluateContactDeadlines(h, { asOf, options: { unstatedRoll } });
        const triggers = h.events.filter((e) => !isEntry(e) && e.date <= asOf);
        expect(deadlines).toHaveLength(triggers.length);
        for (const d of deadlines) {
          const counted = addCalendarDays(d.triggerDate, 15);
          const expected = unstatedRoll === "none" ? counted : rollForward(counted, calendar);
          expect(d.deadline.dueDate).toBe(expected);
          expect(d.deadline.explanation.result).toBe(expected);
          // Lean: the roll option is recorded only where it decided the date (a counted day that is not a business day).
          expect(d.deadline.explanation.options?.unstatedRoll).toBe(
            isBusinessDay(counted, calendar) ? undefined : unstatedRoll,
          );
        }
      }),
    );
  });
  it("status, met date and days late agree; a deadline is met only by a complete contact on or after its trigger", () => {
    fc.assert(
      fc.property(history(), inWindow, (h, asOf) => {
        const result = evaluateContactDeadlines(h, { asOf });
        for (const d of result.deadlines) {
          const { status, metOn, daysLate, dueDate } = d.deadline;
          const due = toDayNumber(dueDate);
          if (status === "met") expect(metOn !== null && toDayNumber(metOn) <= due && daysLate === 0).toBe(true);
          if (status === "late")
            expect(metOn !== null && toDayNumber(metOn) - due === daysLate && daysLate > 0).toBe(true);
          if (status === "open") expect(metOn === null && asOf <= dueDate).toBe(true);
          if (status === "missed")
            expect(metOn === null && toDayNumber(asOf) - due === daysLate && daysLate > 0).toBe(true);
          if (metOn === null) continue;
          expect(metOn >= d.triggerDate && metOn <= asOf).toBe(true);
          expect(d.metBy).not.toBeNull();
          const period = d.metBy ? activeContactEntry(h, d.metBy) : [];
          expect(period.length).toBeGreaterThan(0);
          expect(period.every((p) => p.valid)).toBe(true);
        }
      }),
    );
  });
  it("a change deadline is met only by a contact naming the coordinator responsible that day", () => {
    fc.assert(
      fc.property(history(), inWindow, (h, asOf) => {
        for (const d of evaluateContactDeadlines(h, { asOf }).deadlines) {
          if (d.trigger !== "care coordinator changed" || d.metBy === null) continue;
          const metBy = d.metBy;
          const names = h.events
            .filter((e) => e.type === "care coordinator changed" && e.date <= metBy.enteredOn)
            .map((e) => (e.type === "care coordinator changed" ? e.newCoordinator : ""));
          const entries = activeContactEntry(h, metBy);
          expect(entries.some((p) => names.some((n) => p.contact.name?.trim().toLowerCase() === n.toLowerCase()))).toBe(
            true,
          );
        }
      }),
    );
  });
});

/** The timeline periods of the entries `ref` names (several only when they are identical). */
function activeContactEntry(h: WebcmMemberHistory, ref: ContactEntryRef) {
  return contactTimeline(h, { asOf: ref.enteredOn }).filter(
    (p) =>
      p.enteredOn === ref.enteredOn &&
      p.channel === ref.channel &&
      p.id === ref.id &&
      JSON.stringify(p.contact) === JSON.stringify(ref.contact),
  );
}

describe("WEBCM-CHANNELS: the last weekly transfer that meets a deadline", () => {
  it("is on the transfer weekday, in the window, and a week later would be too late", () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...WEEKDAY_NAMES),
        fc.constantFrom("WEBCM-INITIAL-DUE" as const, "WEBCM-CHANGE-DUE" as const),
        (triggerDate, transferWeekday, ruleId) => {
          const plan = lastTransferDateMeetingDeadline({ ruleId, triggerDate, transferWeekday });
          expect(plan.lastTransferDate).not.toBeNull();
          const last = plan.lastTransferDate ?? triggerDate;
          expect(WEEKDAY_NAMES[weekday(last)]).toBe(transferWeekday);
          expect(triggerDate <= last && last <= plan.dueDate).toBe(true);
          expect(addCalendarDays(last, 7) > plan.dueDate).toBe(true);
          expect(plan.transfersInWindow.length).toBeGreaterThanOrEqual(2);
          expect(plan.explanation.result).toBe(last);
        },
      ),
    );
  });
});

describe("WEBCM-COMPLIANCE-REPORT", () => {
  const members = fc
    .array(fc.tuple(fc.constantFrom("Meridian", "Aetna"), history()), { maxLength: 6 })
    .map((list) => list.map(([mco, h], i) => ({ ...h, member: `M${i}`, mco })));
  const quarter = fc
    .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`);
  const shuffledMembers = members.chain((ms) =>
    fc
      .tuple(
        fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
        ...ms.map((m) => fc.shuffledSubarray(m.events, { minLength: m.events.length, maxLength: m.events.length })),
      )
      .map(([order, ...eventOrders]) => {
        const byMember = new Map(ms.map((m, i) => [m.member, eventOrders[i] ?? m.events]));
        return [ms, order.map((m) => ({ ...m, events: byMember.get(m.member) ?? m.events }))] as const;
      }),
  );
  it("counts add up, the rate is null or in [0, 1], and nothing depends on input order", () => {
    fc.assert(
      fc.property(shuffledMembers, quarter, inWindow, ([ms, shuffled], q, asOf) => {
        const report = webcmComplianceReport({ mco: "Meridian", quarter: q, members: ms }, { asOf });
        expect(webcmComplianceReport({ mco: "Meridian", quarter: q, members: shuffled }, { asOf })).toEqual(report);
        const { due, met, late, missed, open } = report.counts;
        expect(met + late + missed + open).toBe(due);
        expect(report.deadlines).toHaveLength(due);
        for (const key of ["due", "met", "late", "missed", "open"] as const) {
          expect(report.byRule.reduce((sum, r) => sum + r[key], 0)).toBe(report.counts[key]);
        }
        const decided = met + late + missed;
        expect(report.complianceRate).toBe(decided === 0 ? null : met / decided);
        expect(report.lateOrMissed).toEqual(
          report.deadlines.filter((r) => r.status === "late" || r.status === "missed"),
        );
        for (const row of report.deadlines)
          expect(report.firstDay <= row.dueDate && row.dueDate <= report.lastDay).toBe(true);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
    );
  });
  it("the four quarters of a year share out the year's deadlines", () => {
    fc.assert(
      fc.property(members, fc.integer({ min: 2023, max: 2025 }), (ms, year) => {
        const asOf = `${year + 1}-06-30`;
        const total = [1, 2, 3, 4].reduce(
          (sum, q) =>
            sum +
            webcmComplianceReport({ mco: "Meridian", quarter: `${year}-Q${q}`, members: ms }, { asOf }).counts.due,
          0,
        );
        const all = ms
          .filter((m) => m.mco === "Meridian")
          .flatMap((m) => evaluateContactDeadlines(m, { asOf }).deadlines)
          .filter((d) => d.deadline.dueDate.startsWith(`${year}-`));
        expect(total).toBe(all.length);
      }),
    );
  });
});

describe("finding codes (src/webcm/finding-codes.ts)", () => {
  it("the list is well formed", () => expectWellFormedCodes(WEBCM_FINDING_CODES));
  it("every finding of random histories carries a listed code with its rule ID and severity", () => {
    fc.assert(
      fc.property(history(), inWindow, roll(), (h, asOf, unstatedRoll) => {
        expectListedCodes(
          evaluateContactDeadlines(h, { asOf, options: { unstatedRoll } }).findings,
          WEBCM_FINDING_CODES,
        );
      }),
    );
    // A trigger before the rules were in force (October 2022) is a finding too.
    const early = {
      member: "M1",
      mco: "Meridian",
      events: [
        { type: "waiver assignment notified" as const, date: "2022-01-03" },
        { type: "care coordinator changed" as const, date: "2022-02-01", newCoordinator: "Ann Lee" },
      ],
    };
    const findings = evaluateContactDeadlines(early, { asOf: "2022-03-01" }).findings;
    expect(findings.map((f) => f.code)).toEqual(["rule-not-in-force", "rule-not-in-force"]);
    expectListedCodes(findings, WEBCM_FINDING_CODES);
  });
});
