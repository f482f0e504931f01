// Printing one computed document (a calendar, a report) as JSON, NDJSON, a table or iCalendar.
import type { IsoDate } from "../core/iso-date.js";
import { type CalendarEntry, toICalendar } from "../ics/icalendar.js";
import { UsageError } from "./context.js";
import type { RecordError } from "./output.js";

export function printDocument(args: {
  format: string | undefined;
  data: Record<string, unknown>;
  table: () => string;
  ics?: { name: string; asOf: IsoDate; entries: () => CalendarEntry[] };
  errors?: readonly RecordError[];
}): void {
  const format = args.format ?? "json";
  const data = args.errors ? { ...args.data, errors: args.errors } : args.data;
  if (format === "json") process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else if (format === "ndjson") process.stdout.write(`${JSON.stringify(data)}\n`);
  else if (format === "table") process.stdout.write(`${args.table()}\n`);
  else if (format === "ics" && args.ics) process.stdout.write(toICalendar(args.ics.entries(), { name: args.ics.name, asOf: args.ics.asOf }));
  else throw new UsageError(`--format must be json, ndjson, table${args.ics ? " or ics" : ""}, got ${JSON.stringify(format)}`);
}
