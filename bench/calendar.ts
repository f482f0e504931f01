// Times 1,000,000 random addBusinessDays(date, n ≤ 60) calls on the Illinois State Holidays
// calendar against two same-run baselines: the calendar the library built before its holidays
// became data (date-holidays US/IL adjusted, test/calendar/date-holidays-oracle.ts; the same
// lookup tables, so the ratio should be ~1), and the naive approach (date-fns stepping plus a
// date-holidays isHoliday check per day, on a sample small enough to finish). Rounds alternate
// and the best of each is kept, so a busy machine slows both sides alike. A third baseline is
// the same arithmetic without the argument checks (a date in range, a whole count, a calendar).
import { addBusinessDays as dfAddBusinessDays, addDays, isWeekend } from "date-fns";
import { addBusinessDays, type BusinessCalendar, type IsoDate } from "../src/index.js";
import { createIllinoisStateCalendar } from "../src/api/illinois-calendar.js";
import { fromDayNumber, toDayNumber } from "../src/core/checked-dates.js";
import { dateHolidaysIllinoisCalendar, illinoisStateHolidaysSource } from "../test/calendar/date-holidays-oracle.js";
import { addBusinessDaysToDayNumber } from "../src/calendar/add-business-days.js";
import { toDayNumber as uncheckedDayNumber } from "../src/core/iso-date.js";
import { seededRandom } from "./random.js";

const CALLS = 1_000_000;
const NAIVE_CALLS = 300;
const ROUNDS = 5;
const random = seededRandom(2024);
const first = toDayNumber("2017-01-01" as IsoDate);
const span = toDayNumber("2027-12-31" as IsoDate) - first;
const inputs = Array.from({ length: CALLS }, () => ({
  date: fromDayNumber(first + Math.floor(random() * span)),
  n: 1 + Math.floor(random() * 60),
}));

/** Milliseconds to build the year tables of 2017-2150 on a fresh calendar (the first use of each year). */
function firstUse(make: () => BusinessCalendar): number {
  const calendar = make();
  const t0 = performance.now();
  for (let year = 2017; year <= 2150; year++) calendar.yearIndex(year);
  return performance.now() - t0;
}

let sink = 0;
function run(calendar: BusinessCalendar): number {
  const t0 = performance.now();
  for (const { date, n } of inputs) sink += addBusinessDays(date, n, calendar).length;
  return performance.now() - t0;
}

/** The same calls without the argument checks of addBusinessDays. */
function runUnchecked(calendar: BusinessCalendar): number {
  const t0 = performance.now();
  for (const { date, n } of inputs)
    sink += fromDayNumber(addBusinessDaysToDayNumber(uncheckedDayNumber(date), n, calendar)).length;
  return performance.now() - t0;
}

const data = createIllinoisStateCalendar();
const former = dateHolidaysIllinoisCalendar();
for (const calendar of [data, former]) for (let year = 2017; year <= 2028; year++) calendar.yearIndex(year); // "after the first use of a year"
let dataMs = Number.POSITIVE_INFINITY;
let formerMs = Number.POSITIVE_INFINITY;
let uncheckedMs = Number.POSITIVE_INFINITY;
let dataBuildMs = Number.POSITIVE_INFINITY;
let formerBuildMs = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) {
  dataMs = Math.min(dataMs, run(data));
  formerMs = Math.min(formerMs, run(former));
  uncheckedMs = Math.min(uncheckedMs, runUnchecked(data));
  dataBuildMs = Math.min(
    dataBuildMs,
    firstUse(() => createIllinoisStateCalendar()),
  );
  formerBuildMs = Math.min(formerBuildMs, firstUse(dateHolidaysIllinoisCalendar));
}

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
let t0 = performance.now();
for (const { date, n } of inputs.slice(0, NAIVE_CALLS)) sink += naive(date, n).getDate();
const naiveMs = performance.now() - t0;
t0 = performance.now();
for (const { date, n } of inputs.slice(0, NAIVE_CALLS))
  sink += dfAddBusinessDays(new Date(`${date}T12:00:00`), n).getDate();
const dateFnsOnlyMs = performance.now() - t0;

const perCall = (ms: number, calls: number) => (ms * 1000) / calls;
console.log(
  `addBusinessDays benchmark (Illinois State Holidays, n in 1..60, dates 2017-2027, best of ${ROUNDS} alternating rounds)`,
);
console.log(
  `  hfs-mco-rules (holidays as data): ${CALLS.toLocaleString("en-US")} calls in ${dataMs.toFixed(0)} ms = ${perCall(dataMs, CALLS).toFixed(3)} µs/call`,
);
console.log(
  `  former calendar (date-holidays US/IL adjusted): ${formerMs.toFixed(0)} ms = ${perCall(formerMs, CALLS).toFixed(3)} µs/call`,
);
console.log(`  ratio data / former: ${(dataMs / formerMs).toFixed(2)} (1 = same speed; lower is faster)`);
console.log(
  `  argument checks: without them ${uncheckedMs.toFixed(0)} ms; ratio checked / unchecked ${(dataMs / uncheckedMs).toFixed(2)}`,
);
console.log(
  `  first use of the years 2017-2150: data ${dataBuildMs.toFixed(1)} ms, former ${formerBuildMs.toFixed(1)} ms (ratio ${(formerBuildMs / dataBuildMs).toFixed(0)}x)`,
);
console.log(
  `  naive (date-fns + date-holidays isHoliday per day): ${NAIVE_CALLS.toLocaleString("en-US")} calls in ${naiveMs.toFixed(0)} ms = ${perCall(naiveMs, NAIVE_CALLS).toFixed(1)} µs/call`,
);
console.log(
  `  (date-fns addBusinessDays alone, no holidays: ${perCall(dateFnsOnlyMs, NAIVE_CALLS).toFixed(2)} µs/call)`,
);
console.log(
  `  ratio naive / hfs-mco-rules: ${(perCall(naiveMs, NAIVE_CALLS) / perCall(dataMs, CALLS)).toFixed(0)}x faster per call  [checksum ${sink % 1000}]`,
);
