import { z } from "zod";
import { frozen } from "./freeze.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { COUNTINGS, DEADLINE_STATUSES, EXPLANATION_STEP_KINDS, PARTIES, SEVERITIES } from "./types.js";

// The shapes of the results every area returns, as zod schemas, so that schemas/ ships them as
// JSON Schema next to the input schemas (scripts/build-schemas.ts): an application in any
// language can validate a result it receives. Strict: a result has these fields and no other.

/** An {@link ExplanationStep}. */
export const ExplanationStepSchema = frozen(
  z.strictObject({
    kind: z.enum(EXPLANATION_STEP_KINDS),
    from: IsoDateSchema.optional(),
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
    ruleId: z.string().optional(),
    source: z.array(z.string()).optional(),
    documents: z.array(z.string()).optional(),
    start: IsoDateSchema,
    startLabel: z.string().optional(),
    counting: z.enum(COUNTINGS),
    amount: z.number().int(),
    options: z.record(z.string(), z.string()).optional(),
    steps: z.array(ExplanationStepSchema),
    result: IsoDateSchema,
    text: z.string().optional(),
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
    metOn: IsoDateSchema.nullable(),
    daysLate: z.number().int().nonnegative(),
    explanation: ExplanationSchema,
  }),
);

/** A {@link Finding}. */
export const FindingSchema = frozen(
  z.strictObject({
    ruleId: z.string(),
    code: z.string().optional(),
    party: PartySchema,
    severity: z.enum(SEVERITIES),
    message: z.string(),
    events: z.array(z.string()),
    date: IsoDateSchema.optional(),
    member: z.string().optional(),
  }),
);
