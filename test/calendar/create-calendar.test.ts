// createCalendar takes the argument of each constructor of 0.2 (CAL-STATE-HOLIDAYS): a list of
// dates, a date-holidays instance, or `base` with days added or removed, and builds the calendar
// they built; a bad field is a RuleInputError naming its path under createCalendar, never its value.
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  type BusinessCalendar,
  calendarFromDateHolidays,
  calendarFromDates,
  createCalendar,
  illinoisStateCalendar,
  parseIsoDate,
  withChanges,
} from "../../src/internal.js";
import { ruleInputMessage } from "../fixtures/errors.js";

const same = (a: BusinessCalendar, b: BusinessCalendar, years: readonly number[]) => {
  expect([a.name, a.version, a.provenance, a.weekend]).toEqual([b.name, b.version, b.provenance, b.weekend]);
  for (const year of years) expect(a.holidays(year)).toEqual(b.holidays(year));
};

describe("createCalendar (CAL-STATE-HOLIDAYS)", () => {
  it("from a list of dates: the calendar calendarFromDates built", () => {
    const args = {
      name: "Contract",
      version: "2024",
      provenance: "contract",
      holidays: [parseIsoDate("2024-12-24"), { date: parseIsoDate("2025-01-02"), name: "Day after" }],
    };
    same(createCalendar(args), calendarFromDates(args), [2024, 2025]);
  });
  it("from a date-holidays instance: the calendar calendarFromDateHolidays built", () => {
    const args = { name: "US", version: "1", provenance: "date-holidays US", holidays: new Holidays("US") };
    same(createCalendar(args), calendarFromDateHolidays(args), [2021, 2024]);
  });
  it("from `base` with changes: the calendar withChanges built", () => {
    const changes = {
      add: [{ date: parseIsoDate("2024-07-05"), name: "Closure" }],
      remove: [parseIsoDate("2024-07-04")],
    };
    same(
      createCalendar({ base: illinoisStateCalendar(), ...changes }),
      withChanges(illinoisStateCalendar(), changes),
      [2024],
    );
  });
  it("names the path of a bad field under createCalendar, never the value", () => {
    const bad = ruleInputMessage(() =>
      createCalendar({ name: "C", version: "1", provenance: "p", holidays: ["2024-02-30" as never] }),
    );
    expect(bad).toMatch(/^createCalendar: holidays\[0\]: /);
    expect(bad).not.toContain("2024-02-30");
    expect(
      ruleInputMessage(() =>
        createCalendar({ base: illinoisStateCalendar(), add: [{ date: "ZZCANARY" as never, name: "x" }] }),
      ),
    ).toMatch(/^createCalendar: add\[0\]\.date: (?!.*ZZCANARY)/);
    expect(ruleInputMessage(() => createCalendar({ base: { name: "ZZCANARY" } as never }))).toBe(
      "createCalendar: base: expected a business calendar (createCalendar, illinoisStateCalendar)",
    );
    expect(
      ruleInputMessage(() => createCalendar({ name: "C", version: "1", provenance: "p", holidays: {} as never })),
    ).toMatch(/^createCalendar: holidays: expected a date-holidays instance/);
    expect(ruleInputMessage(() => createCalendar({ name: "C", version: "1", provenance: "p" } as never))).toBe(
      "createCalendar: holidaysOfYear: expected a function of the year",
    );
  });
  it("refuses a settings object it cannot read, without the caller's error", () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("ZZCANARY");
        },
      },
    );
    expect(ruleInputMessage(() => createCalendar(hostile as never))).not.toContain("ZZCANARY");
  });
});
