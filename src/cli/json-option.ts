// An option whose value is JSON checked by a schema (--options, --calendar): read it inline or
// from a file, validate it, and on failure say what is wrong with which field, naming the
// option and the file once. Values are never echoed (a wrong file may hold member data).
import type * as z from "zod/mini";
import { parseInput, RuleInputError } from "../core/errors.js";
import { UsageError } from "./exit.js";
import { readJsonArgument } from "./files.js";

/** `field: reason; field: reason` of a RuleInputError, without the values. */
export function issuesText(error: RuleInputError): string {
  return error.issues.map((i) => `${i.field === "" ? "input" : i.field}: ${i.reason}`).join("; ");
}

/**
 * The value of `flag` (inline JSON or a file name) validated by `schema`, or a UsageError.
 *
 * @example jsonOption("--options", "portal-options.json", PortalOptionsSchema)
 */
export function jsonOption<S extends z.ZodMiniType, T = z.output<S>>(
  flag: string,
  value: string,
  schema: S,
  build?: (parsed: z.output<S>) => T,
): T {
  const json = readJsonArgument(flag, value);
  const where = /^\s*[{[]/.test(value) ? `${flag} (inline JSON)` : `${flag} ${value}`;
  try {
    const parsed = parseInput(schema, json);
    return build ? build(parsed) : (parsed as T);
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`${where}: ${issuesText(error)}`);
    throw error;
  }
}
