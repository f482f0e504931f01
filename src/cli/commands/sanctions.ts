import { explanationText } from "../../calendar/explain.js";
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import type { Command } from "commander";
import { explanationEntry } from "../../ics/icalendar.js";
import { SanctionOptionsSchema } from "../../sanctions/options-schema.js";
import { sanctionCalendar } from "../../api/operations/sanctions.js";
import { asOfOf, calendarOf, type CommonOptions, detailOf, UsageError, withCommonOptions } from "../context.js";
import { printDocument } from "../document.js";
import { optionsFile } from "../options-file.js";
import { renderTable } from "../output.js";
import { sanctionNoticesCommand } from "./sanctions-notices.js";

type SanctionsCliOptions = CommonOptions & { options?: string; year?: string };

/** `sanctions calendar`: a year's periods and notice deadlines; `sanctions notices`: notices from fines. */
export function sanctionsCommand(program: Command, setExit: (code: number) => void): void {
  const sanctions = program.command("sanctions").description("quarterly Portal Sanction Payment Notices (SANCTION-*)");
  withCommonOptions(
    sanctions
      .command("calendar")
      .description("a year's reporting periods and notice deadlines (use --format ics to subscribe)"),
  )
    .option("--year <year>", "calendar year (default: the year of --as-of)")
    .option("--options <file>", 'open-point options as JSON, e.g. {"unstatedRoll":"backward"}')
    .option("--rules <file>", RULES_HELP)
    .action((options: SanctionsCliOptions) => {
      const asOf = asOfOf(options);
      const year = options.year ?? asOf.slice(0, 4);
      if (!/^\d{4}$/.test(year)) throw new UsageError(`--year must be a year, got ${JSON.stringify(year)}`);
      const calendar = sanctionCalendar(Number(year), {
        calendar: calendarOf(options),
        detail: detailOf(options),
        options: optionsFile(options.options, SanctionOptionsSchema),
        ...rulesSettingOf(options),
      });
      printDocument({
        format: options.format,
        data: { command: "sanctions calendar", asOf, calendar },
        table: () =>
          `Portal Sanction Payment Notice calendar ${calendar.year}\n` +
          renderTable(
            ["Period", "Months", "Notice due", "Why"],
            calendar.periods.map((p) => [
              p.period.id,
              `${p.period.firstDay}..${p.period.lastDay}`,
              p.noticeDueDate,
              explanationText(p.explanation),
            ]),
          ),
        ics: {
          name: `Portal Sanction Payment Notices ${calendar.year}`,
          asOf,
          entries: () =>
            calendar.periods.map((p) =>
              explanationEntry(p.explanation, `Portal Sanction Payment Notices due (${p.period.id})`, [
                "sanction-notice",
                p.period.id,
              ]),
            ),
        },
      });
    });
  sanctionNoticesCommand(sanctions, setExit);
}
