import type * as z from "zod/mini";
import { cutText, describeValue } from "./describe-value.js";

// The reasons of zod's issues, said the library's way ("expected text, got a number") and
// without the input's content (the privacy rule, docs/privacy.md). zod's own messages name no
// values either, but its unknown-key message lists the keys; the keys are handled by parseInput.

const TYPE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  bigint: "a BigInt",
  array: "a list",
  tuple: "a list",
  object: "an object",
  record: "an object",
  null: "null",
  date: "a Date",
  map: "a Map",
  set: "a Set",
  nan: "NaN",
});

const FORMAT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  email: "an email address",
  date: "a calendar date YYYY-MM-DD",
  regex: "text in the required format",
});

const typeName = (expected: string): string => TYPE_NAMES[expected] ?? expected;

/** Schema values (never input) written for a reason, cut so that a long list stays short. */
function oneOf(values: readonly unknown[]): string {
  const list = values.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ");
  return cutText(values.length === 1 ? list : `one of ${list}`, 400);
}

type Issue = z.core.$ZodRawIssue;

function sizeReason(issue: Issue & { code: "too_small" | "too_big" }): string {
  const small = issue.code === "too_small";
  const bound = Number(small ? (issue as { minimum: number }).minimum : (issue as { maximum: number }).maximum);
  const word = issue.exact
    ? "exactly"
    : small
      ? issue.inclusive === false
        ? "more than"
        : "at least"
      : issue.inclusive === false
        ? "less than"
        : "at most";
  if (issue.origin === "string")
    return small && bound === 1 ? "expected non-empty text (not only spaces)" : `expected ${word} ${bound} characters`;
  if (issue.origin === "array" || issue.origin === "set")
    return `expected ${word} ${bound} item${bound === 1 ? "" : "s"}`;
  return `expected ${word} ${bound}, got ${small ? "less" : "more"}`;
}

/** A discriminated union names its discriminator's values (the path points at it); any other union its forms. */
function unionReason(issue: Issue & { code: "invalid_union" }): string {
  const options = "options" in issue && Array.isArray(issue.options) ? issue.options : [];
  if (options.length === 0) return `matches none of the accepted forms, got ${describeValue(issue.input)}`;
  const key = "discriminator" in issue ? issue.discriminator : undefined;
  const input: unknown = issue.input;
  const given =
    typeof key === "string" && typeof input === "object" && input !== null
      ? (input as Record<string, unknown>)[key]
      : input;
  return `expected ${oneOf(options)}${typeof given === "string" ? "" : `, got ${describeValue(given)}`}`;
}

/**
 * The reason of one zod issue, for `safeParse(input, { error: safeReason })`. A schema's own
 * `error` (IsoDateSchema's, for instance) comes first; this map says the rest.
 *
 * @example safeReason({ code: "invalid_type", expected: "string", input: 3, path: [] })
 * // "expected text, got a number"
 */
export function safeReason(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `missing: expected ${typeName(issue.expected)}`
        : `expected ${typeName(issue.expected)}, got ${describeValue(issue.input)}`;
    case "too_small":
    case "too_big":
      return sizeReason(issue);
    case "invalid_format":
      return `expected ${FORMAT_NAMES[issue.format] ?? `the ${issue.format} format`}`;
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}`;
    case "invalid_value":
      return `expected ${oneOf(issue.values)}`;
    case "invalid_union":
      return unionReason(issue);
    case "unrecognized_keys":
      return "unknown key";
    default:
      return "is not valid";
  }
}
