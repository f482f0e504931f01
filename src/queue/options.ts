import { frozen } from "../core/freeze.js";
import type { Party } from "../core/types.js";

// The work queue's options as the policy reads them: checked and with their defaults filled in
// at the boundary (src/api/settings/queue.ts, `resolveWorkQueueOptions`).

export { WorkQueueOptionsSchema, type WorkQueueOptions } from "./options-schema.js";

/** The options with their defaults filled in. */
export interface ResolvedWorkQueueOptions {
  readonly withinBusinessDays: number | null;
  readonly withinCalendarDays: number | null;
  readonly parties: ReadonlySet<Party> | null;
  readonly atRisk: { readonly warning: number; readonly critical: number };
}

/** The default at-risk levels: 50 % and 75 % of the period elapsed (100 %: breached). */
export const DEFAULT_AT_RISK = frozen({ warning: 50, critical: 75 } as const);
