import type { Command } from "commander";
import { parseInput } from "../../core/errors.js";
import type { Fine } from "../../core/types.js";
import { explanationEntry } from "../../ics/icalendar.js";
import { FineSchema } from "../../sanctions/fine.js";
import { evaluateSanctionNotices } from "../../sanctions/notices-as-of.js";
import { SanctionOptionsSchema } from "../../sanctions/options.js";
import { sanctionCalendar } from "../../sanctions/sanction-calendar.js";
import { collectRecords } from "../collect.js";
import { asOfOf, calendarOf, type CommonOptions, UsageError, withCommonOptions } from "../context.js";
import { documentFormat, printDocument } from "../document.js";
import { optionsFile } from "../options-file.js";
import { renderTable } from "../output.js";

type SanctionsCliOptions = CommonOptions & { options?: string; year?: string };

/** `sanctions calendar`: a year's periods and notice deadlines; `sanctions notices`: notices from fines. */
export function sanctionsCommand(program: Command, setExit: (code: number) => void): void {
  const sanctions = program.command("sanctions").description("quarterly Portal Sanction Payment Notices (SANCTION-*)");
  withCommonOptions(sanctions.command("calendar").description("a year's reporting periods and notice deadlines (use --format ics to subscribe)"))
    .option("--year <year>", "calendar year (default: the year of --as-of)")
    .option("--options <file>", "open-point options as JSON, e.g. {\"unstatedRoll\":\"backward\"}")
    .action((options: SanctionsCliOptions) => {
      const asOf = asOfOf(options);
      const year = options.year ?? asOf.slice(0, 4);
      if (!/^\d{4}$/.test(year)) throw new UsageError(`--year must be a year, got ${JSON.stringify(year)}`);
      const calendar = sanctionCalendar(Number(year), { calendar: calendarOf(options), options: optionsFile(options.options, SanctionOptionsSchema) });
      printDocument({
        format: options.format,
        data: { command: "sanctions calendar", asOf, calendar },
        table: () =>
          `Portal Sanction Payment Notice calendar ${calendar.year}\n` +
          renderTable(["Period", "Months", "Notice due", "Why"], calendar.periods.map((p) => [p.period.id, `${p.period.firstDay}..${p.period.lastDay}`, p.noticeDueDate, p.explanation.text])),
        ics: {
          name: `Portal Sanction Payment Notices ${calendar.year}`,
          asOf,
          entries: () => calendar.periods.map((p) => explanationEntry(p.explanation, `Portal Sanction Payment Notices due (${p.period.id})`, ["sanction-notice", p.period.id])),
        },
      });
    });
  withCommonOptions(sanctions.command("notices").description("one notice per MCO and period with fines, and which are due or late as of --as-of").argument("[file]", "fines (default: standard input)"))
    .option("--options <file>", "open-point options as JSON, e.g. {\"fineDateBasis\":\"overdue\"}")
    .action(async (file: string | undefined, options: SanctionsCliOptions) => {
      documentFormat(options.format);
      const asOf = asOfOf(options);
      const settings = { asOf, calendar: calendarOf(options), options: optionsFile(options.options, SanctionOptionsSchema) };
      const { values, errors, records } = await collectRecords(file, options.inputFormat, (v) => parseInput(FineSchema, v, "PORTAL-FINE") as Fine);
      const result = evaluateSanctionNotices({ fines: values }, settings);
      printDocument({
        format: options.format,
        data: { command: "sanctions notices", records, ...result },
        errors,
        table: () =>
          `Portal Sanction Payment Notices as of ${asOf}\n` +
          renderTable(["MCO", "Period", "Fines", "Total", "Notice due", "State"], result.notices.map((n) => [n.notice.mco, n.notice.period.id, String(n.notice.count), n.notice.total, n.notice.noticeDueDate, n.state])),
        ics: {
          name: "Portal Sanction Payment Notices",
          asOf,
          entries: () => result.notices.map((n) => explanationEntry(n.notice.explanation, `Sanction notice to ${n.notice.mco} due (${n.notice.period.id}, ${n.notice.total})`, ["sanction-notice", n.notice.period.id, n.notice.mco])),
        },
      });
      setExit(errors.length > 0 ? 1 : 0);
    });
}
