// `--options <file.json>`: an area's open-point options as JSON, validated by its schema.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { parseInput, RuleInputError } from "../core/errors.js";
import { UsageError } from "./context.js";

export function optionsFile<S extends z.ZodType>(path: string | undefined, schema: S): z.output<S> | Record<string, never> {
  if (path === undefined) return {};
  try {
    return parseInput(schema, JSON.parse(readFileSync(path, "utf8")), `--options ${path}`);
  } catch (error) {
    if (error instanceof RuleInputError || error instanceof SyntaxError) throw new UsageError(`--options ${path}: ${error.message}`);
    throw error;
  }
}
