// More of CAL-STATE-HOLIDAYS and the calendar's arguments: the default Juneteenth 2022 reading,
// a projected closure without a note, the settings read with nothing given, and the
// RuleInputError of each argument a caller can get wrong (principle 6).
import { describe, expect, it } from "vitest";
import {
  calendarFromDateHolidays,
  illinoisStateCalendar,
  type IsoDate,
  RuleInputError,
  withChanges,
} from "../../src/internal.js";
import { createIllinoisStateCalendar } from "../../src/api/illinois-calendar.js";
import { fixedDueDateRun as fixedDueDate } from "../../src/api/operations/calendar-runs.js";
import { nonBusinessReasonRun as nonBusinessReason } from "../../src/api/operations/explain-runs.js";
import { optionsWithCalendar } from "../../src/api/calendar-argument.js";
import { illinoisHolidaysOfYear } from "../../src/calendar/illinois-default.js";
import { readSettings } from "../../src/api/settings/read-settings.js";

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    return { ...(error as RuleInputError).issues[0], message: (error as Error).message };
  }
  throw new Error("expected a RuleInputError");
}

describe("CAL-STATE-HOLIDAYS: the Illinois calendars", () => {
  it("Juneteenth 2022 is observed on Monday 2022-06-20 unless the option says none", () => {
    const day = "2022-06-20" as IsoDate;
    expect(createIllinoisStateCalendar().holidayOn(day)?.name).toContain("Juneteenth");
    expect(createIllinoisStateCalendar({}).holidayOn(day)?.name).toContain("Juneteenth");
    expect(illinoisStateCalendar({}).holidayOn(day)?.name).toContain("Juneteenth");
    expect(illinoisStateCalendar({ juneteenth2022: "observed-monday" })).toBe(illinoisStateCalendar());
    expect(createIllinoisStateCalendar({ juneteenth2022: "none" }).holidayOn(day)).toBeUndefined();
    expect(illinoisStateCalendar({ juneteenth2022: "none" }).holidayOn(day)).toBeUndefined();
  });

  it("a year outside 1-9999 has no Illinois closures: a RuleInputError naming the year", () => {
    for (const year of [0, 10000, 2024.5]) {
      expect(issueOf(() => illinoisHolidaysOfYear(year, "observed-monday"))).toMatchObject({
        field: "year",
        ruleId: "CAL-STATE-HOLIDAYS",
      });
      expect(
        issueOf(() => illinoisHolidaysOfYear(year, "observed-monday")).reason?.startsWith(
          "expected a whole number 1-9999, got",
        ),
      ).toBe(true);
    }
    expect(Array.isArray(illinoisHolidaysOfYear(1, "observed-monday"))).toBe(true);
    expect(illinoisHolidaysOfYear(9999, "observed-monday").length).toBeGreaterThan(0);
  });

  it("a projected closure without a note is explained by its name and source alone", () => {
    const holidays = {
      getHolidays: (year: number) => [{ date: `${year}-07-04 00:00:00`, name: "Independence Day", type: "public" }],
    };
    const calendar = calendarFromDateHolidays({
      name: "US",
      version: "1",
      provenance: "date-holidays US",
      source: "dh-us",
      holidays,
    });
    expect(nonBusinessReason("2024-07-04" as IsoDate, calendar)).toBe(
      "2024-07-04 Independence Day, projected from dh-us",
    );
  });
});

describe("the calendar's arguments", () => {
  it("readSettings with nothing: no asOf, the State calendar, no options", () => {
    expect(readSettings(undefined, "f")).toEqual({
      asOf: undefined,
      calendar: illinoisStateCalendar(),
      detail: "lean",
      options: undefined,
    });
  });

  it("optionsWithCalendar takes the calendar out of the options, the State calendar by default", () => {
    const calendar = createIllinoisStateCalendar();
    expect(
      optionsWithCalendar(
        { calendar, unstatedRoll: "forward" } as { calendar?: unknown; unstatedRoll: string },
        "WEBCM-INITIAL-DUE",
      ),
    ).toEqual({ calendar, rest: { unstatedRoll: "forward" } });
    expect(
      optionsWithCalendar(
        { unstatedRoll: "forward" } as { calendar?: unknown; unstatedRoll: string },
        "WEBCM-INITIAL-DUE",
      ),
    ).toEqual({ calendar: illinoisStateCalendar(), rest: { unstatedRoll: "forward" } });
    expect(issueOf(() => optionsWithCalendar({ calendar: "Illinois" }, "WEBCM-INITIAL-DUE"))).toMatchObject({
      field: "options.calendar",
    });
    expect(
      issueOf(() => optionsWithCalendar({ calendar: "Illinois" }, "WEBCM-INITIAL-DUE")).message.startsWith(
        "WEBCM-INITIAL-DUE: ",
      ),
    ).toBe(true);
    expect(issueOf(() => optionsWithCalendar("forward" as never, "WEBCM-INITIAL-DUE"))).toMatchObject({
      field: "options",
    });
  });

  it("withChanges refuses what is not a calendar, by name", () => {
    for (const calendar of [null, "Illinois", { yearIndex: 1 }]) {
      expect(issueOf(() => withChanges(calendar as never, {}))).toMatchObject({
        field: "calendar",
        reason: "expected a business calendar (createCalendar, illinoisStateCalendar)",
        message: "withChanges: calendar: expected a business calendar (createCalendar, illinoisStateCalendar)",
      });
    }
  });

  it("fixedDueDate refuses a reason that is not text", () => {
    const spec = {
      ruleId: "SANCTION-NOTICE-DUE" as const,
      start: "2024-03-31" as IsoDate,
      date: "2024-04-30" as IsoDate,
    };
    expect(issueOf(() => fixedDueDate({ ...spec, reason: 30 as never }))).toMatchObject({
      field: "spec.reason",
      reason: "expected text, got a number",
      message: "fixedDueDate: spec.reason: expected text, got a number",
    });
    expect(fixedDueDate({ ...spec, reason: "no later than April 30" }).result).toBe("2024-04-30");
  });
});
