import type { Command } from "commander";
import { deadlineEntries } from "../../ics/icalendar.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import { evaluateTicket, type TicketEvaluation } from "../../portal/evaluate-ticket.js";
import type { TicketInput } from "../../portal/schemas.js";
import { formatCents } from "../../core/money.js";
import { optionsFile } from "../options-file.js";
import { recordsCommand } from "./records-command.js";

const OPTIONS_HELP = 'open-point options as JSON, e.g. {"submissionWindowStart":"submitted-to-mco"}';

/** `ticket [file]`: evaluate Provider Resolution Portal tickets (PORTAL-*). */
export function ticketCommand(program: Command, setExit: (code: number) => void): void {
  recordsCommand<TicketEvaluation>(
    program,
    {
      name: "ticket",
      description: "evaluate Provider Resolution Portal tickets: status, deadlines, findings, overdue, fine (PORTAL-*); --format ics for their deadlines",
      extraOptions: (c) => c.option("--options <file>", OPTIONS_HELP),
      prepare: (options) => optionsFile(options.options as string | undefined, PortalOptionsSchema),
      evaluate: (value, { asOf, calendar, options }) =>
        // JSON from the input file: validated at run time by evaluateTicket itself.
        evaluateTicket(value as TicketInput, { asOf, calendar, options: optionsFile(options.options as string | undefined, PortalOptionsSchema) }),
      ics: {
        name: "Provider Resolution Portal deadlines",
        entries: (r) => deadlineEntries(r.deadlines, `Ticket ${r.ticketNumber} (${r.mco})`, ["ticket", r.ticketNumber]),
      },
      columns: [
        ["Ticket", (r) => r.ticketNumber],
        ["MCO", (r) => r.mco],
        ["Status", (r) => (r.closure ? `${r.status} (${r.closure.reason})` : r.status)],
        ["Proposal due", (r) => r.proposalDueDate ?? "-"],
        ["Overdue", (r) => (r.overdue ? `since ${r.overdueSince}` : "no")],
        ["Fine", (r) => (r.fine ? formatCents(r.fine.amountCents) : "-")],
        ["Findings", (r) => String(r.findings.length)],
      ],
    },
    setExit,
  );
}

