import { z } from "zod";
import { DATE_REASON, describeDate, type IsoDate, isIsoDate } from "./dates.js";

const dateError = (issue: { input?: unknown }) => `${DATE_REASON}, got ${describeDate(issue.input)}`;

/** The supported years 1900-2199, as a pattern for the JSON Schema (isIsoDate is the test). */
const SUPPORTED_YEARS = /^(?:19|20|21)\d\d-/;

/**
 * zod schema of an {@link IsoDate}; the error message says what is wrong, never the value. Built on
 * `z.iso.date()` and the supported years so that its JSON Schema is `{ type: "string", format:
 * "date", allOf: [pattern, years] }`: what the schema accepts, the library accepts.
 *
 * @example IsoDateSchema.parse("2024-07-04") // "2024-07-04"
 */
export const IsoDateSchema = z.iso
  .date({ error: dateError, abort: true })
  .regex(SUPPORTED_YEARS, { error: dateError, abort: true })
  .refine(isIsoDate, { error: dateError })
  .meta({ format: "date" }) as unknown as z.ZodType<IsoDate, string>;
