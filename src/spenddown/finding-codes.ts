import type { FindingCodeEntry } from "../core/types.js";

/** The kinds of finding the spenddown rules give, each with its stable code (docs/rules.md). */
export const SPENDDOWN_FINDING_CODES = [] as const satisfies readonly FindingCodeEntry[];
