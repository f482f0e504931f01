import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

/** The kinds of finding the calendar rules give, each with its stable code (docs/rules.md). */
export const CALENDAR_FINDING_CODES = frozen([] as const satisfies readonly FindingCodeEntry[]);
