// The `hfs-mco-rules` command. The only place in the package that reads the clock: `--as-of`
// defaults to today in America/Chicago.
import { Command } from "commander";
import { addBusinessDays, businessDaysBetween, illinoisStateCalendar, IsoDateSchema, parseInput, RULES, RuleInputError } from "../index.js";

/** Today's date in America/Chicago (the HFS offices' time zone). */
export function todayInChicago(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
}

const program = new Command("hfs-mco-rules").description("Illinois Medicaid managed-care compliance rules");

program
  .command("rules")
  .description("the rule registry: ID, title, source, effective dates")
  .action(() => {
    const rows = RULES.map((r) => ({ id: r.id, title: r.title, source: r.source, versions: r.versions }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  });

const calendar = program.command("calendar").description("Illinois State Holidays and business-day arithmetic");
calendar
  .command("holidays")
  .requiredOption("--year <year>", "calendar year")
  .action((options: { year: string }) => {
    const year = Number(options.year);
    process.stdout.write(`${JSON.stringify(illinoisStateCalendar().holidays(year), null, 2)}\n`);
  });
calendar
  .command("add")
  .requiredOption("--date <date>", "start date YYYY-MM-DD")
  .requiredOption("--n <n>", "business days (negative counts back)")
  .action((options: { date: string; n: string }) => {
    const date = parseInput(IsoDateSchema, options.date, "--date");
    process.stdout.write(`${addBusinessDays(date, Number(options.n))}\n`);
  });
calendar
  .command("between")
  .requiredOption("--from <date>")
  .requiredOption("--to <date>")
  .action((options: { from: string; to: string }) => {
    const from = parseInput(IsoDateSchema, options.from, "--from");
    const to = parseInput(IsoDateSchema, options.to, "--to");
    process.stdout.write(`${businessDaysBetween(from, to)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof RuleInputError) {
    process.stderr.write(`hfs-mco-rules: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
