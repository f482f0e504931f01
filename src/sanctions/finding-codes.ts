import type { FindingCodeEntry } from "../core/types.js";

/** The kinds of finding the sanctions rules give, each with its stable code (docs/rules.md). */
export const SANCTION_FINDING_CODES = [] as const satisfies readonly FindingCodeEntry[];
