import type { Command } from "commander";
import { rulesSettingOf } from "../rules-file.js";
import { deadlineEntries } from "../../ics/icalendar.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import { checkedTicketEvaluator } from "../../api/operations/portal-evaluator.js";
import type { TicketEvaluation } from "../../portal/evaluate-ticket.js";
import { formatCents } from "../../core/money.js";
import { optionsFile } from "../options-file.js";
import type { Columns } from "../output.js";
import { mappedReader, readColumnMap } from "../columns/mapped-csv.js";
import { type RecordContext, recordsCommand } from "./records-command.js";
import { checkEmlOptions, emlOptions } from "./ticket-eml.js";
import {
  evaluateView,
  type TicketRow,
  ticketView,
  ticketViewOptions,
  TICKET_DOCUMENTS,
  viewColumns,
  viewHeader,
} from "./ticket-views.js";

const OPTIONS_HELP = 'open-point options as JSON, e.g. {"submissionWindowStart":"submitted-to-mco"}';

/** `ticket [file]`: evaluate Provider Resolution Portal tickets (PORTAL-*). */
export function ticketCommand(program: Command, setExit: (code: number) => void): void {
  let stream: { readonly context: RecordContext; readonly evaluate: (ticket: unknown) => TicketEvaluation } | undefined;
  recordsCommand<TicketRow>(
    program,
    {
      name: "ticket",
      description:
        "evaluate Provider Resolution Portal tickets: status, deadlines, findings, overdue, fine (PORTAL-*); " +
        "--format ics for their deadlines, --format html for their timelines, --format eml --out DIR for the fine " +
        "e-mails",
      extraOptions: (c) =>
        ticketViewOptions(
          emlOptions(c)
            .option("--options <file>", OPTIONS_HELP)
            .option(
              "--columns <map.yaml>",
              'read a flat CSV export through a column map (docs/cli.md, "Reading a portal export")',
            ),
        ),
      reader: (options, file) =>
        options.columns === undefined
          ? undefined
          : mappedReader(readColumnMap(options.columns as string, "tickets"), file),
      prepare: (options) => {
        ticketView(options);
        checkEmlOptions(options);
        optionsFile(options.options as string | undefined, PortalOptionsSchema);
      },
      evaluate: (value, context) => {
        const options = optionsFile(context.options.options as string | undefined, PortalOptionsSchema);
        return evaluateView(value, context, options, () => {
          // One evaluator for the stream, its cache shared by the records; made with the first
          // record (a bad option is that record's error, and the next record's, as before).
          if (stream?.context !== context) {
            const settings = {
              asOf: context.asOf,
              calendar: context.calendar,
              detail: context.detail,
              options,
              ...rulesSettingOf(context.options),
            };
            stream = { context, evaluate: checkedTicketEvaluator(settings, "evaluateTicket") };
          }
          return stream.evaluate(value);
        });
      },
      ics: {
        name: "Provider Resolution Portal deadlines",
        entries: (r) =>
          "deadlines" in r
            ? deadlineEntries(r.deadlines, `Ticket ${r.ticketNumber} (${r.mco})`, ["ticket", r.ticketNumber])
            : [],
      },
      columns: (options) => viewColumns(options, EVALUATION_COLUMNS),
      header: viewHeader,
      documents: TICKET_DOCUMENTS,
    },
    setExit,
  );
}

const EVALUATION_COLUMNS: Columns<TicketEvaluation> = [
  ["Ticket", (r) => r.ticketNumber],
  ["MCO", (r) => r.mco],
  ["Status", (r) => (r.closure ? `${r.status} (${r.closure.reason})` : r.status)],
  ["Proposal due", (r) => r.proposalDueDate ?? "-"],
  ["Overdue", (r) => (r.overdue ? `since ${r.overdueSince}` : "no")],
  ["Fine", (r) => (r.fine ? formatCents(r.fine.amountCents) : "-")],
  ["Findings", (r) => String(r.findings.length)],
];
