// Every public calendar function checks its arguments (principle 6): a bad date, count,
// calendar or settings object is a RuleInputError naming the argument, never a wrong answer,
// "0NaN-NaN-NaN", a five-digit year or a bare TypeError.
import { describe, expect, it } from "vitest";
import {
  type RuleId,
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  evaluateContactDeadlines,
  dueDate,
  evaluateTicket,
  isBusinessDay,
  type IsoDate,
  nextBusinessDay,
  portalStatistics,
  rollBackward,
  rollForward,
  RuleInputError,
} from "../../src/internal.js";
import { daysBetween, daysInMonth, fromDayNumber, toDayNumber, weekday, yearOf } from "../../src/core/checked-dates.js";
import { fixedDueDateRun as fixedDueDate } from "../../src/api/operations/calendar-runs.js";
import { resolveCalendar } from "../../src/api/resolve-calendar.js";
import { history, ticket } from "../privacy/entry-points.js";

const d = (s: string) => s as IsoDate;
const notACalendar = {} as never;

/** `call` throws a RuleInputError whose message contains every one of `parts`. */
function rejects(call: () => unknown, ...parts: string[]): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected a RuleInputError").toBeInstanceOf(RuleInputError);
  for (const part of parts) expect((thrown as Error).message).toContain(part);
}

describe("dates: a valid YYYY-MM-DD in 1900-01-01 … 2199-12-31", () => {
  it.each([
    ["2024/07/03", "not written YYYY-MM-DD"],
    ["07/03/2024", "not written YYYY-MM-DD"],
    ["2024-02-30", "a day that does not exist"],
    ["2023-02-29", "a day that does not exist"],
    ["2024-13-01", "a day that does not exist"],
    ["0001-01-01", "outside the supported range"],
    ["1899-12-31", "outside the supported range"],
    ["2200-01-01", "outside the supported range"],
    ["9999-12-01", "outside the supported range"],
    ["x", "text of 1 character"],
    ["", "an empty string"],
  ])("%j is refused by every calendar function, naming the argument", (value, what) => {
    rejects(() => addBusinessDays(d(value), 1), "addBusinessDays: date: expected a calendar date YYYY-MM-DD", what);
    rejects(() => addCalendarDays(d(value), 1), "addCalendarDays: date:", what);
    rejects(() => isBusinessDay(d(value)), "isBusinessDay: date:", what);
    rejects(() => businessDaysBetween(d(value), d("2024-07-10")), "businessDaysBetween: from:", what);
    rejects(() => businessDaysBetween(d("2024-07-10"), d(value)), "businessDaysBetween: to:", what);
    rejects(() => rollForward(d(value)), "rollForward: date:", what);
    rejects(() => rollBackward(d(value)), "rollBackward: date:", what);
    rejects(() => nextBusinessDay(d(value)), "nextBusinessDay: date:", what);
    rejects(() => toDayNumber(value), "toDayNumber: date:", what);
    rejects(() => weekday(value), "weekday: date:", what);
    rejects(() => yearOf(value), "yearOf: date:", what);
    rejects(() => daysBetween(value, "2024-07-10"), "daysBetween: from:", what);
    rejects(
      () => dueDate({ ruleId: "PORTAL-PROPOSAL-DUE", start: d(value), amount: 30, counting: "calendar-days" }),
      "dueDate: spec.start:",
      what,
    );
  });
  it.each([
    [new Date(2024, 6, 4), "a Date object"],
    [20240704, "a number"],
    [null, "null"],
    [undefined, "undefined"],
    [10n, "a BigInt"],
    [{ date: "2024-07-04" }, "an object"],
    [["2024-07-04"], "a list of 1 item"],
  ])("%s is not a date", (value, what) => {
    rejects(() => isBusinessDay(value as never), "isBusinessDay: date: expected a calendar date YYYY-MM-DD, got", what);
    rejects(() => addCalendarDays(value as never, 1), "addCalendarDays: date:", what);
  });
  it("accepts both ends of the range", () => {
    expect(addCalendarDays(d("1900-01-01"), 0)).toBe("1900-01-01");
    expect(addCalendarDays(d("2199-12-30"), 1)).toBe("2199-12-31");
    expect(isBusinessDay(d("2199-12-31"))).toBe(true);
  });
});

describe("counts: a whole, finite number of days", () => {
  it.each([
    [1.5, "a fraction"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["1", "text of 1 character"],
    [null, "null"],
    [1e12, "a number beyond"],
  ])("%s is refused", (n, what) => {
    rejects(
      () => addBusinessDays(d("2024-07-03"), n as never),
      "addBusinessDays: n: expected a whole number of days, got",
      what,
    );
    rejects(
      () => addCalendarDays(d("2024-07-03"), n as never),
      "addCalendarDays: n: expected a whole number of days, got",
      what,
    );
    rejects(
      () =>
        dueDate({
          ruleId: "PORTAL-PROPOSAL-DUE",
          start: d("2024-06-04"),
          amount: n as never,
          counting: "calendar-days",
        }),
      "dueDate: spec.amount:",
      what,
    );
  });
});

describe("results: never outside the supported range (no year 0000, no five-digit year)", () => {
  it("refuses a count that leaves the range, naming the count", () => {
    rejects(
      () => addBusinessDays(d("1900-01-01"), -1),
      "addBusinessDays: n: the result would fall outside the supported range 1900-01-01 to 2199-12-31",
    );
    rejects(() => addBusinessDays(d("2199-12-30"), 5), "addBusinessDays: n: the result would fall outside");
    rejects(() => addCalendarDays(d("2199-12-31"), 1), "addCalendarDays: n: the result would fall outside");
    rejects(() => addCalendarDays(d("1900-01-01"), -1), "addCalendarDays: n:");
    rejects(() => nextBusinessDay(d("2199-12-31")), "outside the supported range");
    rejects(() => fromDayNumber(toDayNumber("2199-12-31") + 1), "outside the supported range");
    rejects(() => fromDayNumber(Number.NaN), "dayNumber: expected a whole day number, got NaN");
  });
  it("a ticket whose deadline would fall after 2199-12-31 is an error, not a date in 2200", () => {
    const late = {
      ...ticket,
      internalDispute: {
        ...ticket.internalDispute,
        submittedToMcoOn: "2199-10-01",
        trackingNumberIssuedOn: "2199-10-01",
      },
      portalSubmittedOn: "2199-12-01",
      events: [{ type: "presented to MCO" as const, date: "2199-12-10" }],
    };
    // Its facts end on 2198-12-31 (TicketDateSchema): the error names each late field, not a computed date.
    rejects(
      () => evaluateTicket(late, { asOf: "2199-12-31" }),
      "portalSubmittedOn: expected a date up to 2198-12-31 (its deadlines must stay before 2199-12-31), got a later date",
    );
    // The last day a ticket's facts may be dated still gives dates, all inside the range.
    const last = {
      ...ticket,
      internalDispute: {
        ...ticket.internalDispute,
        submittedToMcoOn: "2198-10-01",
        trackingNumberIssuedOn: "2198-10-01",
      },
      portalSubmittedOn: "2198-12-01",
      events: [{ type: "presented to MCO" as const, date: "2198-12-31" }],
    };
    expect(evaluateTicket(last, { asOf: "2199-12-31" }).deadlines.every((x) => x.dueDate <= "2199-12-31")).toBe(true);
    rejects(
      () => evaluateTicket({ ...ticket, portalSubmittedOn: "9999-12-01" }, { asOf: "2024-07-10" }),
      "portalSubmittedOn: expected a calendar date YYYY-MM-DD, got a date outside the supported range",
    );
  });
});

describe("calendars and settings", () => {
  it("a calendar that is not a calendar is named", () => {
    rejects(
      () => addBusinessDays(d("2024-07-03"), 1, notACalendar),
      "addBusinessDays: calendar: expected a business calendar",
    );
    rejects(
      () => isBusinessDay(d("2024-07-03"), null as never),
      "isBusinessDay: calendar: expected a business calendar",
      "got null",
    );
    rejects(
      () => businessDaysBetween(d("2024-07-03"), d("2024-07-10"), notACalendar),
      "businessDaysBetween: calendar:",
    );
    rejects(() => rollForward(d("2024-07-04"), notACalendar), "rollForward: calendar:");
    rejects(
      () =>
        dueDate({
          ruleId: "R" as RuleId,
          start: d("2024-06-04"),
          amount: 3,
          counting: "business-days",
          calendar: notACalendar,
        }),
      "dueDate: spec.calendar:",
    );
    rejects(
      () => evaluateTicket(ticket, { asOf: "2024-07-10", calendar: notACalendar }),
      "calendar: expected a business calendar",
    );
    rejects(
      () => evaluateContactDeadlines(history, { asOf: "2024-04-15", calendar: notACalendar }),
      "settings.calendar: expected a business calendar",
    );
    rejects(
      () => evaluateContactDeadlines(history, { asOf: "2024-04-15", options: { calendar: notACalendar } as never }),
      "options.calendar: moved to settings.calendar",
    );
  });
  it("settings that are not an object are named", () => {
    rejects(() => evaluateTicket(ticket, null as never), "evaluateTicket: settings: expected an object, got null");
    rejects(
      () => evaluateTicket(ticket, "2024-07-10" as never),
      "evaluateTicket: settings: expected an object, got text",
    );
    rejects(
      () => evaluateTicket(ticket, { asOf: "2024-07-10", options: null as never }),
      "options: expected an object, got null",
    );
    rejects(
      () => evaluateTicket(ticket, { asOf: "07/10/2024" }),
      "evaluateTicket: settings.asOf: expected a calendar date YYYY-MM-DD",
    );
    rejects(
      () => portalStatistics([ticket], null as never),
      "portalStatistics: settings: expected an object, got null",
    );
    rejects(
      () => portalStatistics(ticket as never, { asOf: "2024-07-10" }),
      "portalStatistics: tickets: expected a list, got an object",
    );
    rejects(
      () => evaluateContactDeadlines(history, { asOf: "2024-04-15", options: null as never }),
      "options: expected an object, got null",
    );
    rejects(
      () => evaluateContactDeadlines(history, { asOf: new Date() as never }),
      "evaluateContactDeadlines: settings.asOf: expected a calendar date YYYY-MM-DD, got a Date object",
    );
  });
  it("a due-date spec is checked field by field", () => {
    rejects(() => dueDate(null as never), "dueDate: spec: expected an object, got null");
    rejects(
      () => dueDate({ ruleId: "" as RuleId, start: d("2024-06-04"), amount: 30, counting: "calendar-days" }),
      "dueDate: spec.ruleId: expected a rule ID",
    );
    rejects(
      () => dueDate({ ruleId: "R" as RuleId, start: d("2024-06-04"), amount: 30, counting: "weeks" as never }),
      'dueDate: spec.counting: expected one of "calendar-days", "business-days", got another text',
    );
    rejects(
      () =>
        dueDate({
          ruleId: "R" as RuleId,
          start: d("2024-06-04"),
          amount: 30,
          counting: "calendar-days",
          roll: "sideways" as never,
        }),
      "dueDate: spec.roll:",
    );
    rejects(
      () => fixedDueDate({ ruleId: "R" as RuleId, start: d("2024-03-31"), date: d("2024-04-31"), reason: "x" }),
      "fixedDueDate: spec.date:",
      "a day that does not exist",
    );
  });
  it("a calendar as data is checked", () => {
    rejects(
      () => resolveCalendar({ add: [{ date: "2024-12-32", name: "X" }] } as never),
      "calendar: add[0].date: expected a calendar date YYYY-MM-DD, got a day that does not exist",
    );
    rejects(() => resolveCalendar(null as never), "calendar: input: expected an object, got null");
  });
  it("daysInMonth checks its year and month", () => {
    rejects(() => daysInMonth(2024, 13), "daysInMonth: month: expected a month number 1-12");
    rejects(() => daysInMonth(2024.5, 2), "daysInMonth: year:");
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
