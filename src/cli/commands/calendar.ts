import type { Command } from "commander";
import { addBusinessDays, businessDaysBetween } from "../../api/operations/dates-runs.js";
import { holidaySourceShort } from "../../calendar/holiday-sources.js";
import { WEEKDAY_NAMES, weekday } from "../../core/iso-date.js";
import {
  calendarOf,
  type CommonOptions,
  dateFlag as date,
  outputFormatOf,
  UsageError,
  withCommonOptions,
} from "../context.js";
import { renderTable } from "../output.js";
import { calendarDiffCommand } from "./calendar-diff.js";
import { countText } from "../../core/describe-value.js";

function integer(value: string, flag: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

function print(options: CommonOptions, data: Record<string, unknown>, table: () => string): void {
  const format = outputFormatOf(options);
  process.stdout.write(
    format === "table" ? `${table()}\n` : `${JSON.stringify(data, null, format === "json" ? 2 : 0)}\n`,
  );
}

/** `calendar holidays | add | between`: State Holidays and business-day arithmetic. */
export function calendarCommand(program: Command): void {
  const calendar = program.command("calendar").description("State Holidays and business-day arithmetic (CAL-*)");
  withCommonOptions(calendar.command("holidays").description("a year's State Holidays"))
    .requiredOption("--year <year>", "calendar year")
    .action((options: CommonOptions & { year: string }) => {
      const cal = calendarOf(options);
      const year = integer(options.year, "--year");
      const holidays = cal.holidays(year);
      print(
        options,
        {
          command: "calendar holidays",
          calendar: cal.name,
          version: cal.version,
          provenance: cal.provenance,
          year,
          holidays,
        },
        () =>
          `${cal.name} ${year} (version ${cal.version})\n${renderTable(
            ["Date", "Day", "Holiday", "Provenance", "Source"],
            holidays.map((h) => [
              h.date,
              WEEKDAY_NAMES[weekday(h.date)] ?? "",
              h.name,
              h.provenance,
              holidaySourceShort(h.source),
            ]),
          )}`,
      );
    });
  withCommonOptions(calendar.command("add").description("a date plus n business days (n < 0 counts back)"))
    .requiredOption("--date <date>", "start date YYYY-MM-DD")
    .requiredOption("--n <n>", "business days")
    .action((options: CommonOptions & { date: string; n: string }) => {
      const start = date(options.date, "--date");
      const n = integer(options.n, "--n");
      const result = addBusinessDays(start, n, calendarOf(options));
      print(
        options,
        { command: "calendar add", date: start, n, result },
        () => `${start} + ${countText(n, "business day")} = ${result}`,
      );
    });
  withCommonOptions(calendar.command("between").description("business days after --from up to and including --to"))
    .requiredOption("--from <date>", "YYYY-MM-DD")
    .requiredOption("--to <date>", "YYYY-MM-DD")
    .action((options: CommonOptions & { from: string; to: string }) => {
      const from = date(options.from, "--from");
      const to = date(options.to, "--to");
      const result = businessDaysBetween(from, to, calendarOf(options));
      print(
        options,
        { command: "calendar between", from, to, businessDays: result },
        () => `${countText(result, "business day")} from ${from} to ${to}`,
      );
    });
  calendarDiffCommand(calendar);
}
