import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date-schema.js";
import { DeadlineSchema, ExplanationSchema } from "../core/result-schemas.js";
import { findingSchemaOf } from "../findings/schema.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";
import { ClosureReasonSchema } from "./schemas.js";
import { TICKET_STATUSES } from "./status.js";
import { frozen } from "../core/freeze.js";

// What evaluateTicket returns, as a zod schema: schemas/ticket-evaluation.schema.json, for the
// applications that receive results (the CLI's JSON, a service) to validate them.

const SubmissionWindowSchema = z.strictObject({
  start: IsoDateSchema,
  startLabel: z.string(),
  earliest: ExplanationSchema,
  latest: ExplanationSchema,
  submittedOn: IsoDateSchema,
  daysAfterStart: z.number().check(z.int()),
  timing: z.enum(["premature", "timely", "not timely"]),
});

const FineResultSchema = z.strictObject({
  ticketNumber: z.string(),
  mco: z.string(),
  dueDate: IsoDateSchema,
  overdueOn: IsoDateSchema,
  issuedOn: z.nullable(IsoDateSchema),
  amountCents: z.number().check(z.int()),
});

/**
 * A {@link TicketEvaluation}, lean (the default) or full (`detail: "full"`).
 *
 * @example TicketEvaluationSchema.safeParse(evaluateTicket(ticket, { asOf: "2024-07-10" })).success // true
 */
export const TicketEvaluationSchema = frozen(
  z.strictObject({
    ticketNumber: z.string(),
    mco: z.string(),
    program: z.string(),
    providerType: z.string(),
    asOf: IsoDateSchema,
    policy: z.strictObject({
      filedOn: IsoDateSchema,
      newPortalFrom: IsoDateSchema,
      inScope: z.boolean(),
      rulesNotInForce: z.array(z.string()),
    }),
    status: z.enum(TICKET_STATUSES),
    closure: z.nullable(
      z.strictObject({
        reason: ClosureReasonSchema,
        ruleId: z.string(),
        on: IsoDateSchema,
        source: z.enum(["intake", "policy", "event"]),
      }),
    ),
    submissionWindow: z.nullable(SubmissionWindowSchema),
    mcoReceivedOn: z.nullable(IsoDateSchema),
    proposalDueDate: z.nullable(IsoDateSchema),
    deadlines: z.array(DeadlineSchema),
    // Each finding with its kind's facts, by code (finding-codes.ts).
    findings: z.array(findingSchemaOf(PORTAL_FINDINGS)),
    overdue: z.boolean(),
    overdueSince: z.nullable(IsoDateSchema),
    fine: z.nullable(FineResultSchema),
    fineNotice: z.nullable(z.strictObject({ subject: z.string(), body: z.string() })),
  }),
);
