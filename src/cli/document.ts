// Printing one computed document (a calendar, a report) as JSON, NDJSON, a table or iCalendar.
import type { IsoDate } from "../core/iso-date.js";
import { type CalendarEntry, toICalendar } from "../ics/icalendar.js";
import { UsageError } from "./context.js";
import type { RecordError } from "./output.js";

/** `--format` of a command that prints one document, checked before any input is read. */
export function documentFormat(format: string | undefined, ics = true): string {
  const value = format ?? "json";
  const known = ["json", "ndjson", "table", ...(ics ? ["ics"] : [])];
  if (!known.includes(value))
    throw new UsageError(
      `--format must be json, ndjson, table${ics ? " or ics" : ""}, got ${JSON.stringify(value.slice(0, 40))}`,
    );
  return value;
}

export function printDocument(args: {
  format: string | undefined;
  data: Record<string, unknown>;
  table: () => string;
  ics?: { name: string; asOf: IsoDate; entries: () => CalendarEntry[] };
  errors?: readonly RecordError[];
}): void {
  const format = documentFormat(args.format, args.ics !== undefined);
  const data = args.errors ? { ...args.data, errors: args.errors } : args.data;
  if (format === "json") process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else if (format === "ndjson") process.stdout.write(`${JSON.stringify(data)}\n`);
  else if (format === "table") process.stdout.write(`${args.table()}\n`);
  else if (args.ics)
    process.stdout.write(toICalendar(args.ics.entries(), { name: args.ics.name, asOf: args.ics.asOf }));
}
