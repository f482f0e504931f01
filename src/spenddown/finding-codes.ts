import type { FindingCodeEntry } from "../core/types.js";
import { frozen } from "../core/freeze.js";

/** The kinds of finding the spenddown rules give, each with its stable code (docs/rules.md). */
export const SPENDDOWN_FINDING_CODES = frozen([
  {
    ruleId: "SPENDDOWN-PAYMENT-DUE",
    code: "payment-missed",
    severity: "error",
    summary: "No advance spenddown payment to HFS for a month, and its due date has passed.",
  },
  {
    ruleId: "SPENDDOWN-PAYMENT-DUE",
    code: "payment-late",
    severity: "error",
    summary: "The advance spenddown payment for a month was paid after its due date.",
  },
  {
    ruleId: "SPENDDOWN-PAYMENT-DUE",
    code: "payment-short",
    severity: "warning",
    summary: "The advance payment for a month is less than the month's spenddown amount.",
  },
  {
    ruleId: "SPENDDOWN-BILLS-SUFFICIENT",
    code: "bills-insufficient",
    severity: "info",
    summary: "The month's allowable bills do not meet the spenddown amount.",
  },
  {
    ruleId: "SPENDDOWN-PREREQUISITES",
    code: "prerequisites-missing",
    severity: "error",
    summary:
      "Paperwork was not done before the member left the NF/IMD (enrollment form, representative-payee agreement, " +
      "AABD application).",
  },
  {
    ruleId: "SPENDDOWN-MEASURES",
    code: "months-outside-quarter",
    severity: "info",
    summary: "Months given for a member lie outside the reporting quarter and are left out of the report.",
  },
  {
    ruleId: "SPENDDOWN-MEASURES",
    code: "payment-after-self-termination",
    severity: "warning",
    summary: "Advance payments are recorded for months after the member self-terminated (the advance is canceled).",
  },
  {
    ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
    code: "report-late",
    severity: "error",
    summary: "A quarterly financial or performance report was submitted after its due date.",
  },
  {
    ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
    code: "report-missed",
    severity: "error",
    summary: "A quarterly financial or performance report is not submitted and its due date has passed.",
  },
] as const satisfies readonly FindingCodeEntry[]);
