// What each command's help says, from one list: its output formats and its real default, whether
// it reads records, one or two examples. The `--format` option's help text, its check (before the
// command runs, naming the command's own formats) and the test of every help page all come from
// COMMAND_HELP, so the help cannot drift from what the command does.
import type { Command } from "commander";
import { UsageError } from "./exit.js";

export interface CommandHelp {
  /** The output formats the command writes, its default first. */
  readonly formats: readonly [string, ...string[]];
  /** It reads records (a file or standard input): --input-format and --max-record-size apply. */
  readonly reads: boolean;
  readonly examples: readonly string[];
  /** The formats that write files into the folder given by `--out`, not to standard output. */
  readonly outFormats?: readonly string[];
}

const DOCUMENT = ["json", "ndjson", "table", "ics"] as const;
const PLAIN = ["json", "ndjson", "table"] as const;

/** Every command with a --format, by its path (`webcm deadlines`). */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  ticket: {
    formats: ["json", "ndjson", "table", "ics", "html", "eml"],
    reads: true,
    outFormats: ["eml"],
    examples: [
      "hfs-mco-rules ticket examples/data/tickets.json --as-of 2024-07-10 --format table",
      "hfs-mco-rules ticket examples/data/tickets.json --as-of 2024-12-31 --format eml --out fine-notices/",
      "hfs-mco-rules ticket examples/data/portal-export.csv --columns examples/data/portal-export.columns.yaml " +
        "--format ics > deadlines.ics",
    ],
  },
  "webcm deadlines": {
    formats: DOCUMENT,
    reads: true,
    examples: ["hfs-mco-rules webcm deadlines examples/data/webcm-members.ndjson --as-of 2024-04-15 --format table"],
  },
  "webcm report": {
    formats: DOCUMENT,
    reads: true,
    examples: [
      "hfs-mco-rules webcm report examples/data/webcm-members.ndjson --quarter 2024-Q1 --mco Meridian --format table",
    ],
  },
  "spenddown quarter": {
    formats: DOCUMENT,
    reads: true,
    examples: ["hfs-mco-rules spenddown quarter examples/data/spenddown-quarters.ndjson --format table"],
  },
  "spenddown calendar": {
    formats: DOCUMENT,
    reads: false,
    examples: ["hfs-mco-rules spenddown calendar --fiscal-year 2025 --format table"],
  },
  "sanctions calendar": {
    formats: DOCUMENT,
    reads: false,
    examples: ["hfs-mco-rules sanctions calendar --year 2024 --format ics > sanction-notices.ics"],
  },
  "sanctions notices": {
    formats: [...DOCUMENT, "html"],
    reads: true,
    examples: [
      "hfs-mco-rules sanctions notices examples/data/fines.csv --as-of 2024-07-10 --format table",
      "hfs-mco-rules sanctions notices --from-tickets examples/data/tickets.json --as-of 2024-12-31",
      "hfs-mco-rules sanctions notices examples/data/fines.csv --as-of 2024-07-10 --format html " +
        "--payment-details examples/data/payment-details.yaml > notices.html",
    ],
  },
  queue: {
    formats: ["table", "csv", "json", "ndjson", "ics"],
    reads: true,
    examples: [
      "hfs-mco-rules queue examples/data/tickets.json --webcm examples/data/webcm-members.ndjson --as-of 2024-03-01",
      "hfs-mco-rules queue examples/data/tickets.json --within 10 --format csv > queue.csv",
    ],
  },
  impact: {
    formats: ["table", "csv", "json", "html"],
    reads: true,
    examples: [
      "hfs-mco-rules impact examples/data/tickets.json examples/data/webcm-members.ndjson --as-of 2024-09-01 " +
        "--interpretations",
      "hfs-mco-rules impact examples/data/tickets.json --as-of 2024-09-01 " +
        "--options-after examples/data/options-after.json --format csv > changes.csv",
    ],
  },
  statistics: {
    formats: ["table", "csv", "json", "html"],
    reads: true,
    examples: [
      "hfs-mco-rules statistics examples/data/tickets.json --as-of 2024-12-31",
      "hfs-mco-rules statistics examples/data/tickets.json --by-quarter --format csv > statistics.csv",
      "hfs-mco-rules statistics examples/data/tickets.json --as-of 2024-12-31 --format html > statistics.html",
    ],
  },
  "calendar holidays": {
    formats: PLAIN,
    reads: false,
    examples: ["hfs-mco-rules calendar holidays --year 2025 --format table"],
  },
  "calendar add": { formats: PLAIN, reads: false, examples: ["hfs-mco-rules calendar add --date 2024-07-03 --n 10"] },
  "calendar between": {
    formats: PLAIN,
    reads: false,
    examples: ["hfs-mco-rules calendar between --from 2024-07-01 --to 2024-07-31"],
  },
  "calendar diff": {
    formats: PLAIN,
    reads: false,
    examples: [
      "hfs-mco-rules calendar diff --calendar test/fixtures/cli/closure-2024-07-05.json --from 2024-07-01 --to " +
        "2024-07-31 --format table",
    ],
  },
  rules: { formats: PLAIN, reads: false, examples: ["hfs-mco-rules rules --format table"] },
  check: {
    formats: ["text", "json", "junit"],
    reads: false,
    examples: [
      "hfs-mco-rules check test/rule-tables",
      "hfs-mco-rules check test/rule-tables --format junit > rules.xml",
    ],
  },
};

/** `a, b or c`. */
const list = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** A command's path below the program: `webcm deadlines`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** The help of a command, or undefined for one without a --format (a group such as `webcm`). */
export const helpOf = (command: Command): CommandHelp | undefined => COMMAND_HELP[commandPath(command)];

/** The `--format` option's help: `output: table (default), csv or json`. */
export function formatHelp(help: CommandHelp): string {
  const [first, ...rest] = help.formats;
  return `output: ${list([`${first} (default)`, ...rest])}`;
}

/** Adds `--format` and the examples of the command's help (from COMMAND_HELP). */
export function withHelp(command: Command): Command {
  const help = helpOf(command);
  if (help === undefined) return command;
  return command
    .option("--format <format>", formatHelp(help))
    .addHelpText("after", `\nExamples:\n${help.examples.map((e) => `  $ ${e}`).join("\n")}\n`);
}

/**
 * Before a command runs: its `--format` checked against its own formats (a UsageError listing
 * them), and set to its default when not given.
 */
export function checkFormat(command: Command): void {
  const help = helpOf(command);
  if (help === undefined) return;
  const value = command.getOptionValue("format") as string | undefined;
  if (value === undefined) {
    command.setOptionValue("format", help.formats[0]);
    return;
  }
  if (!help.formats.includes(value))
    throw new UsageError(`--format must be ${list(help.formats)}, got ${JSON.stringify(value.slice(0, 40))}`);
}
