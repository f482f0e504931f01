import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema } from "../core/iso-date-schema.js";
import { PartySchema } from "../core/result-schemas.js";
import type { FindingKinds } from "./kind.js";

/**
 * The schema of the findings of `kinds`: one strict object per code, with the fields every finding
 * has, the code's rules and severity, and its facts; a union keyed by `code`, so that a program
 * (and a JSON Schema validator) reads a finding's facts from its code.
 *
 * @example
 * const finding = evaluateContactDeadlines(history, { asOf }).findings[0];
 * findingSchemaOf(WEBCM_FINDINGS).safeParse(finding).success // true
 */
export function findingSchemaOf(kinds: FindingKinds): z.ZodMiniType {
  const branches = Object.entries(kinds).map(([code, kind]) =>
    z.strictObject({
      ruleId: z.enum(kind.rules),
      code: z.literal(code),
      party: kind.party === null ? PartySchema : z.literal(kind.party),
      severity: z.literal(kind.severity),
      message: z.string(),
      events: z.array(z.string()),
      date: z.optional(IsoDateSchema),
      member: z.optional(z.string()),
      ...kind.facts,
    }),
  );
  const [first, ...rest] = branches;
  if (!first) throw new Error("findingSchemaOf: no kind of finding");
  return frozen(z.discriminatedUnion("code", [first, ...rest]));
}
