import type { IsoDate } from "../core/iso-date.js";
import type { Fine, Finding } from "../core/types.js";
import type { RuleBook } from "../rules/model.js";
import { parameterInForce, ruleVersionAt } from "../rules/registry.js";
import type { FineDate } from "./fine-date.js";
import { formatCents } from "../core/money.js";

/** A fine with the date that placed it in a period. */
export interface DatedFine {
  readonly fine: Fine;
  readonly fineDate: FineDate;
}

/** True when the sanction rules were in force on the fine's date (fines from May 2020). */
export function inForce(date: IsoDate): boolean {
  return ruleVersionAt("SANCTION-NOTICE-ONLY-IF-FINED", date) !== undefined;
}

function findingsOfFine({ fine, fineDate }: DatedFine, ruleBook: RuleBook | undefined): Finding[] {
  const events = [fine.ticketNumber];
  const findings: Finding[] = [];
  if (!inForce(fineDate.date)) {
    findings.push({
      ruleId: "SANCTION-PERIOD",
      code: "fine-before-sanctions",
      party: "HFS",
      severity: "error",
      message:
        `Fine for ticket ${fine.ticketNumber} is dated ${fineDate.date}, before portal fines and sanctions ` +
        "were in force; it is left out of every notice.",
      events,
      date: fineDate.date,
    });
    return findings;
  }
  if (fine.issuedOn !== null && fine.issuedOn < fine.overdueOn) {
    findings.push({
      ruleId: "PORTAL-FINE",
      code: "fine-issued-before-overdue",
      party: "HFS",
      severity: "warning",
      message:
        `Fine for ticket ${fine.ticketNumber} was issued ${fine.issuedOn}, before the ticket went overdue on ` +
        `${fine.overdueOn}.`,
      events,
      date: fine.issuedOn,
    });
  }
  const standard = parameterInForce("PORTAL-FINE", fineDate.date, "amountCents", { rules: ruleBook });
  if (typeof standard === "number" && fine.amountCents !== standard) {
    findings.push({
      ruleId: "PORTAL-FINE",
      code: "fine-amount-not-standard",
      party: "HFS",
      severity: "warning",
      message:
        `Fine for ticket ${fine.ticketNumber} is ${formatCents(fine.amountCents)}, not the ` +
        `${formatCents(standard)} of PORTAL-FINE; the notice totals the amount given.`,
      events,
      date: fineDate.date,
    });
  }
  if (fineDate.basis === "overdue (issue date unknown)") {
    findings.push({
      ruleId: "SANCTION-PERIOD",
      code: "fine-issue-date-unknown",
      party: "HFS",
      severity: "info",
      message:
        `Fine for ticket ${fine.ticketNumber} has no issue date; it is placed in a period by the day the ` +
        `ticket went overdue (${fine.overdueOn}).`,
      events,
      date: fine.overdueOn,
    });
  }
  return findings;
}

function duplicateFindings(fines: readonly DatedFine[]): Finding[] {
  const seen = new Map<string, number>();
  for (const { fine } of fines) {
    const key = JSON.stringify([fine.mco, fine.ticketNumber]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => {
      const [mco, ticket] = JSON.parse(key) as [string, string];
      return {
        ruleId: "PORTAL-FINE",
        code: "ticket-fined-more-than-once",
        party: "HFS",
        severity: "warning",
        message:
          `Ticket ${ticket} of ${mco} is fined ${count} times; PORTAL-FINE is one fine per overdue ticket. ` +
          "Each fine given is listed and totalled.",
        events: [ticket],
      } satisfies Finding;
    });
}

/** The findings about a set of fines: out-of-force dates, early issue, unusual amounts, duplicates. */
export function fineFindings(fines: readonly DatedFine[], ruleBook?: RuleBook): Finding[] {
  return [...fines.flatMap((f) => findingsOfFine(f, ruleBook)), ...duplicateFindings(fines)];
}
