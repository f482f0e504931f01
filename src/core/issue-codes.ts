// The codes and paths of input issues (docs/privacy.md, "The issue format"), in the form of zod's
// issues: a program tells a problem apart by its `code` and finds it by its `path`, without
// parsing the English of `reason`. Neither carries an input value.

/**
 * The kinds of problem an input issue can be, one line each:
 * - `invalid_type`: a value of the wrong kind (text where a number is expected, a list for an object);
 * - `invalid_value`: the right kind, but not one of the values accepted (`expected one of "MCO", "provider"`);
 * - `invalid_date`: not a calendar date YYYY-MM-DD of the supported range 1900-01-01 to 2199-12-31;
 * - `unknown_key`: a key the input may not have (named, or counted when it may be data);
 * - `missing`: a required field left out;
 * - `too_small`: a number, text or list below its bound (an empty text, too few items);
 * - `too_big`: a number, text or list above its bound;
 * - `invalid_format`: text not in its required format (an e-mail address, a pattern);
 * - `out_of_range`: a count, or a result it leads to, outside what the rules cover (a deadline past
 *   2199-12-31, a rule not in force on the date);
 * - `not_plain_data`: not data that can be read once (a getter, a Proxy that throws, an object of
 *   a class, a function, a symbol, a cycle, a nesting too deep);
 * - `custom`: any other problem a rule checks.
 */
export const INPUT_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  "invalid_type",
  "invalid_value",
  "invalid_date",
  "unknown_key",
  "missing",
  "too_small",
  "too_big",
  "invalid_format",
  "out_of_range",
  "not_plain_data",
  "custom",
] as const);

/** One of {@link INPUT_ISSUE_CODES}. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** A path inside an input: keys and list indexes, e.g. `["events", 0, "date"]`; `[]` for the whole input. */
export type IssuePath = readonly (string | number)[];

/** The key that stands for a key not written like a field name (it may be data): `[…]` in a field. */
const HIDDEN_KEY = "…";

const isKeyChar = (c: string): boolean => c !== "." && c !== "[" && c !== "]";

/**
 * The dotted form of a path, as `field` writes it: `events[0].date`; `""` for the whole input.
 *
 * @example fieldOfPath(["events", 0, "date"]) // "events[0].date"
 */
export function fieldOfPath(path: IssuePath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (key === HIDDEN_KEY) out += `[${HIDDEN_KEY}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}

/** The keys of a field written as JavaScript writes a path, or undefined when it is not written so. */
function parseField(field: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let i = 0;
  while (i < field.length) {
    if (field[i] === "[") {
      const end = field.indexOf("]", i);
      const inner = end === -1 ? "" : field.slice(i + 1, end);
      if (/^\d{1,9}$/.test(inner)) path.push(Number(inner));
      else if (inner === HIDDEN_KEY) path.push(HIDDEN_KEY);
      else return undefined;
      i = end + 1;
      continue;
    }
    if (field[i] === ".") {
      if (path.length === 0) return undefined;
      i++;
    } else if (path.length > 0) return undefined;
    let j = i;
    while (j < field.length && isKeyChar(field[j] as string)) j++;
    if (j === i) return undefined;
    path.push(field.slice(i, j));
    i = j;
  }
  return path;
}

/**
 * The path of an issue's field, parsed once: `"events[0].date"` → `["events", 0, "date"]`, `""`
 * → `[]`. A field not written like a path (a label a throw site chose) is one key, itself, so
 * that the path's dotted form is always the field.
 *
 * @example pathOfField("members[0].recipientId") // ["members", 0, "recipientId"]
 */
export function pathOfField(field: string): IssuePath {
  if (field === "") return Object.freeze([]);
  const path = parseField(field);
  return Object.freeze(path !== undefined && fieldOfPath(path) === field ? path : [field]);
}

/** A reason that is about a date: "expected a calendar date YYYY-MM-DD, got …". */
const isDateReason = (reason: string): boolean => reason.startsWith("expected a calendar date");

/** The zod issue codes and the library's, where they differ in name or kind. */
const FROM_ZOD: Readonly<Record<string, InputIssueCode>> = /* @__PURE__ */ Object.freeze({
  invalid_type: "invalid_type",
  invalid_value: "invalid_value",
  invalid_union: "invalid_value",
  invalid_key: "invalid_value",
  invalid_element: "invalid_value",
  not_multiple_of: "invalid_value",
  unrecognized_keys: "unknown_key",
  too_small: "too_small",
  too_big: "too_big",
  invalid_format: "invalid_format",
  custom: "custom",
});

/**
 * The code of an issue zod raised, from zod's code and the reason the library wrote for it: a
 * date is `invalid_date` whatever zod's check, a field left out `missing`.
 *
 * @example codeOfZodIssue("invalid_type", "missing: expected text") // "missing"
 */
export function codeOfZodIssue(zodCode: string, reason: string): InputIssueCode {
  if (isDateReason(reason)) return "invalid_date";
  if (zodCode === "invalid_type" && reason.startsWith("missing")) return "missing";
  return Object.hasOwn(FROM_ZOD, zodCode) ? (FROM_ZOD[zodCode] as InputIssueCode) : "custom";
}

/**
 * The code of an issue a throw site wrote without one: read from the reason's common openings
 * (the library's reasons are written the same way everywhere), else `custom`.
 *
 * @example codeOfReason("expected a calendar date YYYY-MM-DD, got a number") // "invalid_date"
 */
export function codeOfReason(reason: string): InputIssueCode {
  if (isDateReason(reason)) return "invalid_date";
  if (reason.startsWith("missing")) return "missing";
  if (reason.startsWith("unknown key") || / unknown keys? \(not shown/.test(reason)) return "unknown_key";
  return "custom";
}

/** A rule ID of the registry is written so: capitals, then dash-separated parts (`PORTAL-PROPOSAL-DUE`). */
const RULE_ID = /^[A-Z]+(-[A-Z0-9]+)+$/;

/** Whether `text` is written like a rule ID (a label such as `Provider Resolution Portal ticket` is not). */
export const isRuleIdLike = (text: string): boolean => RULE_ID.test(text);

/**
 * The reason as a sentence, for an issue's `message`: its first letter a capital, a full stop at
 * the end. `expected text, got a number` → `Expected text, got a number.`
 */
export function sentenceOf(reason: string): string {
  if (reason === "") return "Is not valid.";
  const first = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}
