import { explanationText } from "../../calendar/explain.js";
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import type { Command } from "commander";
import { deadlineEntries, explanationEntry } from "../../ics/icalendar.js";
import { SpenddownOptionsSchema } from "../../spenddown/options-schema.js";
import { evaluateProviderQuarter, spenddownReportCalendar } from "../../api/operations/spenddown.js";
import { asOfOf, calendarOf, type CommonOptions, detailOf, UsageError, withCommonOptions } from "../context.js";
import { printDocument } from "../document.js";
import { optionsFile } from "../options-file.js";
import { renderTable } from "../output.js";
import { recordsCommand } from "./records-command.js";
import { mappedReader, readColumnMap } from "../columns/mapped-csv.js";

type SpenddownCliOptions = CommonOptions & { options?: string; fiscalYear?: string };

/** `spenddown quarter`: a provider's quarter; `spenddown calendar`: a fiscal year's report dates. */
export function spenddownCommand(program: Command, setExit: (code: number) => void): void {
  const spenddown = program.command("spenddown").description("Williams spenddown advance pay (SPENDDOWN-*)");
  recordsCommand(
    spenddown,
    {
      name: "quarter",
      description:
        "each provider quarter ({provider, fiscalYear, quarter, members, reportsSubmitted?}): member-months, " +
        "measures, standards, report deadlines",
      extraOptions: (c) =>
        c
          .option("--options <file>", 'open-point options as JSON, e.g. {"unstatedRoll":"forward"}')
          .option(
            "--columns <map.yaml>",
            'read a CSV export, one row per member-month, through a spenddown column map (docs/cli.md, "Column maps")',
          ),
      prepare: (options) => optionsFile(options.options as string | undefined, SpenddownOptionsSchema),
      reader: (options, file) =>
        options.columns === undefined
          ? undefined
          : mappedReader(readColumnMap(options.columns as string, "spenddown"), file),
      evaluate: (value, { asOf, calendar, detail, options }) => {
        const settings = {
          asOf,
          calendar,
          detail,
          options: optionsFile(options.options as string | undefined, SpenddownOptionsSchema),
          ...rulesSettingOf(options),
        };
        return evaluateProviderQuarter(value as never, settings);
      },
      ics: {
        name: "Williams spenddown report deadlines",
        entries: (r) =>
          deadlineEntries(r.reportDeadlines, `Spenddown ${r.provider}`, ["spenddown", r.provider, r.report.quarter.id]),
      },
      columns: [
        ["Provider", (r) => r.provider],
        ["Member-months", (r) => String(r.memberMonths.length)],
        [
          "Standards met",
          (r) => `${r.standards.standards.filter((s) => s.met).length}/${r.standards.standards.length}`,
        ],
        [
          "Reports",
          (r) => r.reportDeadlines.map((d) => `${d.name.split(" (")[0]} ${d.dueDate} ${d.status}`).join(", "),
        ],
        ["Findings", (r) => String(r.findings.length)],
      ],
    },
    setExit,
  );
  withCommonOptions(
    spenddown
      .command("calendar")
      .description("a state fiscal year's quarterly report due dates (SPENDDOWN-QUARTERLY-REPORTS)"),
  )
    .requiredOption("--fiscal-year <year>", "state fiscal year, e.g. 2025 (July 2024 - June 2025)")
    .option("--options <file>", "open-point options as JSON")
    .option("--rules <file>", RULES_HELP)
    .action((options: SpenddownCliOptions) => {
      if (!/^\d{4}$/.test(options.fiscalYear ?? ""))
        throw new UsageError(`--fiscal-year must be a year, got ${JSON.stringify(options.fiscalYear)}`);
      const calendar = spenddownReportCalendar(Number(options.fiscalYear), {
        calendar: calendarOf(options),
        detail: detailOf(options),
        options: optionsFile(options.options, SpenddownOptionsSchema),
        ...rulesSettingOf(options),
      });
      const asOf = asOfOf(options);
      const rows = calendar.quarters.flatMap((q) =>
        q.reports.map((r) => [q.quarter.id, r.report, r.dueDate, explanationText(r.explanation)]),
      );
      printDocument({
        format: options.format,
        data: { command: "spenddown calendar", asOf, calendar },
        table: () =>
          "Williams spenddown reports, state fiscal year " +
          `${calendar.fiscalYear}\n${renderTable(["Quarter", "Report", "Due", "Why"], rows)}`,
        ics: {
          name: `Williams spenddown reports SFY${calendar.fiscalYear}`,
          asOf,
          entries: () =>
            calendar.quarters.flatMap((q) =>
              q.reports.map((r) =>
                explanationEntry(r.explanation, `Spenddown ${r.report} report due (${q.quarter.id})`, [
                  "spenddown",
                  q.quarter.id,
                  r.report,
                ]),
              ),
            ),
        },
      });
    });
}
