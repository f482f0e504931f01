import type { Command } from "commander";
import { rulesSettingOf, withRulesOption } from "../rules-file.js";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Detail } from "../../core/types.js";
import { asOfOf, calendarOf, type CommonOptions, detailOf, processRecords, withCommonOptions } from "../context.js";
import { type CalendarEntry, toICalendar } from "../../ics/icalendar.js";
import { collectRecords } from "../collect.js";
import type { RecordReader } from "../reading.js";
import type { Columns } from "../output.js";

/** What a record-reading subcommand gets for each record. */
export interface RecordContext {
  readonly asOf: IsoDate;
  readonly calendar: BusinessCalendar;
  /** The `--detail` flag: the explanations' record in the results. */
  readonly detail: Detail;
  readonly options: CommonOptions & Record<string, unknown>;
}

/** A whole-document output format of a records command: its own evaluation and rendering. */
export interface DocumentFormat {
  readonly evaluate: (value: unknown, context: RecordContext) => unknown;
  readonly render: (results: readonly unknown[], context: RecordContext) => string;
}

/**
 * A subcommand that reads records (JSON, NDJSON, CSV; file or stdin), evaluates each with
 * `evaluate` and writes the results: the shape of `ticket`, `webcm`, `spenddown`, ….
 */
export function recordsCommand<T>(
  parent: Command,
  spec: {
    name: string;
    description: string;
    evaluate: (value: unknown, context: RecordContext) => T | T[];
    /** The table's columns; a function when they depend on the command's options. */
    columns: Columns<T> | ((options: CommonOptions & Record<string, unknown>) => Columns<T>);
    extraOptions?: (command: Command) => Command;
    header?: (context: RecordContext) => Record<string, unknown>;
    /** Checks the command's own options before any record is read (a usage error exits 2). */
    prepare?: (options: CommonOptions & Record<string, unknown>) => void;
    /** A reader of its own for the input, from the command's options (e.g. `--columns`). */
    reader?: (options: CommonOptions & Record<string, unknown>, file: string | undefined) => RecordReader | undefined;
    /**
     * With `--format ics`: the calendar entries of a result (every record is read first; only the
     * entries are kept), and the input line of its record (how an event refers to a member:
     * docs/privacy.md).
     */
    ics?: { name: string; entries: (result: T, record: { readonly line: number }) => CalendarEntry[] };
    /**
     * Other whole-document formats (`--format html`): every record is read and evaluated by the
     * format's own `evaluate` first (a bad one is reported on stderr), then `render` writes the
     * document.
     */
    documents?: Readonly<Record<string, DocumentFormat>>;
  },
  setExit: (code: number) => void,
): Command {
  const command = withRulesOption(
    withCommonOptions(
      parent
        .command(spec.name)
        .description(spec.description)
        .argument("[file]", "input file (default: standard input)"),
    ),
  );
  (spec.extraOptions ?? ((c) => c))(command).action(
    async (file: string | undefined, options: CommonOptions & Record<string, unknown>) => {
      const context: RecordContext = {
        asOf: asOfOf(options),
        calendar: calendarOf(options),
        detail: detailOf(options),
        options,
      };
      // A bad --rules file is a usage error before any record is read.
      rulesSettingOf(options);
      spec.prepare?.(options);
      const reader = spec.reader?.(options, file);
      if (options.format === "ics" && spec.ics) {
        const ics = spec.ics;
        // A calendar is one document (its UIDs are made unique across it): every entry is kept, not the results.
        const entriesOf = (value: unknown, line: number) => {
          const result = spec.evaluate(value, context);
          return (Array.isArray(result) ? result : [result]).flatMap((r) => ics.entries(r, { line }));
        };
        const { values, errors } = await collectRecords(file, options.inputFormat, entriesOf, reader);
        const entries = values.flat();
        process.stdout.write(toICalendar(entries, { name: ics.name, asOf: context.asOf }));
        setExit(errors.length > 0 ? 1 : 0);
        return;
      }
      const document = typeof options.format === "string" ? spec.documents?.[options.format] : undefined;
      if (document) {
        const { values, errors } = await collectRecords(
          file,
          options.inputFormat,
          (value) => document.evaluate(value, context),
          reader,
        );
        process.stdout.write(document.render(values, context));
        setExit(errors.length > 0 ? 1 : 0);
        return;
      }
      const code = await processRecords({
        command: spec.name,
        path: file,
        options,
        header: { asOf: context.asOf, calendar: context.calendar.name, ...(spec.header?.(context) ?? {}) },
        evaluate: (value) => spec.evaluate(value, context),
        columns: typeof spec.columns === "function" ? spec.columns(options) : spec.columns,
        ...(reader ? { reader } : {}),
      });
      setExit(code);
    },
  );
  return command;
}
