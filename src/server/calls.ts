// One HTTP call of a public operation (docs/http.md): the body `{ "input": …, "settings": … }` (or
// `{ "arguments": [...] }` for an operation of several values) becomes the same call a caller in
// the process makes. Calendars arrive as JSON (the calendar input of the command line's
// `--calendar`) and are built here; everything else is passed as the JSON it is, and the
// operation's boundary reads and checks it.
import { resolveCalendar } from "../api/resolve-calendar.js";
import type { OperationDeclaration } from "../api/operation.js";
import { CalendarInputSchema } from "../calendar/calendar-input-schema.js";
import { parseInput } from "../core/errors.js";

type AnyDeclaration = OperationDeclaration<(...args: never[]) => unknown>;

/** Operations whose answer is not data (an evaluator, a calendar): the HTTP API leaves them out. */
export const NOT_OVER_HTTP: ReadonlySet<string> = new Set([
  "createTicketEvaluator",
  "createCalendar",
  "illinoisStateCalendar",
]);

/** The operations that read a list item by item (their item cap applies). */
export const isBatch = (d: AnyDeclaration): boolean => d.arguments.some((a) => a.kind === "items");

/** The batches whose answer is one result per item: over HTTP they also stream NDJSON, a line per item. */
export const STREAMED: ReadonlySet<string> = new Set(["evaluateTickets"]);

const calendarOf = (value: unknown, at: string) =>
  value === undefined ? undefined : resolveCalendar(parseInput(CalendarInputSchema, value, at));

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The settings of a call with its calendars built: `calendar` at the top and in a side
 * (`before.calendar`, `after.calendar` of compareEvaluations); `before` and `after` themselves for
 * deadlineImpact, whose sides are calendars.
 */
export function settingsOf(name: string, settings: unknown): unknown {
  if (!isRecord(settings)) return settings;
  const out: Json = { ...settings };
  if ("calendar" in out) out.calendar = calendarOf(out.calendar, "settings.calendar");
  for (const side of ["before", "after"] as const) {
    const value = out[side];
    if (name === "deadlineImpact") out[side] = calendarOf(value, `settings.${side}`);
    else if (isRecord(value) && "calendar" in value)
      out[side] = { ...value, calendar: calendarOf(value.calendar, `settings.${side}.calendar`) };
  }
  return out;
}

/** The arguments of a call from its JSON body, in the declaration's order; undefined for a body of neither shape. */
export function argumentsOf(declaration: AnyDeclaration, body: unknown): unknown[] | undefined {
  if (!isRecord(body)) return undefined;
  const settingsAt = declaration.arguments.findIndex((a) => a.kind === "settings");
  const settings = settingsOf(declaration.name, body.settings);
  if (Array.isArray(body.arguments)) {
    const args: unknown[] = [...body.arguments];
    if (settingsAt >= 0 && body.settings !== undefined) args[settingsAt] = settings;
    return args;
  }
  if (!("input" in body)) return undefined;
  return settingsAt === 0 ? [settings] : [body.input, settings];
}
