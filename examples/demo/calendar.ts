import { dueDate, explanationText, illinoisStateCalendar, type IsoDate } from "../../src/index.js";
import { table } from "./table.js";

/** "Friday" for 2024-07-05: the day of the week of a calendar date, read in UTC (no time zone shifts it). */
const weekdayName = (date: IsoDate): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });

/** The year's Illinois State Holidays and a few worked deadlines with their explanations. */
export function calendarDemo(asOf: IsoDate): string {
  const calendar = illinoisStateCalendar();
  const year = Number(asOf.slice(0, 4));
  const holidays = calendar.holidays(year).map((h) => [h.date, weekdayName(h.date), h.name]);
  const worked = [
    dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      startLabel: "ticket received by the MCO",
      start: "2024-06-04" as IsoDate,
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
    }),
    dueDate({
      ruleId: "PORTAL-PROPOSAL-DUE",
      startLabel: "ticket received by the MCO",
      start: "2024-10-30" as IsoDate,
      amount: 30,
      counting: "calendar-days",
      roll: "forward",
    }),
    dueDate({
      ruleId: "PORTAL-INFO-REQUEST",
      startLabel: "ticket received by the MCO",
      start: "2024-06-29" as IsoDate,
      amount: 5,
      counting: "business-days",
    }),
    dueDate({
      ruleId: "PORTAL-PRESENT-TO-MCO",
      startLabel: "received via the portal",
      start: "2024-11-20" as IsoDate,
      amount: 10,
      counting: "business-days",
    }),
  ];
  return [
    `Illinois State Holidays ${year} (${calendar.name}, version ${calendar.version})`,
    table(["Date", "Day", "Holiday"], holidays),
    "",
    "Worked deadlines",
    ...worked.map((e) => `  ${e.ruleId}: ${e.result}\n    ${explanationText(e)}`),
  ].join("\n");
}
