// `--options <file.json | inline JSON>`: an area's open-point options, validated by its schema.
import type * as z from "zod/mini";
import { jsonOption } from "./json-option.js";

const read = new Map<string, unknown>();

/** The options of `value`, read and validated once per run (commands call it for every record). */
export function optionsFile<S extends z.ZodMiniType>(
  value: string | undefined,
  schema: S,
): z.output<S> | Record<string, never> {
  if (value === undefined) return {};
  if (!read.has(value)) read.set(value, jsonOption("--options", value, schema));
  return read.get(value) as z.output<S>;
}
