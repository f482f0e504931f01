// Every computed date says why (principle 3): the steps and the one-line text of due-date
// explanations, word for word, for each way of counting and rolling (CAL-BUSINESS-DAY,
// CAL-ROLL-FORWARD; open point 10, businessDayStart).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isConsistent } from "../../src/calendar/explain.js";
import { dueDate, explanationText, getRule, type IsoDate, parseIsoDate, ruleDocuments } from "../../src/index.js";
import { fixedDueDateRun as fixedDueDate } from "../../src/api/operations/calendar-runs.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";

const d = (s: string): IsoDate => parseIsoDate(s);

describe("dueDate explanations", () => {
  it("calendar days, rolled forward off Independence Day, with the start's label", () => {
    const e = dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: d("2024-06-04"),
      startLabel: "ticket received",
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
    });
    expect(e.steps).toEqual([
      { kind: "count", from: "2024-06-04", to: "2024-07-04", reason: "+ 30 calendar days = 2024-07-04" },
      {
        kind: "roll-forward",
        from: "2024-07-04",
        to: "2024-07-05",
        reason:
          "2024-07-04 Independence Day (State Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)",
      },
    ]);
    const text =
      "ticket received 2024-06-04 → + 30 calendar days = 2024-07-04 → 2024-07-04 Independence Day (State Holiday, Illinois State Holidays) → rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)";
    expect(explanationText(e)).toBe(text);
    // Lean (the default): no text, no documents; the roll decided the date, so it is recorded.
    expect(e).toEqual({
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: "2024-06-04",
      startLabel: "ticket received",
      counting: "calendar-days",
      amount: 30,
      options: { roll: "forward" },
      steps: e.steps,
      result: "2024-07-05",
    });
    // The full record: the rule's documents, every option and the text as well.
    const full = dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: d("2024-06-04"),
      startLabel: "ticket received",
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
      detail: "full",
    });
    expect(full).toEqual({
      ...e,
      source: getRule("PORTAL-PROPOSAL-DUE").source,
      documents: ruleDocuments("PORTAL-PROPOSAL-DUE"),
      options: { roll: "forward" },
      text,
    });
    expect(explanationText(full)).toBe(text);
  });

  it("one day is singular, and a negative count is written with a minus sign", () => {
    expect(
      explanationText(
        dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-03"), amount: 1, counting: "business-days" }),
      ),
    ).toBe("2024-06-03 → + 1 business day = 2024-06-04");
    expect(
      explanationText(
        dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-03"), amount: -1, counting: "calendar-days" }),
      ),
    ).toBe("2024-06-03 → − 1 calendar day = 2024-06-02");
    expect(
      explanationText(
        dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-03"), amount: -2, counting: "business-days" }),
      ),
    ).toBe("2024-06-03 → − 2 business days = 2024-05-30");
    expect(
      explanationText(
        dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-03"), amount: 0, counting: "calendar-days" }),
      ),
    ).toBe("2024-06-03 → + 0 calendar days = 2024-06-03");
  });

  it("a business-day count from a Saturday counts from the start by default (open point 10)", () => {
    const e = dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-08"), amount: 5, counting: "business-days" });
    expect(e.result).toBe("2024-06-14");
    expect(e.steps).toEqual([
      { kind: "count", from: "2024-06-08", to: "2024-06-14", reason: "+ 5 business days = 2024-06-14" },
    ]);
    // A Saturday start is where the reading decides the date; the counted Friday needs no roll.
    expect(e.options).toEqual({ businessDayStart: "count-from-start" });
    expect(
      dueDate({
        ruleId: "PORTAL-INFO-REQUEST",
        start: d("2024-06-08"),
        amount: 5,
        counting: "business-days",
        detail: "full",
      }).options,
    ).toEqual({ businessDayStart: "count-from-start", roll: "none" });
    // From a Monday the reading changes nothing: a lean explanation records no option.
    expect(
      dueDate({ ruleId: "PORTAL-INFO-REQUEST", start: d("2024-06-10"), amount: 5, counting: "business-days" }).options,
    ).toBeUndefined();
  });

  it("with businessDayStart roll-start-forward, the start rolls to Monday first, and the step says so", () => {
    const e = dueDate({
      ruleId: "PORTAL-INFO-REQUEST",
      start: d("2024-06-08"),
      amount: 5,
      counting: "business-days",
      businessDayStart: "roll-start-forward",
    });
    expect(e.result).toBe("2024-06-17");
    expect(e.steps).toEqual([
      {
        kind: "option",
        from: "2024-06-08",
        to: "2024-06-10",
        reason: "2024-06-08 is a Saturday → start rolled to 2024-06-10 (business-day start: roll-start-forward)",
      },
      { kind: "count", from: "2024-06-10", to: "2024-06-17", reason: "+ 5 business days = 2024-06-17" },
    ]);
    expect(e.options).toEqual({ businessDayStart: "roll-start-forward" });
    // A start that is a business day is not rolled: the option changes nothing.
    const monday = dueDate({
      ruleId: "PORTAL-INFO-REQUEST",
      start: d("2024-06-10"),
      amount: 5,
      counting: "business-days",
      businessDayStart: "roll-start-forward",
    });
    expect(monday.steps.map((s) => s.kind)).toEqual(["count"]);
  });

  it("a backward roll cites the rule whose option asked for it; a business day is not rolled", () => {
    const e = dueDate({
      ruleId: "WEBCM-INITIAL-DUE",
      start: d("2024-06-15"),
      amount: 15,
      counting: "calendar-days",
      roll: "backward",
    });
    expect(e.result).toBe("2024-06-28");
    expect(e.steps[1]).toEqual({
      kind: "roll-backward",
      from: "2024-06-30",
      to: "2024-06-28",
      reason: "2024-06-30 is a Sunday → rolled backward to 2024-06-28 (option roll: backward, WEBCM-INITIAL-DUE)",
    });
    const weekday = dueDate({
      ruleId: "WEBCM-INITIAL-DUE",
      start: d("2024-06-12"),
      amount: 15,
      counting: "calendar-days",
      roll: "backward",
    });
    expect(weekday.steps).toHaveLength(1);
    expect(weekday.result).toBe("2024-06-27");
  });

  it("records the caller's options next to the roll: in full always, lean only those that decided a step", () => {
    const spec = {
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: d("2024-06-04"),
      amount: 30,
      counting: "calendar-days",
      options: { mcoClockStart: "portal-receipt" },
    } as const;
    expect(dueDate({ ...spec, detail: "full" }).options).toEqual({ mcoClockStart: "portal-receipt", roll: "none" });
    // The 30th day is Independence Day: the roll (none) decided it; the clock's start is told by the label.
    expect(dueDate(spec).options).toEqual({ roll: "none" });
    expect(dueDate({ ...spec, applied: ["mcoClockStart"] }).options).toEqual({
      mcoClockStart: "portal-receipt",
      roll: "none",
    });
    expect(dueDate({ ...spec, start: d("2024-06-05") }).options).toBeUndefined();
    expect(dueDate(spec).result).toBe("2024-07-04");
  });
});

describe("fixedDueDate explanations", () => {
  it("a fixed date on a Sunday rolled backward, with its reason", () => {
    const e = fixedDueDate({
      ruleId: "SANCTION-NOTICE-DUE",
      start: d("2024-03-31"),
      date: d("2024-06-30"),
      reason: "no later than June 30",
      roll: "backward",
    });
    expect(e.steps).toEqual([
      { kind: "fixed-date", from: "2024-03-31", to: "2024-06-30", reason: "no later than June 30 = 2024-06-30" },
      {
        kind: "roll-backward",
        from: "2024-06-30",
        to: "2024-06-28",
        reason: "2024-06-30 is a Sunday → rolled backward to 2024-06-28 (option roll: backward, SANCTION-NOTICE-DUE)",
      },
    ]);
    expect({ counting: e.counting, amount: e.amount, options: e.options, result: e.result }).toEqual({
      counting: "fixed-date",
      amount: 0,
      options: { roll: "backward" },
      result: "2024-06-28",
    });
  });
  it("not rolled by default, with the start's label and the caller's options", () => {
    const e = fixedDueDate({
      ruleId: "SANCTION-NOTICE-DUE",
      start: d("2024-03-31"),
      startLabel: "quarter ends",
      date: d("2024-06-30"),
      reason: "no later than June 30",
      options: { noticeDeadlineRoll: "none" },
    });
    expect(e.result).toBe("2024-06-30");
    expect(explanationText(e)).toBe("quarter ends 2024-03-31 → no later than June 30 = 2024-06-30");
    expect(e.options).toEqual({ roll: "none" });
    const full = fixedDueDate({
      ruleId: "SANCTION-NOTICE-DUE",
      start: d("2024-03-31"),
      startLabel: "quarter ends",
      date: d("2024-06-30"),
      reason: "no later than June 30",
      options: { noticeDeadlineRoll: "none" },
      detail: "full",
    });
    expect(full.options).toEqual({ noticeDeadlineRoll: "none", roll: "none" });
    expect(full.text).toBe("quarter ends 2024-03-31 → no later than June 30 = 2024-06-30");
  });
});

describe("every explanation is consistent: its steps run from the start to the result", () => {
  const day = fc.integer({ min: toDayNumber(d("2017-01-01")), max: toDayNumber(d("2027-12-31")) }).map(fromDayNumber);
  it("for any start, count, counting, roll and businessDayStart", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -40, max: 90 }),
        fc.constantFrom("calendar-days" as const, "business-days" as const),
        fc.constantFrom("none" as const, "forward" as const, "backward" as const),
        fc.constantFrom("count-from-start" as const, "roll-start-forward" as const),
        (start, amount, counting, roll, businessDayStart) => {
          const e = dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start, amount, counting, roll, businessDayStart });
          expect(isConsistent(e)).toBe(true);
          expect(e.steps.at(-1)?.to).toBe(e.result);
          expect(explanationText(e)).toBe([start, ...e.steps.map((s) => s.reason)].join(" → "));
          // The full record is the lean one plus the documents, every option and the same text.
          const full = dueDate({
            ruleId: "PORTAL-PROPOSAL-DUE",
            start,
            amount,
            counting,
            roll,
            businessDayStart,
            detail: "full",
          });
          expect(full.text).toBe(explanationText(e));
          expect({ ...full, source: undefined, documents: undefined, text: undefined, options: e.options }).toEqual({
            ...e,
            source: undefined,
            documents: undefined,
            text: undefined,
          });
          expect(full.options).toMatchObject(e.options ?? {});
        },
      ),
    );
  });
  it("and the check itself rejects a step that does not start where the last ended, or a wrong result", () => {
    const e = dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: d("2024-06-04"),
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
    });
    const [count, roll] = e.steps;
    if (!count || !roll) throw new Error("expected two steps");
    expect(isConsistent({ ...e, steps: [count, { ...roll, from: d("2024-07-03") }] })).toBe(false);
    expect(isConsistent({ ...e, result: d("2024-07-04") })).toBe(false);
    expect(isConsistent({ ...e, steps: [], result: e.start })).toBe(true);
  });
});
