// The `hfs-mco-rules` command. The only place in the package that reads the clock: `--as-of`
// defaults to today in America/Chicago. Exit codes (docs/cli.md): 0 all good, 1 some records
// invalid (or a rule-table mismatch), 2 the command could not run as asked (usage, a file that
// cannot be read, the output closed early), 128 + the signal's number when stopped by SIGINT
// (130), SIGTERM (143) or SIGHUP (129). Whatever happens, one line on stderr and never a stack
// trace, nor a library's warning as it is (warnings.ts).
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { RuleInputError } from "../core/errors.js";
import { calendarCommand } from "./commands/calendar.js";
import { checkCommand } from "./commands/check.js";
import { queueCommand } from "./commands/queue.js";
import { impactCommand } from "./commands/impact.js";
import { serveCommand } from "./commands/serve.js";
import { statisticsCommand } from "./commands/statistics.js";
import { rulesCommand } from "./commands/rules.js";
import { sanctionsCommand } from "./commands/sanctions.js";
import { spenddownCommand } from "./commands/spenddown.js";
import { ticketCommand } from "./commands/ticket.js";
import { webcmCommand } from "./commands/webcm.js";
import { EXIT_USAGE, Interrupted, UsageError } from "./exit.js";
import { checkFormat } from "./help.js";
import { collectGarbageSooner } from "./heap.js";
import { handleInterrupts } from "./interrupt.js";
import { silenceProgress } from "./progress.js";
import { setRecordLimit } from "./record-limit.js";
import { quietWarnings } from "./warnings.js";

let exitCode = 0;
const setExit = (code: number) => {
  exitCode = Math.max(exitCode, code);
};

/** Writing failed (`| head` closed the pipe, a full disk): say so once and stop. */
function onOutputError(error: NodeJS.ErrnoException): void {
  const why =
    error.code === "EPIPE"
      ? "the output was closed before the end (e.g. by | head)"
      : `cannot write the output (${error.code ?? error.name})`;
  process.stderr.write(`hfs-mco-rules: ${why}; stopped\n`, () => process.exit(EXIT_USAGE));
}
process.stdout.on("error", onOutputError);
process.stderr.on("error", () => process.exit(EXIT_USAGE));
handleInterrupts();
quietWarnings();

const program = new Command("hfs-mco-rules")
  .description("Illinois Medicaid managed-care compliance rules: deadlines, statuses, fines and report dates")
  .version(packageJson.version, "-V, --version", "print the version and exit")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  // Before the command runs: its --format checked against its own formats (help.ts), and the
  // run's record limit from its own flag, and --quiet; a lean heap, but for the server (heap.ts).
  .hook("preAction", (_program, command) => {
    checkFormat(command);
    if (command.name() !== "serve") collectGarbageSooner();
    setRecordLimit(command.opts().maxRecordSize);
    if (command.opts().quiet === true) silenceProgress();
  });

ticketCommand(program, setExit);
calendarCommand(program);
rulesCommand(program);
checkCommand(program, setExit);
sanctionsCommand(program, setExit);
webcmCommand(program, setExit);
spenddownCommand(program, setExit);
queueCommand(program, setExit);
statisticsCommand(program, setExit);
impactCommand(program, setExit);
serveCommand(program);

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has printed its own one-line message (or the help, or the version).
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError || error instanceof Interrupted || error instanceof RuleInputError) {
    // A RuleInputError here comes from the flags (a --quarter, a --fiscal-year the rules do not
    // cover), not from a record: records are reported one by one. Its message carries no value.
    process.stderr.write(`hfs-mco-rules: ${error.message}\n`);
    process.exitCode = error instanceof Interrupted ? error.exitCode : EXIT_USAGE;
  } else {
    // A defect, not the user's mistake: its kind and message, cut short, never a stack trace.
    const message =
      error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error).slice(0, 200);
    process.stderr.write(`hfs-mco-rules: internal error, please report it: ${message}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
