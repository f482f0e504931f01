// The `hfs-mco-rules` command. The only place in the package that reads the clock: `--as-of`
// defaults to today in America/Chicago. Exit codes: 0 all good, 1 some records invalid (or a
// rule-table mismatch), 2 usage error.
import { Command, CommanderError } from "commander";
import { calendarCommand } from "./commands/calendar.js";
import { checkCommand } from "./commands/check.js";
import { rulesCommand } from "./commands/rules.js";
import { sanctionsCommand } from "./commands/sanctions.js";
import { spenddownCommand } from "./commands/spenddown.js";
import { ticketCommand } from "./commands/ticket.js";
import { webcmCommand } from "./commands/webcm.js";
import { UsageError } from "./context.js";

let exitCode = 0;
const setExit = (code: number) => {
  exitCode = Math.max(exitCode, code);
};

const program = new Command("hfs-mco-rules")
  .description("Illinois Medicaid managed-care compliance rules: deadlines, statuses, fines and report dates")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

ticketCommand(program, setExit);
calendarCommand(program);
rulesCommand(program);
checkCommand(program, setExit);
sanctionsCommand(program, setExit);
webcmCommand(program, setExit);
spenddownCommand(program, setExit);

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    process.stderr.write(`hfs-mco-rules: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
