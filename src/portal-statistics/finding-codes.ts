import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

// The statistics count tickets; they give no finding of their own (a ticket's findings are the portal's).
/** The kinds of finding the portal-statistics rules give, each with its stable code (docs/rules.md). */
export const PORTAL_STATISTICS_FINDING_CODES = frozen([] as const satisfies readonly FindingCodeEntry[]);
