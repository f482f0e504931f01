import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date-schema.js";
import { frozen } from "../core/freeze.js";

// The types a finding's facts may take: dates, counts, short texts and choices, each possibly
// absent (null). Nothing else: a fact is data a program acts on, not a sentence.

/** A calendar date fact (`YYYY-MM-DD`). */
export const dateFact = IsoDateSchema;

/** A whole-number fact (days, cents, a count of members). */
export const countFact = frozen(z.int());

/** A short text fact given by the caller or the rules (an event type, a ticket number, a field name). */
export const textFact = frozen(z.string());

/** A fact that is one of `values`. */
export const choiceFact = <const T extends readonly [string, ...string[]]>(values: T) => frozen(z.enum(values));

/** A fact that may be absent (null). */
export const maybeFact = <T extends z.core.$ZodType>(schema: T) => frozen(z.nullable(schema));

/** A list of short texts (e.g. the fields a member lacks). */
export const textsFact = frozen(z.array(z.string()));
