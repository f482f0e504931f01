import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { parseInput } from "../core/errors.js";
import { PARTIES, type Party } from "../core/types.js";
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

/** The options with their defaults filled in. */
export interface ResolvedWorkQueueOptions {
  readonly withinBusinessDays: number | null;
  readonly withinCalendarDays: number | null;
  readonly parties: ReadonlySet<Party> | null;
  readonly atRisk: { readonly warning: number; readonly critical: number };
}

/** The default at-risk levels: 50 % and 75 % of the period elapsed (100 %: breached). */
export const DEFAULT_AT_RISK = frozen({ warning: 50, critical: 75 } as const);

/**
 * The options checked (a bad one is a RuleInputError naming it) and the defaults filled in.
 *
 * @example resolveWorkQueueOptions({ withinBusinessDays: 5 }).atRisk // { warning: 50, critical: 75 }
 */
export function resolveWorkQueueOptions(options: unknown): ResolvedWorkQueueOptions {
  const o = parseInput(WorkQueueOptionsSchema, options ?? {}, undefined, "names");
  return {
    withinBusinessDays: o.withinBusinessDays ?? null,
    withinCalendarDays: o.withinCalendarDays ?? null,
    parties: o.parties ? new Set(o.parties) : null,
    atRisk: o.atRisk ?? DEFAULT_AT_RISK,
  };
}
