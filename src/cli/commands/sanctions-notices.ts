// `sanctions notices`: the Portal Sanction Payment Notices of a set of fines, given directly
// (a fines file or stdin) or taken from tickets (`--from-tickets`, each evaluated as of
// --as-of: finesOf), with the notices HFS already issued (`--issued`, `--notice-issued`).
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import type { TicketEvaluation } from "../../portal/evaluate-ticket.js";
import type { Command } from "commander";
import * as z from "zod/mini";
import { parseInput } from "../../core/errors.js";
import type { Fine } from "../../core/types.js";
import type { Finding } from "../../findings/catalogue.js";
import { explanationEntry } from "../../ics/icalendar.js";
import { checkedTicketEvaluator } from "../../api/operations/portal-evaluator.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import { FineSchema } from "../../sanctions/fine-schema.js";
import { evaluateSanctionNotices, finesOf } from "../../api/operations/sanctions.js";
import { type IssuedNotice, IssuedNoticeSchema } from "../../sanctions/notices-schema.js";
import { SanctionOptionsSchema } from "../../sanctions/options-schema.js";
import { collectRecords } from "../collect.js";
import {
  asOfOf,
  calendarOf,
  type CommonOptions,
  detailOf,
  dateFlag,
  UsageError,
  withCommonOptions,
} from "../context.js";
import { documentFormat, printDocument } from "../document.js";
import { jsonOption } from "../json-option.js";
import { optionsFile } from "../options-file.js";
import { mappedReader, readColumnMap } from "../columns/mapped-csv.js";
import type { RecordError } from "../output.js";
import { renderTable } from "../output.js";
import { printNoticePage, readPaymentDetails } from "./sanction-notice-page.js";
import { requireChromium } from "./sanction-notice-pdf.js";
import type { PaymentDetails } from "../../sanction-notice/index.js";
import type { SanctionNoticesAsOf } from "../../sanctions/notices-as-of.js";
import type { IsoDate } from "../../core/iso-date.js";

type NoticesCliOptions = CommonOptions & {
  options?: string;
  fromTickets?: string;
  ticketOptions?: string;
  issued?: string;
  noticeIssued?: string[];
  columns?: string;
  paymentDetails?: string;
  pdf?: string;
};

/** `--notice-issued "MCO,YYYY-Qn,YYYY-MM-DD"`: one notice HFS issued. */
export function noticeIssuedFlag(value: string): IssuedNotice {
  const match = /^(.+),\s*(\d{4})-Q([1-4]),\s*(\S+)$/.exec(value);
  if (!match)
    throw new UsageError(`--notice-issued must be "MCO,YYYY-Qn,YYYY-MM-DD", e.g. "Acme Health,2024-Q1,2024-04-20"`);
  const [, mco = "", year = "", quarter = "", on = ""] = match;
  return { mco: mco.trim(), year: Number(year), quarter: Number(quarter), issuedOn: dateFlag(on, "--notice-issued") };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The issued notices of `--issued` (a JSON file or inline JSON array) and `--notice-issued`. */
function issuedOf(options: NoticesCliOptions): IssuedNotice[] {
  const fromFile =
    options.issued === undefined ? [] : jsonOption("--issued", options.issued, z.array(IssuedNoticeSchema));
  return [...fromFile, ...(options.noticeIssued ?? []).map(noticeIssuedFlag)];
}

/** The fines: from the fines file (or stdin when no `--from-tickets`), and from the tickets. */
async function finesOfInput(
  file: string | undefined,
  options: NoticesCliOptions,
): Promise<{ fines: Fine[]; errors: RecordError[]; records: number; tickets?: number }> {
  const asOf = asOfOf(options);
  const calendar = calendarOf(options);
  const direct =
    file !== undefined || options.fromTickets === undefined
      ? await collectRecords(file, options.inputFormat, (v) => parseInput(FineSchema, v, "PORTAL-FINE") as Fine)
      : { values: [], errors: [], records: 0 };
  if (options.fromTickets === undefined)
    return { fines: direct.values, errors: direct.errors, records: direct.records };
  const ticketOptions = optionsFile(options.ticketOptions, PortalOptionsSchema);
  // The tickets file's format is guessed from its name (--input-format is the fines file's).
  const reader =
    options.columns === undefined
      ? undefined
      : mappedReader(readColumnMap(options.columns, "tickets"), options.fromTickets);
  // One evaluator for the tickets, made with the first (a bad option is each ticket's error, as before).
  let evaluateTicket: ((ticket: unknown) => TicketEvaluation) | undefined;
  const settings = { asOf, calendar, options: ticketOptions, ...rulesSettingOf(options) };
  const tickets = await collectRecords(
    options.fromTickets,
    undefined,
    (v) => {
      evaluateTicket ??= checkedTicketEvaluator(settings, "evaluateTicket");
      return evaluateTicket(v);
    },
    reader,
  );
  return {
    fines: [...direct.values, ...finesOf(tickets.values)],
    errors: [...direct.errors, ...tickets.errors],
    records: direct.records,
    tickets: tickets.records,
  };
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Findings: none";
  return `Findings\n${renderTable(
    ["Rule", "Code", "Severity", "Party", "Message"],
    findings.map((f) => [f.ruleId, f.code ?? "-", f.severity, f.party, f.message]),
  )}`;
}

/** The html page's options, checked before any input is read: for `--format html` only. */
function htmlOptions(options: NoticesCliOptions): PaymentDetails | undefined {
  const html = options.format === "html";
  if (!html) documentFormat(options.format);
  for (const [flag, value] of [
    ["--payment-details", options.paymentDetails],
    ["--pdf", options.pdf],
  ] as const)
    if (!html && value !== undefined) throw new UsageError(`${flag} is for --format html (the notice page)`);
  const paymentDetails = readPaymentDetails(options.paymentDetails);
  if (options.pdf !== undefined) requireChromium();
  return paymentDetails;
}

/** The notices as JSON, NDJSON, a table or a calendar. */
function printNotices(
  result: SanctionNoticesAsOf,
  run: { format: string | undefined; asOf: IsoDate; records: number; tickets?: number; errors: RecordError[] },
): void {
  const { asOf, records, tickets, errors } = run;
  printDocument({
    format: run.format,
    data: { command: "sanctions notices", records, ...(tickets === undefined ? {} : { tickets }), ...result },
    errors,
    table: () =>
      `Portal Sanction Payment Notices as of ${asOf}\n` +
      renderTable(
        ["MCO", "Period", "Fines", "Total", "Notice due", "State", "Issued"],
        result.notices.map((n) => [
          n.notice.mco,
          n.notice.period.id,
          String(n.notice.count),
          n.notice.total,
          n.notice.noticeDueDate,
          n.state,
          n.deadline.metOn ?? "-",
        ]),
      ) +
      `\n\n${findingsTable(result.findings)}`,
    ics: {
      name: "Portal Sanction Payment Notices",
      asOf,
      entries: () =>
        result.notices.map((n) =>
          explanationEntry(
            n.notice.explanation,
            `Sanction notice to ${n.notice.mco} due (${n.notice.period.id}, ${n.notice.total})`,
            ["sanction-notice", n.notice.period.id, n.notice.mco],
          ),
        ),
    },
  });
}

/** Registers `sanctions notices` on the `sanctions` command. */
export function sanctionNoticesCommand(sanctions: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    sanctions
      .command("notices")
      .description("one notice per MCO and period with fines, and which are due or late as of --as-of")
      .argument("[file]", "fines (default: standard input, unless --from-tickets)"),
  )
    .option("--rules <file>", RULES_HELP)
    .option("--options <file>", 'open-point options as JSON, e.g. {"fineDateBasis":"overdue"}')
    .option(
      "--from-tickets <file>",
      "take the fines from these tickets (JSON, NDJSON or CSV), each evaluated as of --as-of",
    )
    .option("--ticket-options <file>", "the portal's open-point options for --from-tickets, as JSON")
    .option(
      "--columns <map.yaml>",
      'read the --from-tickets file as a flat CSV export through a ticket column map (docs/cli.md, "Column maps")',
    )
    .option("--issued <file|json>", "the notices HFS already issued: a JSON array of {mco, year, quarter, issuedOn}")
    .option(
      "--notice-issued <mco,YYYY-Qn,date>",
      'one notice HFS issued (repeatable), e.g. "Acme Health,2024-Q1,2024-04-20"',
      collect,
    )
    .option(
      "--payment-details <file>",
      "for --format html: the HFS Bureau and address payments go to, as JSON or YAML {bureau, address: [lines]}",
    )
    .option("--pdf <file>", "for --format html: print the page to this PDF file with headless Chromium")
    .action(async (file: string | undefined, options: NoticesCliOptions) => {
      const html = options.format === "html";
      const paymentDetails = htmlOptions(options);
      const asOf = asOfOf(options);
      const settings = {
        asOf,
        calendar: calendarOf(options),
        detail: detailOf(options),
        options: optionsFile(options.options, SanctionOptionsSchema),
        ...rulesSettingOf(options),
      };
      const issued = issuedOf(options);
      const { fines, errors, records, tickets } = await finesOfInput(file, options);
      const result = evaluateSanctionNotices({ fines, issued }, settings);
      if (html) {
        const page = { asOf, paymentDueDate: settings.options.paymentDueDate, paymentDetails, pdf: options.pdf };
        printNoticePage(result, page);
        // A fine that could not be read is already on standard error (collectRecords): exit 1.
        setExit(errors.length > 0 ? 1 : 0);
        return;
      }
      printNotices(result, { format: options.format, asOf, records, tickets, errors });
      setExit(errors.length > 0 ? 1 : 0);
    });
}
