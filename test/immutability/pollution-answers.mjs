// Run by prototype-pollution.test.ts in a child process: `node <this> <mode> <keys> <bundle>`, the
// bundle being the library's private surface (src/internal.ts) built by the test.
// mode "clean": no pollution; "before": the keys are put on Object.prototype (not enumerable: an
// enumerable one makes zod 4.6.7's own import throw, see the test) before the library is imported;
// "after": put on it (enumerable, by plain assignment) after the import. Prints the answers as JSON.
import { readFileSync } from "node:fs";

const [mode, keyList, bundle] = process.argv.slice(2);
const keys = (keyList ?? "").split(",").filter(Boolean);
const VALUE = "2024-08-05";
if (mode === "before")
  for (const key of keys)
    Object.defineProperty(Object.prototype, key, { value: VALUE, writable: true, configurable: true });
const lib = await import(bundle);
if (mode === "after") for (const key of keys) Object.prototype[key] = VALUE;

const tickets = JSON.parse(readFileSync(new URL("../../examples/data/tickets.json", import.meta.url), "utf8"));
const d = lib.parseIsoDate;
/** Each answer, or the error it threw (its class and message), so that one failure hides no other. */
const answers = {};
const cases = {
  holidays2021: () => lib.illinoisStateHolidays(2021),
  holidays2022: () => lib.illinoisStateHolidays(2022),
  holidays2031: () => lib.illinoisStateHolidays(2031),
  calendar: () => lib.illinoisStateCalendar().holidays(2024),
  july4: () => lib.illinoisStateCalendar().holidayOn(d("2024-07-04")),
  weekend: () => lib.illinoisStateCalendar().weekend,
  added: () => [lib.addBusinessDays(d("2024-07-03"), 1), lib.addBusinessDays(d("2022-06-17"), 1)],
  between: () => lib.businessDaysBetween(d("2024-01-01"), d("2024-12-31")),
  rules: () => lib.RULES,
  sources: () => lib.SOURCES,
  findingCodes: () => lib.FINDING_CODES,
  fineVersion: () => lib.ruleVersionAt("PORTAL-FINE", d("2020-05-15")),
  defaults: () => [
    lib.PORTAL_OPTION_DEFAULTS,
    lib.SPENDDOWN_DEFAULTS,
    lib.DEFAULT_AT_RISK,
    lib.ILLINOIS_PUBLISHED_YEARS,
  ],
  tickets: () => lib.evaluateTickets(tickets, { asOf: "2024-12-31" }),
};
for (const [name, run] of Object.entries(cases)) {
  try {
    answers[name] = JSON.parse(JSON.stringify(run()));
  } catch (error) {
    answers[name] = { threw: `${error?.constructor?.name}: ${String(error?.message).slice(0, 200)}` };
  }
}
process.stdout.write(JSON.stringify(answers));
