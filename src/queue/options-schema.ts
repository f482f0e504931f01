import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { PARTIES } from "../core/types.js";

// The options of the work queue as a zod schema (published at hfs-mco-rules/schemas): the
// boundary validates with it (src/api/settings/queue.ts); the policy reads only its types.

const Percent = z.number().check(z.gte(0), z.lte(100));

/**
 * The options of {@link workQueue} (docs/queue.md):
 * - `withinBusinessDays`: only deadlines due within this many business days of `asOf` (missed
 *   ones, negative, are always within);
 * - `withinCalendarDays`: the same in calendar days (both given: both must hold);
 * - `parties`: only the deadlines these parties owe (default: every party);
 * - `atRisk`: the at-risk levels, as the share of the period elapsed in percent
 *   (default `{ warning: 50, critical: 75 }`, like ServiceNow's 50/75/100 % SLA warnings; a
 *   missed deadline is `breached`).
 */
export const WorkQueueOptionsSchema = frozen(
  z.strictObject({
    withinBusinessDays: z.optional(z.number().check(z.int(), z.gte(0))),
    withinCalendarDays: z.optional(z.number().check(z.int(), z.gte(0))),
    parties: z.optional(z.array(z.enum(PARTIES))),
    atRisk: z.optional(
      z
        .strictObject({ warning: Percent, critical: Percent })
        .check(z.refine((t) => t.warning <= t.critical, { message: "warning must not be above critical" })),
    ),
  }),
);
export type WorkQueueOptions = z.input<typeof WorkQueueOptionsSchema>;
