import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.js";
import { PartySchema } from "../core/result-schemas.js";
import { frozen } from "../core/freeze.js";

// The shape of a TicketTimeline, checked where a caller hands one back (ticketTimelineSvg,
// timelinePage): a hand-made or altered timeline is a RuleInputError naming the field.

/** @internal A {@link TicketTimeline} as data. */
export const TicketTimelineSchema = frozen(
  z.object({
    ticketNumber: z.string(),
    mco: z.string(),
    program: z.string(),
    providerType: z.string(),
    asOf: IsoDateSchema,
    status: z.string(),
    closureReason: z.string().nullable(),
    events: z.array(z.object({ date: IsoDateSchema, label: z.string() })),
    deadlines: z.array(
      z.object({
        ruleId: z.string(),
        name: z.string(),
        party: PartySchema,
        start: IsoDateSchema,
        dueDate: IsoDateSchema,
        status: z.enum(["met", "late", "open", "missed", "projected"]),
        metOn: IsoDateSchema.nullable(),
        explanation: z.string(),
        condition: z.string().nullable(),
      }),
    ),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        code: z.string().nullable(),
        severity: z.enum(["error", "warning", "info"]),
        message: z.string(),
      }),
    ),
  }),
);
