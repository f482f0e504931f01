import { countText } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";
import { formatCents } from "../core/money.js";
import { choiceFact, countFact, dateFact, textFact, textsFact } from "../findings/facts.js";
import { defineFindingKinds, findingCodeEntries, type FindingOf, findingKind } from "../findings/kind.js";
import { SpenddownMonthSchema, SpenddownMonthsSchema } from "./month-schema.js";
import { QUARTERLY_REPORT_TITLES } from "./report-titles.js";

// A member-month (`YYYY-MM`), and a list of them: the months a finding is about.
const monthFact = SpenddownMonthSchema;
const monthsFact = SpenddownMonthsSchema;
const days = (n: number) => countText(n, "day");

const REPORT = frozen({ report: choiceFact(["financial", "performance"]), quarter: textFact, dueDate: dateFact });

/** The kinds of finding the spenddown rules give, by code: rule, severity, facts and message (docs/rules.md). */
export const SPENDDOWN_FINDINGS = defineFindingKinds({
  "payment-missed": findingKind({
    rules: ["SPENDDOWN-PAYMENT-DUE"],
    severity: "error",
    party: "Williams provider",
    summary: "No advance spenddown payment to HFS for a month, and its due date has passed.",
    facts: { month: monthFact, dueDate: dateFact, daysLate: countFact },
    message: (f) => `No advance payment to HFS for ${f.month}: due ${f.dueDate}, ${days(f.daysLate)} overdue.`,
  }),
  "payment-late": findingKind({
    rules: ["SPENDDOWN-PAYMENT-DUE"],
    severity: "error",
    party: "Williams provider",
    summary: "The advance spenddown payment for a month was paid after its due date.",
    facts: { month: monthFact, paidOn: dateFact, dueDate: dateFact, daysLate: countFact },
    message: (f) =>
      `Advance payment for ${f.month} paid ${f.paidOn}, ${days(f.daysLate)} after the due date ${f.dueDate}.`,
  }),
  "payment-short": findingKind({
    rules: ["SPENDDOWN-PAYMENT-DUE"],
    severity: "warning",
    party: "Williams provider",
    summary: "The advance payment for a month is less than the month's spenddown amount.",
    facts: { month: monthFact, paidCents: countFact, spenddownCents: countFact },
    message: (f) =>
      `Advance payment ${formatCents(f.paidCents)} for ${f.month} is less than the spenddown amount ` +
      `${formatCents(f.spenddownCents)}.`,
  }),
  "bills-insufficient": findingKind({
    rules: ["SPENDDOWN-BILLS-SUFFICIENT"],
    severity: "info",
    party: "Williams provider",
    summary: "The month's allowable bills do not meet the spenddown amount.",
    facts: { month: monthFact, billsCents: countFact, spenddownCents: countFact, shortfallCents: countFact },
    message: (f) =>
      `Allowable bills ${formatCents(f.billsCents)} for ${f.month} do not meet the spenddown amount ` +
      `${formatCents(f.spenddownCents)} (short ${formatCents(f.shortfallCents)}).`,
  }),
  "prerequisites-missing": findingKind({
    rules: ["SPENDDOWN-PREREQUISITES"],
    severity: "error",
    party: "Williams provider",
    summary:
      "Paperwork was not done before the member left the NF/IMD (enrollment form, representative-payee agreement, " +
      "AABD application).",
    facts: { leftFacilityOn: dateFact, missing: textsFact },
    message: (f) => `Not done before the member left the NF/IMD on ${f.leftFacilityOn}: ${f.missing.join(", ")}.`,
  }),
  "months-outside-quarter": findingKind({
    rules: ["SPENDDOWN-MEASURES"],
    severity: "info",
    party: "Williams provider",
    summary: "Months given for a member lie outside the reporting quarter and are left out of the report.",
    facts: { months: monthsFact, quarter: textFact, monthsInQuarter: countFact },
    message: (f) =>
      `${f.months.length === 1 ? "Month" : "Months"} ${f.months.join(", ")} ` +
      `${f.months.length === 1 ? "is" : "are"} outside ${f.quarter} and left ` +
      `out${f.monthsInQuarter === 0 ? "; the member has no month in the quarter and is not counted" : ""}.`,
  }),
  "payment-after-self-termination": findingKind({
    rules: ["SPENDDOWN-MEASURES"],
    severity: "warning",
    party: "Williams provider",
    summary: "Advance payments are recorded for months after the member self-terminated (the advance is canceled).",
    facts: { selfTerminatedIn: monthFact, paidMonths: monthsFact },
    message: (f) =>
      `Self-terminated in ${f.selfTerminatedIn} (the spenddown advance is canceled) but advance ` +
      `payments are recorded for ${f.paidMonths.join(", ")}.`,
  }),
  "report-late": findingKind({
    rules: ["SPENDDOWN-QUARTERLY-REPORTS"],
    severity: "error",
    party: "Williams provider",
    summary: "A quarterly financial or performance report was submitted after its due date.",
    facts: { ...REPORT, submittedOn: dateFact, daysLate: countFact },
    message: (f) =>
      `${QUARTERLY_REPORT_TITLES[f.report]} for ${f.quarter} submitted ${f.submittedOn}, ${days(f.daysLate)} late ` +
      `the due date ${f.dueDate}.`,
  }),
  "report-missed": findingKind({
    rules: ["SPENDDOWN-QUARTERLY-REPORTS"],
    severity: "error",
    party: "Williams provider",
    summary: "A quarterly financial or performance report is not submitted and its due date has passed.",
    facts: { ...REPORT, daysLate: countFact },
    message: (f) =>
      `${QUARTERLY_REPORT_TITLES[f.report]} for ${f.quarter} not submitted, ${days(f.daysLate)} past ` +
      `the due date ${f.dueDate}.`,
  }),
});

/** A finding of the spenddown rules: a union keyed by `code`, each with its facts as fields. */
export type SpenddownFinding = FindingOf<typeof SPENDDOWN_FINDINGS>;

/** The kinds of finding the spenddown rules give, as catalogue entries (one per rule a kind is raised under). */
export const SPENDDOWN_FINDING_CODES = findingCodeEntries(SPENDDOWN_FINDINGS);
