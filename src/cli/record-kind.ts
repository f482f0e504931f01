// A file of one kind given where another is read fails on every field: a WebCM history file
// passed to `queue` as tickets, the usual slip with its three inputs, gives a dozen lines of
// "ticketNumber: missing" per record and no word of what went wrong. One line says what the
// records look like and which commands read them, from the record's own key names only, never a
// value (principle 6).
import type { RecordError } from "./output.js";

interface RecordKind {
  /** One record of the kind, in the policy's words. */
  readonly one: string;
  /** The keys every record of the kind has, the first one named by an error when it is missing. */
  readonly keys: readonly string[];
  readonly readBy: string;
}

const RECORD_KINDS: readonly RecordKind[] = Object.freeze([
  {
    one: "a Provider Resolution Portal ticket",
    keys: Object.freeze(["ticketNumber", "portalSubmittedOn"]),
    readBy:
      "tickets are read by `ticket FILE`, `queue FILE`, `statistics FILE` and `sanctions notices --from-tickets FILE`",
  },
  {
    one: "a WebCM member history",
    keys: Object.freeze(["member", "events"]),
    readBy: "WebCM member histories are read by `webcm deadlines FILE`, `webcm report FILE` and `queue --webcm FILE`",
  },
  {
    one: "a spenddown provider quarter",
    keys: Object.freeze(["provider", "fiscalYear", "quarter", "members"]),
    readBy: "spenddown provider quarters are read by `spenddown quarter FILE` and `queue --spenddown FILE`",
  },
]);

/** The kind of record that `errors` show the command expected: the one whose first key is missing. */
function expectedKind(errors: readonly RecordError[]): RecordKind | undefined {
  return RECORD_KINDS.find((kind) => errors.some((e) => e.field === kind.keys[0] && e.reason.startsWith("missing")));
}

/** The kind whose keys are all own keys of `value`, if one is. */
function kindOf(value: unknown): RecordKind | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return RECORD_KINDS.find((kind) => kind.keys.every((key) => Object.hasOwn(value, key)));
}

/**
 * The hint for the record at `line`, read as `expected`, when it lacks the first key of that kind
 * and has every key of another.
 */
function hintFor(value: unknown, line: number, expected: RecordKind): string | undefined {
  const found = kindOf(value);
  if (found === undefined || found === expected || Object.hasOwn(value as object, expected.keys[0] as string))
    return undefined;
  return `hint: line ${line} looks like ${found.one}, not ${expected.one}; ${found.readBy}`;
}

/**
 * The hint for a record that failed (`errors`) because it is of another kind than the command
 * reads, or undefined. The kind it was read as is the one whose first key `errors` name missing.
 *
 * @example
 * wrongKindHint({ member: "…", events: [] }, [{ line: 3, field: "ticketNumber", reason: "missing: expected text" }])
 * // "hint: line 3 looks like a WebCM member history, not a Provider Resolution Portal ticket; WebCM member …"
 */
export function wrongKindHint(value: unknown, errors: readonly RecordError[]): string | undefined {
  const expected = expectedKind(errors);
  const line = errors[0]?.line;
  return expected === undefined || line === undefined ? undefined : hintFor(value, line, expected);
}

/** A writer of {@link wrongKindHint} that says it once per input, after the first record it fits. */
export function kindHinter(stderr: (text: string) => void): (value: unknown, errors: readonly RecordError[]) => void {
  let said = false;
  return (value, errors) => {
    if (said) return;
    const hint = wrongKindHint(value, errors);
    if (hint === undefined) return;
    said = true;
    stderr(`${hint}\n`);
  };
}

/**
 * The hint for a record a command read as a ticket and the rules refused, when the command has
 * its issues only later (`statistics` counts each ticket as it reads it).
 */
export function notATicketHint(value: unknown, line: number): string | undefined {
  return hintFor(value, line, RECORD_KINDS[0] as RecordKind);
}
