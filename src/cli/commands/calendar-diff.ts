import type { Command } from "commander";
import type { ClosureDifference } from "../../calendar/calendar-diff.js";
import { calendarDiffRun as calendarDiff } from "../../api/operations/calendar-runs.js";
import { holidaySourceShort } from "../../calendar/holiday-sources.js";
import { calendarFlag } from "../calendar-flag.js";
import { calendarOf, type CommonOptions, dateFlag, outputFormatOf, UsageError, withCommonOptions } from "../context.js";
import { renderTable } from "../output.js";
import { countText } from "../../core/describe-value.js";

type DiffOptions = CommonOptions & { against?: string; from: string; to: string };

const row = (change: string, c: ClosureDifference) => [
  change,
  c.date,
  c.weekday,
  c.name,
  c.provenance ?? "-",
  c.source === null ? "-" : holidaySourceShort(c.source),
];

/** `calendar diff`: the days closed in one calendar and open in the other (CAL-BUSINESS-DAY). */
export function calendarDiffCommand(calendar: Command): void {
  withCommonOptions(
    calendar.command("diff").description("the days closed in --calendar and open in --against, or the other way round"),
  )
    .option("--against <file|json>", "the calendar to compare with (default: the Illinois State Holidays)")
    .requiredOption("--from <date>", "first day compared, YYYY-MM-DD")
    .requiredOption("--to <date>", "last day compared, YYYY-MM-DD")
    .action((options: DiffOptions) => {
      const from = dateFlag(options.from, "--from");
      const to = dateFlag(options.to, "--to");
      if (to < from) throw new UsageError("--to must be on or after --from");
      const format = outputFormatOf(options);
      const diff = calendarDiff(calendarFlag("--against", options.against), calendarOf(options), { from, to });
      if (format !== "table") {
        process.stdout.write(
          `${JSON.stringify({ command: "calendar diff", ...diff }, null, format === "json" ? 2 : 0)}\n`,
        );
        return;
      }
      const rows = [...diff.added.map((c) => row("closed", c)), ...diff.removed.map((c) => row("opened", c))].sort(
        (a, b) => (a[1] ?? "").localeCompare(b[1] ?? ""),
      );
      const title =
        `${diff.after.name} (version ${diff.after.version}) against ${diff.before.name} (version ` +
        `${diff.before.version}), ${from} to ${to}`;
      const summary = `${countText(diff.added.length, "day")} closed, ${countText(diff.removed.length, "day")} opened`;
      process.stdout.write(
        `${title}\n${renderTable(["Change", "Date", "Day", "Name", "Provenance", "Source"], rows)}\n${summary}\n`,
      );
    });
}
