// `--options <file.json>`: an area's open-point options as JSON, validated by its schema.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { parseInput, RuleInputError } from "../core/errors.js";
import { UsageError } from "./context.js";

const read = new Map<string, unknown>();

/** The options of `path`, read and validated once per run (commands call it for every record). */
export function optionsFile<S extends z.ZodType>(path: string | undefined, schema: S): z.output<S> | Record<string, never> {
  if (path === undefined) return {};
  try {
    if (!read.has(path)) read.set(path, parseInput(schema, JSON.parse(readFileSync(path, "utf8")), `--options ${path}`));
    return read.get(path) as z.output<S>;
  } catch (error) {
    if (error instanceof RuleInputError || error instanceof SyntaxError) throw new UsageError(`--options ${path}: ${error.message}`);
    throw error;
  }
}
