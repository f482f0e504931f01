import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { PartySchema } from "../core/result-schemas.js";
import { SEVERITIES } from "../core/types.js";
import { ClosureReasonSchema } from "../portal/schemas.js";
import { TICKET_STATUSES } from "../portal/status.js";
import { TIMELINE_STATUSES } from "./status-look.js";

// The shape of a TicketTimeline, checked where a caller hands one back (ticketTimelineSvg,
// timelinePage): a hand-made or altered timeline is a RuleInputError naming the field. Every
// enumeration is the vocabulary's own list: a value the library produces is always accepted.

/** @internal A {@link TicketTimeline} as data. */
export const TicketTimelineSchema = frozen(
  z.object({
    ticketNumber: z.string(),
    mco: z.string(),
    program: z.string(),
    providerType: z.string(),
    asOf: IsoDateSchema,
    status: z.enum(TICKET_STATUSES),
    closureReason: z.nullable(ClosureReasonSchema),
    events: z.array(z.object({ date: IsoDateSchema, label: z.string() })),
    deadlines: z.array(
      z.object({
        ruleId: z.string(),
        name: z.string(),
        party: PartySchema,
        start: IsoDateSchema,
        dueDate: IsoDateSchema,
        status: z.enum(TIMELINE_STATUSES),
        metOn: z.nullable(IsoDateSchema),
        explanation: z.string(),
        condition: z.nullable(z.string()),
      }),
    ),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        code: z.nullable(z.string()),
        severity: z.enum(SEVERITIES),
        message: z.string(),
      }),
    ),
  }),
);
