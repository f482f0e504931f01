import { parseDocument } from "yaml";
import * as z from "zod/mini";
import { argumentError } from "../core/arguments.js";
import { cutText, describeValue } from "../core/describe-value.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import { frozen } from "../core/freeze.js";

/** One row of a rule table: a rule ID, the inputs, the expected output and a note. */
export const RuleTableCaseSchema = frozen(
  z.object({
    /** Rule ID (defaults to the table's). */
    rule: z.optional(z.string().check(z.minLength(1))),
    /** What is being computed (defaults to the table's), e.g. `addBusinessDays`, `evaluateTicket`. */
    kind: z.optional(z.string().check(z.minLength(1))),
    name: z.string().check(z.minLength(1)),
    input: z.unknown(),
    /** A partial expected result, or `{ error: "text" }` when the input must be rejected. */
    expected: z.unknown(),
    note: z.optional(z.string()),
  }),
);

/** A rule table file (YAML): defaults for its rows, then the rows. */
export const RuleTableSchema = frozen(
  z.object({
    rule: z.optional(z.string().check(z.minLength(1))),
    kind: z.optional(z.string().check(z.minLength(1))),
    description: z.optional(z.string()),
    cases: z.array(RuleTableCaseSchema).check(z.minLength(1)),
  }),
);

export type RuleTableCase = z.infer<typeof RuleTableCaseSchema>;
export type RuleTable = z.infer<typeof RuleTableSchema>;

/**
 * Parses a rule table's YAML text; `source` names the file in errors.
 *
 * @example parseRuleTable(readFileSync("cases/portal.yaml", "utf8"), "cases/portal.yaml")
 */
export function parseRuleTable(text: string, source: string): RuleTable {
  if (typeof source !== "string")
    throw argumentError("parseRuleTable", "source", `expected text (the file's name), got ${describeValue(source)}`);
  if (typeof text !== "string")
    throw argumentError("parseRuleTable", "text", `expected the YAML text, got ${describeValue(text)}`);
  const context = `rule table ${cutText(source, 120)}`;
  return parseInput(RuleTableSchema, parseYaml(text, context), context);
}

/**
 * The YAML document of `text`. A syntax error, or a warning (an unknown tag such as `!!foo`), is a
 * RuleInputError saying where, never quoting the text: the yaml package's own warnings would go to
 * stderr with the source line, member values included, and no library call writes to stderr.
 */
function parseYaml(text: string, context: string): unknown {
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { logLevel: "silent" });
  } catch (error) {
    throw yamlError(error, context);
  }
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) throw yamlError(problem, context);
  try {
    return document.toJS();
  } catch (error) {
    throw yamlError(error, context);
  }
}

function yamlError(error: unknown, context: string): RuleInputError {
  const where = (error as { linePos?: readonly { line: number; col: number }[] } | null)?.linePos?.[0];
  const code = (error as { code?: unknown } | null)?.code;
  const what =
    error instanceof RangeError
      ? "nested too deeply"
      : `${typeof code === "string" ? cutText(code) : "a syntax error"}` +
        (where ? ` at line ${where.line}, column ${where.col}` : "");
  return new RuleInputError([{ field: "text", reason: `not valid YAML: ${what}` }], context);
}
