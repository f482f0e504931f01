// Contract calendars and amended calendars (CAL-STATE-HOLIDAYS): which days they close, and the
// name, version and provenance every explanation citing them carries (principle 3: a date says
// which holiday list produced it).
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessDaysBetween,
  calendarFromDates,
  illinoisStateCalendar,
  isBusinessDay,
  type IsoDate,
  parseIsoDate,
  RuleInputError,
  withChanges,
} from "../../src/internal.js";
import { CalendarInputSchema } from "../../src/schemas.js";
import { nonBusinessReasonRun as nonBusinessReason } from "../../src/api/operations/explain-runs.js";
import { resolveCalendar } from "../../src/api/resolve-calendar.js";

const d = (s: string): IsoDate => parseIsoDate(s);
const illinois = illinoisStateCalendar();

describe("CAL-STATE-HOLIDAYS: a contract's own list of dates", () => {
  const contract = calendarFromDates({
    name: "Contract",
    version: "2024",
    provenance: "Contract §1",
    holidays: [
      "2024-12-24" as IsoDate,
      { date: d("2024-12-26"), name: "Boxing Day" },
      { date: d("2025-01-02"), name: "Day after New Year" },
    ],
  });

  it("keeps its name, version and provenance, and the usual Saturday-Sunday weekend", () => {
    expect({
      name: contract.name,
      version: contract.version,
      provenance: contract.provenance,
      weekend: contract.weekend,
    }).toEqual({
      name: "Contract",
      version: "2024",
      provenance: "Contract §1",
      weekend: [0, 6],
    });
  });

  it("closes exactly its own dates, each in its own year; a bare date is named Holiday", () => {
    const named = (year: number) => contract.holidays(year).map(({ date, name }) => ({ date, name }));
    expect(named(2024)).toEqual([
      { date: "2024-12-24", name: "Holiday" },
      { date: "2024-12-26", name: "Boxing Day" },
    ]);
    expect(named(2025)).toEqual([{ date: "2025-01-02", name: "Day after New Year" }]);
    expect(named(2023)).toEqual([]);
    // Not the State's holidays: Christmas Day is a working day under this contract.
    expect(isBusinessDay(d("2024-12-25"), contract)).toBe(true);
    expect(addBusinessDays(d("2024-12-23"), 2, contract)).toBe("2024-12-27");
  });

  it("takes its own weekend", () => {
    const sixDays = calendarFromDates({
      name: "Six-day week",
      version: "1",
      provenance: "test",
      holidays: [],
      weekend: [0],
    });
    expect(sixDays.weekend).toEqual([0]);
    expect(isBusinessDay(d("2024-06-08"), sixDays)).toBe(true); // a Saturday
    expect(isBusinessDay(d("2024-06-09"), sixDays)).toBe(false);
  });

  it("names a listed holiday that falls on a weekend day by the weekend day and the holiday", () => {
    const saturday = calendarFromDates({
      name: "Contract",
      version: "1",
      provenance: "test",
      holidays: [{ date: d("2024-12-28"), name: "Staff Day" }],
    });
    expect(nonBusinessReason(d("2024-12-28"), saturday)).toBe("2024-12-28 is a Saturday (Staff Day)");
    expect(nonBusinessReason(d("2024-12-29"), saturday)).toBe("2024-12-29 is a Sunday");
    expect(nonBusinessReason(d("2024-07-04"), illinois)).toBe(
      "2024-07-04 Independence Day (State Holiday, Illinois State Holidays)",
    );
  });

  it("rejects a date that is not a calendar date", () => {
    expect(() =>
      calendarFromDates({ name: "x", version: "1", provenance: "p", holidays: ["2024-02-30" as IsoDate] }),
    ).toThrow(RuleInputError);
    expect(() =>
      calendarFromDates({
        name: "x",
        version: "1",
        provenance: "p",
        holidays: [{ date: "24-12-24" as IsoDate, name: "Eve" }],
      }),
    ).toThrow(RuleInputError);
  });
});

describe("CAL-STATE-HOLIDAYS: a calendar amended by single dates", () => {
  it("adds and removes single dates and records them in its version and provenance", () => {
    const amended = withChanges(illinois, {
      add: [{ date: d("2024-12-24"), name: "Christmas Eve" }],
      remove: [d("2024-11-29")],
    });
    expect(amended.name).toBe("Illinois State Holidays (amended)");
    expect(amended.version).toBe(`${illinois.version}+1/-1`);
    expect(amended.provenance).toBe(`${illinois.provenance}; amended: +2024-12-24 Christmas Eve, -2024-11-29`);
    expect(amended.weekend).toEqual(illinois.weekend);
    expect(isBusinessDay(d("2024-12-24"), amended)).toBe(false);
    expect(isBusinessDay(d("2024-11-29"), amended)).toBe(true); // the Day after Thanksgiving, reopened
    expect(amended.holidayOn(d("2024-12-24"))).toMatchObject({ date: "2024-12-24", name: "Christmas Eve" });
    // An added date of another year does not leak into this one.
    const later = withChanges(illinois, { add: [{ date: d("2025-12-24"), name: "Christmas Eve" }] });
    expect(later.holidays(2024)).toEqual(illinois.holidays(2024));
    expect(later.holidays(2025)).toContainEqual(expect.objectContaining({ date: "2025-12-24", name: "Christmas Eve" }));
  });

  it("says so when nothing changed, and takes a name of its own", () => {
    const same = withChanges(illinois, {});
    expect(same.version).toBe(`${illinois.version}+0/-0`);
    expect(same.provenance).toBe(`${illinois.provenance}; amended: no changes`);
    expect(same.holidays(2024)).toEqual(illinois.holidays(2024));
    expect(withChanges(illinois, { name: "Acme contract" }).name).toBe("Acme contract");
  });

  it("rejects an added or removed date that is not a calendar date", () => {
    expect(() => withChanges(illinois, { remove: ["2024/12/24" as IsoDate] })).toThrow(RuleInputError);
    expect(() => withChanges(illinois, { add: [{ date: "2024-13-01" as IsoDate, name: "x" }] })).toThrow(
      RuleInputError,
    );
  });
});

describe("CAL-STATE-HOLIDAYS: a calendar given as data (CLI, rule tables)", () => {
  it("is the Illinois State Holidays when omitted", () => {
    expect(resolveCalendar(undefined)).toBe(illinois);
    expect(resolveCalendar(CalendarInputSchema.parse({}))).toBe(illinois);
  });
  it("is a contract calendar with a default name, or the name given", () => {
    const contract = resolveCalendar(CalendarInputSchema.parse({ holidays: ["2024-12-24"] }));
    expect({ name: contract.name, version: contract.version, provenance: contract.provenance }).toEqual({
      name: "Contract calendar",
      version: "input",
      provenance: "supplied by the caller",
    });
    expect(isBusinessDay(d("2024-12-25"), contract)).toBe(true);
    expect(resolveCalendar(CalendarInputSchema.parse({ holidays: [], name: "Acme" })).name).toBe("Acme");
  });
  it("amends the State list or the contract list with add and remove", () => {
    const amended = resolveCalendar(
      CalendarInputSchema.parse({ add: [{ date: "2024-12-24", name: "Christmas Eve" }] }),
    );
    expect(amended.name).toBe("Illinois State Holidays (amended)");
    expect(isBusinessDay(d("2024-12-24"), amended)).toBe(false);
    const reopened = resolveCalendar(
      CalendarInputSchema.parse({ holidays: ["2024-12-24"], name: "Acme", remove: ["2024-12-24"] }),
    );
    expect(reopened.name).toBe("Acme (amended)");
    expect(isBusinessDay(d("2024-12-24"), reopened)).toBe(true);
  });
});

describe("CAL-BUSINESS-DAY: counting between two dates", () => {
  it("a date is zero business days from itself, in either direction (not minus zero)", () => {
    expect(businessDaysBetween(d("2024-07-03"), d("2024-07-03"))).toBe(0);
    expect(businessDaysBetween(d("2024-07-04"), d("2024-07-04"))).toBe(0);
  });
  it("counts the days after the start up to and including the end, and backward as a negative", () => {
    expect(businessDaysBetween(d("2024-07-03"), d("2024-07-05"))).toBe(1);
    expect(businessDaysBetween(d("2024-07-05"), d("2024-07-03"))).toBe(-1);
  });
});
