import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

/** The kinds of finding the registration rules give, each with its stable code (docs/rules.md). */
export const REGISTRATION_FINDING_CODES = frozen([
  {
    ruleId: "REGISTRATION-BULK",
    code: "multiple-template-not-used",
    severity: "warning",
    summary: "Several individuals are registered without the multiple registration template.",
  },
  {
    ruleId: "REGISTRATION-INCOMPLETE",
    code: "missing-fields-not-named",
    severity: "warning",
    summary: "The request is marked incomplete but names no missing field.",
  },
] as const satisfies readonly FindingCodeEntry[]);
