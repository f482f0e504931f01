import type { Command } from "commander";
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import { evaluateContactDeadlines, webcmComplianceReport } from "../../api/operations/webcm.js";
import type { ContactDeadlines } from "../../webcm/contact-deadlines.js";
import { WebcmOptionsSchema } from "../../webcm/options-schema.js";
import { WebcmMemberHistorySchema } from "../../webcm/schemas.js";
import { type CalendarEntry, deadlineEntries } from "../../ics/icalendar.js";
import { parseInput } from "../../core/errors.js";
import { collectRecords } from "../collect.js";
import { asOfOf, calendarOf, type CommonOptions, detailOf, withCommonOptions } from "../context.js";
import { documentFormat, printDocument } from "../document.js";
import { optionsFile } from "../options-file.js";
import { renderTable } from "../output.js";
import { mappedReader, readColumnMap } from "../columns/mapped-csv.js";
import { recordsCommand } from "./records-command.js";

type WebcmCliOptions = CommonOptions & { options?: string; quarter?: string; mco?: string; columns?: string };
const COLUMNS_HELP = 'read a CSV export, one row per event, through a WebCM column map (docs/cli.md, "Column maps")';

/**
 * A member's deadlines as calendar events. An event synced to a phone is free text: it names
 * the member by the input line of its history and the MCO, never by the member ID, in its
 * summary, description and UID alike (docs/privacy.md, "Calendars").
 */
function memberEntries(r: ContactDeadlines, line: number): CalendarEntry[] {
  return deadlineEntries(
    r.deadlines.map((d) => d.deadline),
    `WebCM member at line ${line} (${r.mco})`,
    ["webcm", r.mco, `line ${line}`],
  );
}

/** `webcm`: each member's contact deadlines; `webcm report`: an MCO's quarterly compliance report. */
export function webcmCommand(program: Command, setExit: (code: number) => void): void {
  const webcm = program.command("webcm").description("WebCM care-coordinator contacts (WEBCM-*)");
  recordsCommand(
    webcm,
    {
      name: "deadlines",
      description: "each member history's 15-day contact deadlines, met / late / open / missed",
      extraOptions: (c) =>
        c
          .option("--options <file>", 'open-point options as JSON, e.g. {"unstatedRoll":"forward"}')
          .option("--columns <map.yaml>", COLUMNS_HELP),
      prepare: (options) => optionsFile(options.options as string | undefined, WebcmOptionsSchema),
      reader: (options, file) =>
        options.columns === undefined
          ? undefined
          : mappedReader(readColumnMap(options.columns as string, "webcm"), file),
      evaluate: (value, { asOf, calendar, detail, options }) =>
        evaluateContactDeadlines(value as never, {
          asOf,
          calendar,
          detail,
          options: optionsFile(options.options as string | undefined, WebcmOptionsSchema),
          ...rulesSettingOf(options),
        }),
      ics: { name: "WebCM contact deadlines", entries: (r, { line }) => memberEntries(r, line) },
      columns: [
        ["Member", (r) => r.member],
        ["MCO", (r) => r.mco],
        ["Deadlines", (r) => r.deadlines.map((d) => `${d.deadline.dueDate} ${d.deadline.status}`).join(", ")],
        ["Findings", (r) => String(r.findings.length)],
      ],
    },
    setExit,
  );
  withCommonOptions(
    webcm
      .command("report")
      .description("an MCO's quarterly compliance report (WEBCM-COMPLIANCE-REPORT) from member histories")
      .argument("[file]", "member histories (default: standard input)"),
  )
    .requiredOption("--quarter <quarter>", "calendar quarter, e.g. 2024-Q3")
    .requiredOption("--mco <mco>", "the MCO reported on")
    .option("--options <file>", "open-point options as JSON")
    .option("--rules <file>", RULES_HELP)
    .option("--columns <map.yaml>", COLUMNS_HELP)
    .action(async (file: string | undefined, options: WebcmCliOptions) => {
      documentFormat(options.format);
      const asOf = asOfOf(options);
      const settings = {
        asOf,
        calendar: calendarOf(options),
        detail: detailOf(options),
        options: optionsFile(options.options, WebcmOptionsSchema),
        ...rulesSettingOf(options),
      };
      const reader =
        options.columns === undefined ? undefined : mappedReader(readColumnMap(options.columns, "webcm"), file);
      const read = await collectRecords(
        file,
        options.inputFormat,
        (v, line) => ({ line, history: parseInput(WebcmMemberHistorySchema, v, "WEBCM-COMPLIANCE-REPORT") }),
        reader,
      );
      const { errors, records } = read;
      const values = read.values.map((v) => v.history);
      const report = webcmComplianceReport(
        { mco: options.mco ?? "", quarter: options.quarter ?? "", members: values },
        settings,
      );
      printDocument({
        format: options.format,
        data: { command: "webcm report", asOf, records, report },
        errors,
        table: () =>
          `WebCM compliance ${report.mco} ${report.quarter} as of ${asOf}: rate ` +
          `${report.complianceRate === null ? "n/a" : `${(report.complianceRate * 100).toFixed(1)}%`} ` +
          `(due ${report.counts.due}, met ${report.counts.met}, late ${report.counts.late}, missed ` +
          `${report.counts.missed}, open ${report.counts.open})\n` +
          renderTable(
            ["Member", "Rule", "Due", "Status", "Days late"],
            report.lateOrMissed.map((r) => [r.member, r.ruleId, r.dueDate, r.status, String(r.daysLate)]),
          ),
        ics: {
          name: `WebCM ${report.mco} ${report.quarter}`,
          asOf,
          entries: () =>
            read.values.flatMap(({ line, history }) =>
              memberEntries(evaluateContactDeadlines(history, settings), line),
            ),
        },
      });
      setExit(errors.length > 0 ? 1 : 0);
    });
}
