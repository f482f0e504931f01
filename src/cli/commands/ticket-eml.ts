// `ticket FILE --format eml --out DIR`: the fine e-mail of every fined ticket (PORTAL-FINE-NOTICE)
// as one .eml file each, for a mail system to send (src/mail/fine-message.ts renders them). The
// files are named by ticket number; standard output lists the files written, one per line.
import { rulesSettingOf } from "../rules-file.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { checkedTicketEvaluator } from "../../api/operations/portal-evaluator.js";
import type { Fine } from "../../core/types.js";
import { fineMessageName, fineNoticeMessage } from "../../mail/fine-message.js";
import type { FineNotice } from "../../portal/fine-notice.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import type { TicketEvaluation } from "../../portal/evaluate-ticket.js";
import { type CommonOptions, UsageError } from "../context.js";
import { optionsFile } from "../options-file.js";
import type { DocumentFormat, RecordContext } from "./records-command.js";

type Options = CommonOptions & Record<string, unknown>;
type Fined = { readonly fine: Fine; readonly notice: FineNotice } | null;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The options of `--format eml`. */
export function emlOptions(command: Command): Command {
  return command
    .option("--out <dir>", "with --format eml: the folder the .eml files are written to (created if missing)")
    .option("--mail-from <mailbox>", 'with --format eml: the From mailbox, e.g. "HFS Portal <portal@hfs.example>"')
    .option("--mail-to <mailbox>", "with --format eml: a To mailbox (repeat for more)", collect);
}

/** `--format eml` needs `--out`; checked before any record is read. */
export function checkEmlOptions(options: Options): void {
  if (options.format === "eml" && typeof options.out !== "string")
    throw new UsageError("--format eml writes one file per fine: give the folder with --out <dir>");
}

/** A name not yet taken: `T-1`, then `T-1-2`, `T-1-3`, … (two tickets may share a file-safe name). */
function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

// One evaluator per run of the command (its cache shared by the records), as `ticket` holds one.
const evaluators = new WeakMap<RecordContext, (ticket: unknown) => TicketEvaluation>();
function evaluatorOf(context: RecordContext): (ticket: unknown) => TicketEvaluation {
  let evaluate = evaluators.get(context);
  if (evaluate === undefined) {
    const options = optionsFile(context.options.options as string | undefined, PortalOptionsSchema);
    evaluate = checkedTicketEvaluator(
      { asOf: context.asOf, calendar: context.calendar, options, ...rulesSettingOf(context.options) },
      "evaluateTicket",
    );
    evaluators.set(context, evaluate);
  }
  return evaluate;
}

export const EML_DOCUMENT: DocumentFormat = {
  evaluate: (value, context): Fined => {
    const result = evaluatorOf(context)(value);
    return result.fine !== null && result.fineNotice !== null ? { fine: result.fine, notice: result.fineNotice } : null;
  },
  render: (results, context) => {
    const dir = context.options.out as string;
    const settings = {
      ...(typeof context.options.mailFrom === "string" ? { from: context.options.mailFrom } : {}),
      ...(Array.isArray(context.options.mailTo) ? { to: context.options.mailTo as string[] } : {}),
    };
    // Every message is rendered (and its mailboxes checked) before any file is written.
    const taken = new Set<string>();
    const files = (results as Fined[])
      .filter((r): r is NonNullable<Fined> => r !== null)
      .map((r) => ({
        name: `fine-notice-${freshName(fineMessageName(r.fine.ticketNumber), taken)}.eml`,
        text: fineNoticeMessage(r.fine, r.notice, settings),
      }));
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    return files.map((f) => `${join(dir, f.name)}\n`).join("");
  },
};
