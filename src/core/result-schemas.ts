import * as z from "zod/mini";
import { frozen } from "./freeze.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { EXPLANATION_STEP_KINDS } from "./explanation-step-kinds.js";
import { COUNTINGS, DEADLINE_STATUSES, PARTIES } from "./types.js";

// The shapes of the results every area returns, as zod schemas, so that schemas/ ships them as
// JSON Schema next to the input schemas (scripts/build-schemas.ts): an application in any
// language can validate a result it receives. Strict: a result has these fields and no other.

/** An {@link ExplanationStep}. */
export const ExplanationStepSchema = frozen(
  z.strictObject({
    kind: z.enum(EXPLANATION_STEP_KINDS),
    from: z.optional(IsoDateSchema),
    to: IsoDateSchema,
    reason: z.string(),
  }),
);

/**
 * An {@link Explanation}, lean (the default: no `source`, `documents` or `text`; no `ruleId` on
 * a Deadline's) or full (`detail: "full"`: every field).
 *
 * @example ExplanationSchema.safeParse(evaluateTicket(ticket, { asOf }).deadlines[0].explanation).success // true
 */
export const ExplanationSchema = frozen(
  z.strictObject({
    ruleId: z.optional(z.string()),
    source: z.optional(z.array(z.string())),
    documents: z.optional(z.array(z.string())),
    start: IsoDateSchema,
    startLabel: z.optional(z.string()),
    counting: z.enum(COUNTINGS),
    amount: z.number().check(z.int()),
    options: z.optional(z.record(z.string(), z.string())),
    steps: z.array(ExplanationStepSchema),
    result: IsoDateSchema,
    text: z.optional(z.string()),
  }),
);

/** A {@link Party}. */
export const PartySchema = frozen(z.enum(PARTIES));

/** A {@link Deadline}. */
export const DeadlineSchema = frozen(
  z.strictObject({
    ruleId: z.string(),
    name: z.string(),
    party: PartySchema,
    dueDate: IsoDateSchema,
    // Every DeadlineStatus, `not used` and `not applicable` included (daysLate 0 for both).
    status: z.enum(DEADLINE_STATUSES),
    metOn: z.nullable(IsoDateSchema),
    daysLate: z.number().check(z.int(), z.nonnegative()),
    explanation: ExplanationSchema,
  }),
);
