// Times 1,000,000 random addBusinessDays(date, n ≤ 60) calls against the naive approach:
// date-fns addBusinessDays plus a date-holidays isHoliday check per day (on a sample small
// enough to finish), and prints the ratio (issue 2).
import { addBusinessDays as dfAddBusinessDays, addDays, isWeekend } from "date-fns";
import { addBusinessDays, fromDayNumber, illinoisStateCalendar, type IsoDate, toDayNumber } from "../src/index.js";
import { illinoisStateHolidaysSource } from "../test/calendar/date-holidays-oracle.js";
import { seededRandom } from "./random.js";

const CALLS = 1_000_000;
const NAIVE_CALLS = 300;
const random = seededRandom(2024);
const first = toDayNumber("2017-01-01" as IsoDate);
const span = toDayNumber("2027-12-31" as IsoDate) - first;
const inputs = Array.from({ length: CALLS }, () => ({ date: fromDayNumber(first + Math.floor(random() * span)), n: 1 + Math.floor(random() * 60) }));

const calendar = illinoisStateCalendar();
for (let year = 2017; year <= 2028; year++) calendar.yearIndex(year); // "after the first use of a year"

let t0 = performance.now();
let sink = 0;
for (const { date, n } of inputs) sink += addBusinessDays(date, n, calendar).length;
const fastMs = performance.now() - t0;

// The naive approach: step with date-fns, skip each day date-holidays calls a holiday.
const holidays = illinoisStateHolidaysSource();
function naive(date: IsoDate, n: number): Date {
  let day = new Date(`${date}T12:00:00`);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.isHoliday(day)) left--;
  }
  return day;
}
t0 = performance.now();
for (const { date, n } of inputs.slice(0, NAIVE_CALLS)) sink += naive(date, n).getDate();
const naiveMs = performance.now() - t0;
t0 = performance.now();
for (const { date, n } of inputs.slice(0, NAIVE_CALLS)) sink += dfAddBusinessDays(new Date(`${date}T12:00:00`), n).getDate();
const dateFnsOnlyMs = performance.now() - t0;

const fastPerCall = (fastMs * 1000) / CALLS;
const naivePerCall = (naiveMs * 1000) / NAIVE_CALLS;
console.log("addBusinessDays benchmark (Illinois State Holidays, n in 1..60, dates 2017-2027)");
console.log(`  hfs-mco-rules: ${CALLS.toLocaleString("en-US")} calls in ${fastMs.toFixed(0)} ms = ${fastPerCall.toFixed(3)} µs/call`);
console.log(`  naive (date-fns + date-holidays isHoliday per day): ${NAIVE_CALLS.toLocaleString("en-US")} calls in ${naiveMs.toFixed(0)} ms = ${naivePerCall.toFixed(1)} µs/call`);
console.log(`  (date-fns addBusinessDays alone, no holidays: ${((dateFnsOnlyMs * 1000) / NAIVE_CALLS).toFixed(2)} µs/call)`);
console.log(`  ratio: ${(naivePerCall / fastPerCall).toFixed(0)}x faster per call  [checksum ${sink % 1000}]`);
