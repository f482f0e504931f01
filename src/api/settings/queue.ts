import { parseInput } from "../../core/errors.js";
import { DEFAULT_AT_RISK, type ResolvedWorkQueueOptions } from "../../queue/options.js";
import { WorkQueueOptionsSchema } from "../../queue/options-schema.js";

// The options of the work queue, read and checked once at the boundary (principle 3): the
// policy in src/queue takes them resolved (ResolvedWorkQueueOptions).

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
