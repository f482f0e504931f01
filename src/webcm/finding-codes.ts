import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

/** The kinds of finding the webcm rules give, each with its stable code (docs/rules.md). */
export const WEBCM_FINDING_CODES = frozen([
  {
    ruleId: "WEBCM-INITIAL-DUE",
    code: "initial-contact-late",
    severity: "warning",
    summary: "The first complete contact after the HSP waiver assignment notice was entered after the 15-day deadline.",
  },
  {
    ruleId: "WEBCM-INITIAL-DUE",
    code: "initial-contact-missed",
    severity: "error",
    summary:
      "No complete contact has been entered and the 15-day deadline after the HSP waiver assignment notice has passed.",
  },
  {
    ruleId: "WEBCM-INITIAL-DUE",
    code: "rule-not-in-force",
    severity: "info",
    summary: "The HSP waiver assignment notice is dated before the contact deadline was in force: no deadline.",
  },
  {
    ruleId: "WEBCM-CHANGE-DUE",
    code: "updated-contact-late",
    severity: "warning",
    summary: "The first contact naming the new care coordinator was entered after the 15-day deadline.",
  },
  {
    ruleId: "WEBCM-CHANGE-DUE",
    code: "updated-contact-missed",
    severity: "error",
    summary: "No contact naming the new care coordinator has been entered and the 15-day deadline has passed.",
  },
  {
    ruleId: "WEBCM-CHANGE-DUE",
    code: "rule-not-in-force",
    severity: "info",
    summary: "The care coordinator change is dated before the contact deadline was in force: no deadline.",
  },
  {
    ruleId: "WEBCM-CHANGE-DUE",
    code: "former-coordinator-named",
    severity: "warning",
    summary:
      "A contact entered after a change names a coordinator other than the one responsible: it does not meet the " +
      "change deadline.",
  },
  {
    ruleId: "WEBCM-CONTACT-FIELDS",
    code: "contact-field-invalid",
    severity: "error",
    summary: "A contact entry has a missing or malformed name, e-mail or telephone: it does not meet a deadline.",
  },
] as const satisfies readonly FindingCodeEntry[]);
