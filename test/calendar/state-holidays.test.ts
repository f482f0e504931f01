// CAL-STATE-HOLIDAYS: the published closure lists, the projection from the statute, the
// independent date-holidays oracle, provenance on every holiday, and open point 12.
import { describe, expect, it } from "vitest";
import {
  explanationText,
  addCalendarDays,
  calendarFromDates,
  createCalendar,
  dueDate,
  illinoisStateCalendar,
  type IsoDate,
  isBusinessDay,
  RuleInputError,
  withChanges,
} from "../../src/internal.js";
import { HOLIDAY_SOURCES } from "../../src/calendar/holiday-sources.js";
import { ILLINOIS_PUBLISHED_YEARS } from "../../src/calendar/illinois.js";
import { illinoisStateHolidays } from "../../src/api/illinois-calendar.js";
import { nonBusinessReasonRun as nonBusinessReason } from "../../src/api/operations/explain-runs.js";
import { PUBLISHED_YEARS } from "../../src/calendar/state-holidays/published.js";
import { projectYear } from "../../src/calendar/state-holidays/project.js";
import { dateHolidaysIllinoisCalendar } from "./date-holidays-oracle.js";

const d = (s: string) => s as IsoDate;
const calendar = illinoisStateCalendar();
const sourceIds = new Set(HOLIDAY_SOURCES.map((s) => s.id));

describe("the published lists 2017-2027", () => {
  it("cover 2017 to 2027, one list per year, each citing a known source", () => {
    expect(ILLINOIS_PUBLISHED_YEARS).toEqual({ first: 2017, last: 2027 });
    expect(PUBLISHED_YEARS.map((y) => y.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
    for (const year of PUBLISHED_YEARS) expect(year.source).toBe(`cms-state-holidays-${year.year}`);
  });
  it("every holiday of every year cites a registered source and a basis", () => {
    for (let year = 2000; year <= 2100; year++) {
      for (const h of calendar.holidays(year)) {
        expect(sourceIds.has(h.source), `${h.date} ${h.source}`).toBe(true);
        expect(h.basis.length).toBeGreaterThan(10);
        expect(h.provenance).toBe(year >= 2017 && year <= 2027 ? "published" : "projected");
      }
    }
  });
  it("agree with the projection from the statute except the dated one-offs", () => {
    // 2021-06-18: the Governor's closure; 2022-06-20: open point 12 (P.A. 102-0334's Monday).
    const oneOffs: string[] = [];
    for (let year = 2017; year <= 2027; year++) {
      const published = illinoisStateHolidays(year).map((h) => `${h.date} ${h.name}`);
      const projected = projectYear(year, "").map((h) => `${h.date} ${h.name}`);
      oneOffs.push(
        ...published.filter((h) => !projected.includes(h)),
        ...projected.filter((h) => !published.includes(h)).map((h) => `-${h}`),
      );
    }
    expect(oneOffs).toEqual(["2021-06-18 Juneteenth (observed)", "2022-06-20 Juneteenth (observed)"]);
  });
  it("corrects the two days the date-holidays construction got wrong, and only those", () => {
    const oracle = dateHolidaysIllinoisCalendar();
    const wrong: string[] = [];
    for (let day = d("2017-01-01"); day <= d("2027-12-31"); day = addCalendarDays(day, 1)) {
      if (isBusinessDay(day, calendar) !== isBusinessDay(day, oracle)) wrong.push(day);
    }
    expect(wrong).toEqual(["2021-06-18", "2027-06-18"]);
    expect(isBusinessDay(d("2021-06-18"), calendar)).toBe(false);
    expect(isBusinessDay(d("2027-06-18"), calendar)).toBe(true);
  });
});

describe("projected years against the independent oracle (date-holidays)", () => {
  it("2028-2150 agree day by day and by name, except Juneteenth's weekend substitutes", () => {
    // date-holidays gives Juneteenth a Friday/Monday substitute; 5 ILCS 490/63 (P.A. 102-0014) does not.
    const oracle = dateHolidaysIllinoisCalendar();
    const differences: string[] = [];
    for (let year = 2028; year <= 2150; year++) {
      const ours = calendar.holidays(year).map((h) => `${h.date} ${h.name}`);
      const theirs = oracle.holidays(year).map((h) => `${h.date} ${h.name}`);
      differences.push(
        ...ours.filter((h) => !theirs.includes(h)).map((h) => `+${h}`),
        ...theirs.filter((h) => !ours.includes(h)).map((h) => `-${h}`),
      );
    }
    expect(differences.length).toBe(35);
    for (const difference of differences) {
      expect(difference).toMatch(/^-\d{4}-06-(18|20) Juneteenth \(observed\)$/);
      const saturdayOrSunday = new Date(`${difference.slice(1, 5)}-06-19T12:00:00Z`).getUTCDay();
      expect([0, 6]).toContain(saturdayOrSunday);
    }
    expect(differences).toContain("-2032-06-18 Juneteenth (observed)");
    expect(differences).toContain("-2033-06-20 Juneteenth (observed)");
  });
});

describe("holidayOn and holidays(year): name, provenance, source, basis", () => {
  it("a published day names its year's list", () => {
    expect(calendar.holidayOn(d("2024-07-04"))).toEqual({
      date: "2024-07-04",
      name: "Independence Day",
      provenance: "published",
      source: "cms-state-holidays-2024",
      basis: expect.stringContaining("80 Ill. Adm. Code 303.190"),
    });
  });
  it("the one-off names its own document", () => {
    expect(calendar.holidayOn(d("2021-06-18"))).toMatchObject({
      provenance: "published",
      source: "governor-2021-06-17",
    });
  });
  it("a projected day says it is projected and why", () => {
    expect(calendar.holidayOn(d("2031-07-04"))).toMatchObject({
      name: "Independence Day",
      provenance: "projected",
      source: "80-iac-303.190",
      note: "the state has not published 2031",
    });
    expect(calendar.holidayOn(d("2016-07-04"))?.note).toMatch(/^no published list for 2016 is held/);
  });
  it("holidays are frozen, shared data", () => {
    const [first] = calendar.holidays(2024);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("nonBusinessReason and explanations", () => {
  it("a projected holiday says what it is projected from and that the state has not published the year", () => {
    expect(nonBusinessReason(d("2031-07-04"), calendar)).toBe(
      "2031-07-04 Independence Day, projected from 80 Ill. Adm. Code 303.190: the state has not published 2031",
    );
    expect(nonBusinessReason(d("2030-06-19"), calendar)).toBe(
      "2030-06-19 Juneteenth, projected from 5 ILCS 490: the state has not published 2030",
    );
  });
  it("a published holiday keeps its short form", () => {
    expect(nonBusinessReason(d("2024-07-04"), calendar)).toBe(
      "2024-07-04 Independence Day (State Holiday, Illinois State Holidays)",
    );
  });
  it("a deadline that rolls off a projected holiday says so in its text", () => {
    const e = dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      start: d("2031-06-04"),
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
    });
    expect(e.result).toBe("2031-07-07");
    expect(explanationText(e)).toContain(
      "2031-07-04 Independence Day, projected from 80 Ill. Adm. Code 303.190: the state has not published 2031 → rolled forward to 2031-07-07",
    );
  });
});

describe("open point 12: Juneteenth 2022 (June 19 a Sunday)", () => {
  it("default: Monday 2022-06-20 closed, citing P.A. 102-0334", () => {
    expect(isBusinessDay(d("2022-06-20"))).toBe(false);
    expect(calendar.holidayOn(d("2022-06-20"))?.basis).toContain("P.A. 102-0334");
    expect(illinoisStateCalendar({ juneteenth2022: "observed-monday" })).toBe(calendar);
  });
  it('option juneteenth2022: "none" keeps it a working day and changes nothing else', () => {
    const none = illinoisStateCalendar({ juneteenth2022: "none" });
    expect(isBusinessDay(d("2022-06-20"), none)).toBe(true);
    expect(none.version).toBe(`${calendar.version}+juneteenth2022=none`);
    expect(illinoisStateCalendar({ juneteenth2022: "none" })).toBe(none);
    for (let year = 2017; year <= 2030; year++) {
      const expected = calendar.holidays(year).filter((h) => h.date !== "2022-06-20");
      expect(none.holidays(year)).toEqual(expected);
    }
  });
  it("rejects an unknown option with a RuleInputError naming it", () => {
    expect(() => illinoisStateCalendar({ juneteenth2022: "friday" as never })).toThrow(RuleInputError);
    expect(() => illinoisStateCalendar({ juneteenth2022: "friday" as never })).toThrow(/juneteenth2022/);
    expect(() => illinoisStateCalendar({ juneteenth: "none" } as never)).toThrow(RuleInputError);
  });
  it("illinoisStateHolidays checks its year", () => {
    expect(() => illinoisStateHolidays(2024.5)).toThrow(/year/);
    expect(() => illinoisStateHolidays(Number.NaN)).toThrow(RuleInputError);
    expect(illinoisStateHolidays(2024)).toEqual(calendar.holidays(2024));
  });
});

describe("custom calendars get provenance too", () => {
  it("calendarFromDates: published, citing the caller's provenance or source", () => {
    const contract = calendarFromDates({
      name: "Contract",
      version: "1",
      provenance: "MCO contract §1.2",
      holidays: ["2024-12-24" as IsoDate],
    });
    expect(contract.holidayOn(d("2024-12-24"))).toEqual({
      date: "2024-12-24",
      name: "Holiday",
      provenance: "published",
      source: "MCO contract §1.2",
      basis: "MCO contract §1.2",
    });
    const cited = calendarFromDates({
      name: "C",
      version: "1",
      provenance: "p",
      source: "contract-2024",
      holidays: [{ date: d("2024-12-24"), name: "Christmas Eve" }],
    });
    expect(cited.holidayOn(d("2024-12-24"))?.source).toBe("contract-2024");
  });
  it("withChanges: kept days keep their provenance, added days cite the amendment", () => {
    const amended = withChanges(calendar, {
      add: [{ date: d("2031-12-24"), name: "Christmas Eve" }],
      source: "contract-amendment-3",
    });
    expect(amended.holidayOn(d("2031-12-24"))).toMatchObject({
      provenance: "published",
      source: "contract-amendment-3",
      basis: "contract-amendment-3",
    });
    expect(amended.holidayOn(d("2031-07-04"))).toEqual(calendar.holidayOn(d("2031-07-04")));
    expect(
      withChanges(calendar, { add: [{ date: d("2024-12-24"), name: "Eve" }] }).holidayOn(d("2024-12-24"))?.source,
    ).toBe("amended by the caller");
  });
  it("createCalendar: a holiday may bring its own provenance", () => {
    const c = createCalendar({
      name: "X",
      version: "1",
      provenance: "rules of X",
      holidaysOfYear: (year) => [
        { date: d(`${year}-03-01`), name: "X Day", provenance: "projected", source: "x-rules", basis: "rule 1" },
      ],
    });
    expect(c.holidayOn(d("2030-03-01"))).toEqual({
      date: "2030-03-01",
      name: "X Day",
      provenance: "projected",
      source: "x-rules",
      basis: "rule 1",
    });
  });
  it("two holidays on one day are one closure with both names and bases", () => {
    const c = calendarFromDates({
      name: "C",
      version: "1",
      provenance: "p",
      holidays: [
        { date: d("2024-03-01"), name: "A", basis: "a" },
        { date: d("2024-03-01"), name: "B", basis: "b" },
      ],
    });
    expect(c.holidayOn(d("2024-03-01"))).toMatchObject({ name: "A; B", basis: "a; b" });
  });
});
