import { frozen } from "../core/freeze.js";
import { formatCents } from "../core/money.js";
import { countFact, dateFact, textFact } from "../findings/facts.js";
import { defineFindingKinds, findingCodeEntries, type FindingOf, findingKind } from "../findings/kind.js";

// The ticket a fine is for: every finding about one fine names it.
const TICKET = frozen({ ticketNumber: textFact });

/** The kinds of finding the sanctions rules give, by code: rule, severity, facts and message (docs/rules.md). */
export const SANCTION_FINDINGS = defineFindingKinds({
  "fine-before-sanctions": findingKind({
    rules: ["SANCTION-PERIOD"],
    severity: "error",
    party: "HFS",
    summary: "A fine is dated before portal fines and sanctions were in force: it is left out of every notice.",
    facts: { ...TICKET, fineDate: dateFact },
    message: (f) =>
      `Fine for ticket ${f.ticketNumber} is dated ${f.fineDate}, before portal fines and sanctions ` +
      "were in force; it is left out of every notice.",
  }),
  "fine-issue-date-unknown": findingKind({
    rules: ["SANCTION-PERIOD"],
    severity: "info",
    party: "HFS",
    summary: "A fine has no issue date: it is placed in a reporting period by the day its ticket went overdue.",
    facts: { ...TICKET, overdueOn: dateFact },
    message: (f) =>
      `Fine for ticket ${f.ticketNumber} has no issue date; it is placed in a period by the day the ` +
      `ticket went overdue (${f.overdueOn}).`,
  }),
  "fine-issued-before-overdue": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A fine was issued before its ticket went overdue.",
    facts: { ...TICKET, issuedOn: dateFact, overdueOn: dateFact },
    message: (f) =>
      `Fine for ticket ${f.ticketNumber} was issued ${f.issuedOn}, before the ticket went overdue on ${f.overdueOn}.`,
  }),
  "fine-amount-not-standard": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A fine's amount is not the PORTAL-FINE amount; the notice totals the amount given.",
    facts: { ...TICKET, amountCents: countFact, standardCents: countFact },
    message: (f) =>
      `Fine for ticket ${f.ticketNumber} is ${formatCents(f.amountCents)}, not the ` +
      `${formatCents(f.standardCents)} of PORTAL-FINE; the notice totals the amount given.`,
  }),
  "ticket-fined-more-than-once": findingKind({
    rules: ["PORTAL-FINE"],
    severity: "warning",
    party: "HFS",
    summary: "A ticket is fined more than once; PORTAL-FINE is one fine per overdue ticket.",
    facts: { ...TICKET, mco: textFact, fines: countFact },
    message: (f) =>
      `Ticket ${f.ticketNumber} of ${f.mco} is fined ${f.fines} times; PORTAL-FINE is one fine per overdue ticket. ` +
      "Each fine given is listed and totalled.",
  }),
  "notice-without-fines": findingKind({
    rules: ["SANCTION-NOTICE-ONLY-IF-FINED"],
    severity: "warning",
    party: "HFS",
    summary: "A notice was issued for an MCO and reporting period with no fine known.",
    facts: { mco: textFact, year: countFact, quarter: countFact, issuedOn: dateFact, asOf: dateFact },
    message: (f) =>
      `A notice was issued to ${f.mco} for ${f.year}-Q${f.quarter} on ${f.issuedOn}, but no fine of that ` +
      `period is known as of ${f.asOf}.`,
  }),
});

/** A finding of the sanctions rules: a union keyed by `code`, each with its facts as fields. */
export type SanctionFinding = FindingOf<typeof SANCTION_FINDINGS>;

/** The kinds of finding the sanctions rules give, as catalogue entries (one per rule a kind is raised under). */
export const SANCTION_FINDING_CODES = findingCodeEntries(SANCTION_FINDINGS);
