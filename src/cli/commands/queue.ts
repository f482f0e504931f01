// `queue`: one work queue over tickets, WebCM member histories and spenddown provider quarters,
// each evaluated as of --as-of (workQueue): the open and missed deadlines due within N business
// days, sorted by due date.
import { RULES_HELP, rulesSettingOf } from "../rules-file.js";
import type { Command } from "commander";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import type { IsoDate } from "../../core/iso-date.js";
import { checkedTicketEvaluator } from "../../api/operations/portal-evaluator.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import type { WorkQueueOptions } from "../../queue/options.js";
import { workQueueBuilder } from "../../api/operations/queue.js";
import { evaluateProviderQuarter } from "../../api/operations/spenddown.js";
import { evaluateContactDeadlines } from "../../api/operations/webcm.js";
import { eachRecord } from "../collect.js";
import type { ColumnMapKind } from "../columns/inputs-from-rows.js";
import { asOfOf, calendarOf, type CommonOptions, detailOf, UsageError, withCommonOptions } from "../context.js";
import { optionsFile } from "../options-file.js";
import { mappedReader, readColumnMaps } from "../columns/mapped-csv.js";
import type { RecordError } from "../output.js";
import { printQueue } from "./queue-output.js";

type QueueCliOptions = CommonOptions & {
  within?: string;
  withinDays?: string;
  party?: string[];
  webcm?: string[];
  spenddown?: string[];
  ticketOptions?: string;
  columns?: string[];
};

const FORMATS = ["table", "csv", "json", "ndjson", "ics"] as const;
const collect = (value: string, previous: string[] = []) => [...previous, value];

function countFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value))
    throw new UsageError(`${flag} must be a whole number of days, got ${JSON.stringify(value.slice(0, 40))}`);
  return Number(value);
}

function queueOptions(options: QueueCliOptions): WorkQueueOptions {
  const withinBusinessDays = countFlag(options.within, "--within");
  const withinCalendarDays = countFlag(options.withinDays, "--within-days");
  const parties = options.party?.flatMap((p) => p.split(",").map((x) => x.trim()));
  return {
    ...(withinBusinessDays === undefined ? {} : { withinBusinessDays }),
    ...(withinCalendarDays === undefined ? {} : { withinCalendarDays }),
    ...(parties ? { parties: parties as never } : {}),
  };
}

/**
 * Every input evaluated as of `asOf`, each result handed to `keep` as it comes (tickets: files, or
 * stdin without any input; then WebCM, then spenddown): nothing of a result is kept here.
 */
async function evaluateInputs(
  files: readonly string[],
  options: QueueCliOptions,
  { asOf, calendar }: { asOf: IsoDate; calendar: BusinessCalendar },
  keep: (result: unknown) => void,
) {
  const errors: RecordError[] = [];
  const count = { records: 0, invalid: 0 };
  const ticketOptions = optionsFile(options.ticketOptions, PortalOptionsSchema);
  // Each --columns map reads the inputs of its kind: tickets, --webcm or --spenddown files.
  const maps = readColumnMaps(options.columns);
  const read = async (path: string | undefined, evaluate: (v: unknown) => unknown, kind: ColumnMapKind) => {
    const reader = mappedReader(maps.get(kind), path);
    const r = await eachRecord(path, path === undefined ? options.inputFormat : undefined, evaluate, keep, reader);
    // One push per error: a spread of 130,000 arguments overflows the call stack.
    for (const error of r.errors) errors.push(error);
    count.records += r.records;
    count.invalid += r.invalid;
  };
  const others = (options.webcm?.length ?? 0) + (options.spenddown?.length ?? 0);
  const ticketFiles: (string | undefined)[] = files.length === 0 && others === 0 ? [undefined] : [...files];
  const detail = detailOf(options);
  // One evaluator for every ticket file, made with the first ticket (a bad option is each ticket's error, as before).
  let evaluateTicket: ((ticket: unknown) => unknown) | undefined;
  const rules = rulesSettingOf(options);
  const settings = { asOf, calendar, detail, options: ticketOptions, ...rules };
  for (const f of ticketFiles)
    await read(
      f,
      (v) => {
        evaluateTicket ??= checkedTicketEvaluator(settings, "evaluateTicket");
        return evaluateTicket(v);
      },
      "tickets",
    );
  for (const f of options.webcm ?? [])
    await read(f, (v) => evaluateContactDeadlines(v as never, { asOf, calendar, detail, ...rules }), "webcm");
  for (const f of options.spenddown ?? [])
    await read(f, (v) => evaluateProviderQuarter(v as never, { asOf, calendar, detail, ...rules }), "spenddown");
  return { errors, count };
}

/** Registers `queue [files...]`. */
export function queueCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("queue")
      .description(
        "one work queue: the open and missed deadlines of tickets, WebCM members and spenddown quarters, by due date",
      )
      .argument("[files...]", "ticket files (default: standard input, unless --webcm or --spenddown)"),
  )
    .option("--rules <file>", RULES_HELP)
    .option("--within <n>", "only deadlines due within N business days of --as-of (missed ones always)")
    .option("--within-days <n>", "only deadlines due within N calendar days of --as-of")
    .option(
      "--party <party>",
      "only this party's deadlines (repeatable or comma-separated): MCO, HFS Portal Team, provider, HFS, HSP, " +
        "Williams provider",
      collect,
    )
    .option("--webcm <file>", "WebCM member histories (repeatable)", collect)
    .option("--spenddown <file>", "spenddown provider quarters (repeatable)", collect)
    .option("--ticket-options <file>", "the portal's open-point options, as JSON")
    .option(
      "--columns <map.yaml>",
      "a column map (repeatable, one per kind): read the tickets, --webcm or --spenddown CSV exports through it " +
        '(docs/cli.md, "Column maps")',
      collect,
    )
    .action(async (files: string[], options: QueueCliOptions) => {
      const format = options.format ?? "table";
      if (!(FORMATS as readonly string[]).includes(format))
        throw new UsageError(
          `--format must be table, csv, json, ndjson or ics, got ${JSON.stringify(format.slice(0, 40))}`,
        );
      const asOf = asOfOf(options);
      const calendar = calendarOf(options);
      const settings = { asOf, calendar, options: queueOptions(options) };
      // A bad option is a usage error before any input is read. Each result is added as it is
      // evaluated and only its queue items are kept, so the memory grows with the queue, not the input.
      const builder = workQueueBuilder(settings);
      const { errors, count } = await evaluateInputs(files, options, { asOf, calendar }, builder.add);
      const queue = builder.finish();
      await printQueue(format, queue, { asOf, calendar: calendar.name, options: queue.options }, errors);
      // Records, not errors: one record may have several (each on its own line above).
      if (count.invalid > 0) process.stderr.write(`${count.invalid} of ${count.records} record(s) invalid\n`);
      setExit(errors.length > 0 ? 1 : 0);
    });
}
