import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

/** The kinds of finding the sanctions rules give, each with its stable code (docs/rules.md). */
export const SANCTION_FINDING_CODES = frozen([
  {
    ruleId: "SANCTION-PERIOD",
    code: "fine-before-sanctions",
    severity: "error",
    summary: "A fine is dated before portal fines and sanctions were in force: it is left out of every notice.",
  },
  {
    ruleId: "SANCTION-PERIOD",
    code: "fine-issue-date-unknown",
    severity: "info",
    summary: "A fine has no issue date: it is placed in a reporting period by the day its ticket went overdue.",
  },
  {
    ruleId: "PORTAL-FINE",
    code: "fine-issued-before-overdue",
    severity: "warning",
    summary: "A fine was issued before its ticket went overdue.",
  },
  {
    ruleId: "PORTAL-FINE",
    code: "fine-amount-not-standard",
    severity: "warning",
    summary: "A fine's amount is not the PORTAL-FINE amount; the notice totals the amount given.",
  },
  {
    ruleId: "PORTAL-FINE",
    code: "ticket-fined-more-than-once",
    severity: "warning",
    summary: "A ticket is fined more than once; PORTAL-FINE is one fine per overdue ticket.",
  },
  {
    ruleId: "SANCTION-NOTICE-ONLY-IF-FINED",
    code: "notice-without-fines",
    severity: "warning",
    summary: "A notice was issued for an MCO and reporting period with no fine known.",
  },
] as const satisfies readonly FindingCodeEntry[]);
