// Instruction counts of addBusinessDays, repeatable on a noisy machine (valgrind callgrind):
//   npx tsx bench/callgrind/run.ts
// This entry runs MODE = "library" | "lookup" | "setup" CALLS times on the same inputs; the
// runner subtracts "setup" (building the inputs and tables) from the other two.
import { addBusinessDays, type IsoDate, illinoisStateCalendar } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { prefixSumLookup } from "../prefix-sum.js";
import { seededRandom } from "../random.js";

const mode = process.argv[2] ?? "setup";
const calls = Number(process.argv[3] ?? 200_000);
const random = seededRandom(2024);
const calendar = illinoisStateCalendar();
const first = toDayNumber("2017-01-01" as IsoDate);
const span = toDayNumber("2027-12-31" as IsoDate) - first;
const dates = Array.from({ length: calls }, () => fromDayNumber(first + Math.floor(random() * span)));
const counts = Int32Array.from({ length: calls }, () => 1 + Math.floor(random() * 60));
const lookup = prefixSumLookup(calendar, 2016, 2029);
for (let year = 2016; year <= 2029; year++) calendar.yearIndex(year);
let sink = 0;
function runLibrary(): void {
  for (let i = 0; i < calls; i++) sink += addBusinessDays(dates[i] as IsoDate, counts[i] as number, calendar).length;
}
function runLookup(): void {
  for (let i = 0; i < calls; i++) sink += lookup(dates[i] as string, counts[i] as number).length;
}
// Warm-up of both sides in every mode (JIT tiers, feedback): the runner subtracts "setup", so the
// counts per call are those of the optimised loops.
for (let round = 0; round < 3; round++) {
  runLibrary();
  runLookup();
}
const repeats = Number(process.argv[4] ?? 1);
for (let r = 0; r < repeats; r++) {
  if (mode === "library") runLibrary();
  if (mode === "lookup") runLookup();
}
process.stdout.write(`${mode} ${sink}\n`);
