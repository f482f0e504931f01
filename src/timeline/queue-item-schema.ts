import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { PARTIES } from "../core/types.js";
import { AT_RISK_LEVELS, QUEUE_STATUSES } from "../queue/types.js";

// The fields of a WorkQueueItem the page shows, checked at the boundary where a caller hands
// items in (src/api/operations/outputs-runs.ts): a hand-made or altered item is a
// RuleInputError naming `settings.queue[i]…`. Other fields (the area, calendar days, the
// subject's member) are not shown and not required.
const QueueItemSchema = z.object({
  dueDate: IsoDateSchema,
  businessDaysLeft: z.number().check(z.int()),
  status: z.enum(QUEUE_STATUSES),
  atRisk: z.enum(AT_RISK_LEVELS),
  ruleId: z.string(),
  name: z.string(),
  party: z.enum(PARTIES),
  subject: z.object({ ticketNumber: z.optional(z.string()), mco: z.optional(z.string()), label: z.string() }),
  explanation: z.object({
    start: IsoDateSchema,
    startLabel: z.optional(z.string()),
    steps: z.array(z.object({ reason: z.string() })),
  }),
});

/**
 * @internal The items of a work queue as the page reads them.
 *
 * @example QueueItemsSchema.safeParse(workQueue(evaluations, { asOf }).items).success // true
 */
export const QueueItemsSchema = frozen(z.array(QueueItemSchema));

/** The part of a `WorkQueueItem` the page shows. */
export type QueueRowItem = z.output<typeof QueueItemSchema>;
