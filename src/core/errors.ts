import * as z from "zod/mini";
import { cutText, describeValue, formatPath, isFieldName } from "./describe-value.js";
import {
  codeOfReason,
  codeOfZodIssue,
  type InputIssueCode,
  type IssuePath,
  isRuleIdLike,
  pathOfField,
  sentenceOf,
} from "./issue-codes.js";
import { closestFieldName, knownKeysAt } from "./known-keys.js";
import { safeReason } from "./zod-reasons.js";

/**
 * One problem with an input, in the form of zod's issues: where it is and what is wrong, never
 * the value (the privacy rule, docs/privacy.md: a value may be a member's name, Recipient ID or
 * date of service).
 */
export interface InputIssue {
  /** What kind of problem it is (one of INPUT_ISSUE_CODES). */
  readonly code: InputIssueCode;
  /** Where: keys and list indexes, e.g. `["members", 0, "recipientId"]`; `[]` for the whole input. */
  readonly path: IssuePath;
  /** The reason as a sentence, e.g. `Expected text, got a number.` */
  readonly message: string;
  /** The path in the caller's notation, e.g. `members[0].recipientId`; empty for the whole input. */
  readonly field: string;
  /** What is wrong, e.g. `expected text, got a number`: the kind of value, not the value. */
  readonly reason: string;
  /** The rule of the registry whose input it is, when it is one (`getRule(ruleId)` knows it). */
  readonly ruleId?: string;
}

/**
 * An issue as a throw site writes it. `value`, when given, is never kept: it is described by its
 * kind (`got a fraction`) in the reason. `ruleId` may be a rule ID or a label naming the input
 * (`Provider Resolution Portal ticket`): the message names it either way, the issue keeps only a
 * rule ID. `code` defaults to one read from the reason's opening, else `custom`.
 */
export interface InputIssueInit {
  readonly field: string;
  readonly reason: string;
  readonly ruleId?: string;
  readonly value?: unknown;
  readonly code?: InputIssueCode;
}

/** How many issues the message lists; `issues` holds them all. */
const LISTED = 5;

/** A throw site's text (a field, a reason, a rule ID, a context), cut; anything else by its kind. */
const textOf = (value: unknown, max: number): string =>
  typeof value === "string" ? cutText(value, max) : describeValue(value);

/**
 * The rule or label an issue was raised under, as its message names it. A label is not kept as
 * `ruleId`, so an issue passed on to a new error (a batch naming its item) keeps it here, out of
 * the issue's enumerable fields (JSON, equality).
 */
const LABEL = "label";

function labelOf(init: InputIssueInit): string | undefined {
  const label: unknown = Object.getOwnPropertyDescriptor(init, LABEL)?.value ?? init.ruleId;
  return typeof label === "string" && label !== "" ? textOf(label, 120) : undefined;
}

function toIssue(init: InputIssueInit): InputIssue {
  let reason = textOf(init.reason, 400);
  if ("value" in init && reason.startsWith("expected") && !reason.includes(", got "))
    reason += `, got ${describeValue(init.value)}`;
  const field = textOf(init.field, 200);
  const label = labelOf(init);
  const issue = {
    code: typeof init.code === "string" ? init.code : codeOfReason(reason),
    path: pathOfField(field),
    message: sentenceOf(reason),
    field,
    reason,
    ...(label !== undefined && isRuleIdLike(label) ? { ruleId: label } : {}),
  };
  if (label !== undefined && issue.ruleId === undefined) Object.defineProperty(issue, LABEL, { value: label });
  return Object.freeze(issue);
}

function issueLine(issue: InputIssue, context: string): string {
  const label = labelOf(issue);
  const rule = label && label !== context ? ` (${label})` : "";
  return `${issue.field === "" ? "input" : issue.field}: ${issue.reason}${rule}`;
}

/** A context written like a function's name (`evaluateTicket`) is the operation the input was given to. */
const OPERATION_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * The one error this library throws for bad input (principle 6): never a bare TypeError. Its
 * message names each field by its path and says what is wrong, in one short line, e.g.
 * `Provider Resolution Portal ticket: members[0].recipientId: expected text, got a number`.
 * Neither the message nor `issues` ever carries an input value.
 */
export class RuleInputError extends Error {
  readonly issues: readonly InputIssue[];
  /**
   * What the message opens with: the operation (`addBusinessDays`), the rule (`PORTAL-STATISTICS`)
   * or a label of the input (`Provider Resolution Portal ticket`); `""` when none.
   */
  readonly context: string;
  /**
   * The public operation the input was given to (`evaluateTicket`), when it is known: the
   * operation the caller called, or the context when it is written like a function's name.
   */
  declare readonly operation?: string;
  constructor(issues: readonly InputIssueInit[], context?: string) {
    const safe = Object.freeze(Array.from(issues, toIssue));
    const where = context ? textOf(context, 120) : "";
    const lines = safe.slice(0, LISTED).map((issue) => issueLine(issue, where));
    const more = safe.length > LISTED ? `; and ${(safe.length - LISTED).toLocaleString("en-US")} more` : "";
    super(`${where ? `${where}: ` : ""}${lines.join("; ")}${more}`);
    this.name = "RuleInputError";
    this.issues = safe;
    this.context = where;
    if (OPERATION_NAME.test(where)) this.operation = where;
  }
}
/**
 * `error` naming `operation` as the one the input was given to: the operation the caller called
 * names the error, even when a function it calls raised it (its context, and so its message, stay).
 */
export function inOperation(error: RuleInputError, operation: string): RuleInputError {
  if (error.operation !== operation)
    Object.defineProperty(error, "operation", { value: operation, enumerable: true, configurable: true });
  return error;
}

// The class and its prototype are exported: frozen, so that no caller can change how every later
// input error reads (nothing exported can change an answer). Instances set their own `name` and `issues`.
Object.freeze(RuleInputError);
Object.freeze(RuleInputError.prototype);

/**
 * What the keys of an input are: `data` for records that hold member facts (a key may be a
 * Recipient ID or a name), `names` for settings and options, whose keys are the library's own words.
 */
export type KeysAre = "data" | "names";

/**
 * The issues of an unknown-keys issue. A key close to a field name the schema knows there is named,
 * with the name it is likely a typo of; any other key may be data (a Recipient ID, a member's name)
 * and is only counted, at its object's path.
 */
function unknownKeyIssues(
  schema: z.core.$ZodType,
  issue: { readonly path: readonly PropertyKey[]; readonly keys: readonly string[] },
  keysAre: KeysAre,
  ruleId?: string,
): InputIssueInit[] {
  const { path, keys } = issue;
  const rule = ruleId ? { ruleId } : {};
  const known = knownKeysAt(schema, path);
  const named: InputIssueInit[] = [];
  for (const key of keys) {
    if (!isFieldName(key)) continue;
    const suggestion = closestFieldName(key, known);
    const reason = suggestion !== undefined ? `unknown key (did you mean ${suggestion}?)` : "unknown key";
    if (suggestion !== undefined || keysAre === "names")
      named.push({ field: formatPath([...path, key]), reason, code: "unknown_key", ...rule });
  }
  const hidden = keys.length - named.length;
  if (hidden === 0) return named;
  const reason = `${hidden === 1 ? "an unknown key" : `${hidden} unknown keys`} (not shown: not close to a field name)`;
  return [...named, { field: formatPath(path), reason, code: "unknown_key", ...rule }];
}

function issuesOf(
  schema: z.core.$ZodType,
  error: z.core.$ZodError,
  keysAre: KeysAre,
  ruleId?: string,
): InputIssueInit[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? unknownKeyIssues(schema, issue, keysAre, ruleId)
      : [
          {
            field: formatPath(issue.path),
            reason: issue.message,
            code: codeOfZodIssue(issue.code, issue.message),
            ...(ruleId ? { ruleId } : {}),
          },
        ],
  );
}

/** An input zod could not walk (nested too deeply for the stack, a getter that throws). */
function unreadable(error: unknown, ruleId?: string): RuleInputError {
  const why = error instanceof RangeError ? "nested too deeply" : "a property could not be read";
  return new RuleInputError(
    [{ field: "", reason: `could not be read: ${why}`, code: "not_plain_data", ...(ruleId ? { ruleId } : {}) }],
    ruleId,
  );
}

/**
 * Parses `input` with `schema`; on failure throws a {@link RuleInputError} naming every bad
 * field by its path and what is wrong with it, never its value.
 *
 * An unknown key is named when it is close to a field name (with the name it likely means); any
 * other is counted, unless `keysAre` is `names` (settings, options: then every key written like a
 * field name is named).
 *
 * @example parseInput(IsoDateSchema, "2024-02-30", "PORTAL-PROPOSAL-DUE")
 * // throws RuleInputError: PORTAL-PROPOSAL-DUE: input: expected a calendar date YYYY-MM-DD, got a day that does not
 * //   exist
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  ruleId?: string,
  keysAre: KeysAre = "data",
): z.output<S> {
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    result = z.safeParse(schema, input, { error: safeReason });
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    throw unreadable(error, ruleId);
  }
  if (result.success) return withoutPrototypes(result.data);
  throw new RuleInputError(issuesOf(schema, result.error, keysAre, ruleId), ruleId);
}

/**
 * zod's output with every plain record made a null-prototype one: an optional field the input
 * left out reads `undefined`, never a property some other code put on Object.prototype
 * (nothing inherited changes an answer). Objects of classes (a calendar) are kept.
 */
function withoutPrototypes<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== "object") return value;
  // No input of the library is nested this deep; a list of lists 5,000 deep that a schema of
  // unknown items let through is refused here rather than overflowing the stack.
  if (depth > MAX_OUTPUT_DEPTH)
    throw new RuleInputError([{ field: "", reason: "could not be read: nested too deeply", code: "not_plain_data" }]);
  try {
    // A new list and new records: zod passes some values through (unknown items), and the
    // caller's input is never changed.
    if (Array.isArray(value)) return value.map((item) => withoutPrototypes(item, depth + 1)) as T;
    if (!isPlainRecord(value)) return value;
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const field = Object.getOwnPropertyDescriptor(value, key);
      // An accessor zod passed through unread (an item of `z.unknown()`): left for the batch.
      if (field === undefined || !("value" in field)) return value;
      out[key] = withoutPrototypes(field.value, depth + 1);
    }
    return out as T;
  } catch (error) {
    // A value zod passed through unread (an item of `z.unknown()`) whose getter or Proxy trap
    // throws: left as it is, for the batch that reads it item by item to report (src/api/read.ts).
    if (error instanceof RuleInputError) throw error;
    return value;
  }
}

const MAX_OUTPUT_DEPTH = 64;

/**
 * Whether zod's output is a plain record. A value zod passed through unread (an item of
 * `z.unknown()`, read later item by item by a batch) may be a Proxy whose traps throw: it is left
 * as it is, for the batch to report as that item's error.
 */
function isPlainRecord(value: object): boolean {
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}
