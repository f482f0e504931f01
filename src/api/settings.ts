import { isBusinessCalendar } from "../calendar/business-calendar.js";
import { describeValue, formatPath } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import type { InputIssueCode } from "../core/issue-codes.js";
import { type InputPath, type PlainData, readPlainData } from "./read.js";

// The settings of a call, `fn(input, { asOf, calendar, options, detail, onError })`, read once at
// the boundary (principle 3): own enumerable data properties only, into a null-prototype record,
// so that a property put on Object.prototype (an inherited `onError: "collect"`, `detail: "full"`)
// changes nothing, and a getter or a Proxy is a RuleInputError naming `settings.<key>`. Calendars
// are objects with functions, not data: they are passed on by identity when this library made
// them (a brand that reads no property), and read as data otherwise, so that the area's own check
// names them ("expected a business calendar").

/** The settings keys whose value is a calendar (deadlineImpact compares `before` and `after`). */
const CALENDAR_KEYS: ReadonlySet<string> = new Set(["calendar", "before", "after"]);

/** The settings keys whose value, when not a calendar, is a settings record of its own. */
const SETTINGS_KEYS: ReadonlySet<string> = new Set(["options", "before", "after"]);

/** Settings as the boundary hands them on: a null-prototype record; calendars by identity. */
export type SettingsRecord = Readonly<Record<string, unknown>>;

/** Every problem of reading settings is one of plain data (`not_plain_data`) but a value that is no object. */
function settingsError(
  field: string,
  reason: string,
  context: string,
  code: InputIssueCode = "not_plain_data",
): RuleInputError {
  return new RuleInputError([{ field, reason, code }], context);
}

/**
 * A Date object (no trap of a Proxy reaches the caller): passed on, so that the area's own check says "got a Date
 * object".
 */
function isDate(value: unknown): boolean {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

function readSetting(key: string, value: unknown, at: InputPath, context: string): unknown {
  if (CALENDAR_KEYS.has(key) && isBusinessCalendar(value)) return value;
  if (isDate(value)) return value;
  // The options are a record of their own, where a calendar put by mistake is passed on for the
  // area to name ("options.calendar: moved to settings.calendar").
  // compareEvaluations' sides (`before`, `after`) are settings of their own, with a calendar and options.
  if (SETTINGS_KEYS.has(key) && value !== null && typeof value === "object" && !Array.isArray(value))
    return readSettingsRecord(value, context, [...at, key]);
  return readPlainData(value, [...at, key], context) satisfies PlainData;
}

/**
 * `settings` read at the boundary: `undefined` stays `undefined`; an object (literal, JSON or
 * null prototype) becomes a null-prototype record of its own enumerable data properties, each
 * read as plain data except a calendar this library made. Anything else, a getter, a Proxy that
 * throws or a symbol key is a RuleInputError naming `settings` or `settings.<key>`.
 *
 * @example readSettingsRecord({ asOf: "2024-07-10" }, "evaluateTicket")
 * // [Object: null prototype] { asOf: "2024-07-10" }
 */
export function readSettingsRecord(settings: unknown, context: string, at: InputPath = ["settings"]): unknown {
  if (settings === undefined) return undefined;
  const where = formatPath(at);
  try {
    if (typeof settings !== "object" || settings === null || Array.isArray(settings))
      throw settingsError(where, `expected an object, got ${describeValue(settings)}`, context, "invalid_type");
    const proto: unknown = Object.getPrototypeOf(settings);
    if (proto !== Object.prototype && proto !== null)
      throw settingsError(where, "expected an object literal or JSON, got an object of a class", context);
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Reflect.ownKeys(settings)) {
      if (typeof key === "symbol") throw settingsError(where, "a symbol key is not a setting", context);
      const descriptor = Object.getOwnPropertyDescriptor(settings, key);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      if (!("value" in descriptor))
        throw settingsError(formatPath([...at, key]), "an accessor (getter or setter) is not a setting", context);
      out[key] = readSetting(key, descriptor.value, at, context);
    }
    return out;
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    throw settingsError(where, "could not be read: a property or trap threw", context);
  }
}
