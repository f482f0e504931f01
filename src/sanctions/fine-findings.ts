import type { IsoDate } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import type { RuleBook } from "../rules/model.js";
import { parameterInForce, ruleVersionAt } from "../rules/registry.js";
import type { FineDate } from "./fine-date.js";
import { SANCTION_FINDINGS, type SanctionFinding } from "./finding-codes.js";

/** A fine with the date that placed it in a period. */
export interface DatedFine {
  readonly fine: Fine;
  readonly fineDate: FineDate;
}

/** True when the sanction rules were in force on the fine's date (fines from May 2020). */
export function inForce(date: IsoDate): boolean {
  return ruleVersionAt("SANCTION-NOTICE-ONLY-IF-FINED", date) !== undefined;
}

function findingsOfFine({ fine, fineDate }: DatedFine, ruleBook: RuleBook | undefined): SanctionFinding[] {
  const events = [fine.ticketNumber];
  const ticket = { ticketNumber: fine.ticketNumber };
  if (!inForce(fineDate.date))
    return [
      raiseFinding(
        SANCTION_FINDINGS,
        "fine-before-sanctions",
        { ...ticket, fineDate: fineDate.date },
        {
          events,
          date: fineDate.date,
        },
      ),
    ];
  const findings: SanctionFinding[] = [];
  if (fine.issuedOn !== null && fine.issuedOn < fine.overdueOn) {
    const facts = { ...ticket, issuedOn: fine.issuedOn, overdueOn: fine.overdueOn };
    findings.push(
      raiseFinding(SANCTION_FINDINGS, "fine-issued-before-overdue", facts, { events, date: fine.issuedOn }),
    );
  }
  const standard = parameterInForce("PORTAL-FINE", fineDate.date, "amountCents", { rules: ruleBook });
  if (typeof standard === "number" && fine.amountCents !== standard) {
    const facts = { ...ticket, amountCents: fine.amountCents, standardCents: standard };
    findings.push(raiseFinding(SANCTION_FINDINGS, "fine-amount-not-standard", facts, { events, date: fineDate.date }));
  }
  if (fineDate.basis === "overdue (issue date unknown)") {
    const facts = { ...ticket, overdueOn: fine.overdueOn };
    findings.push(raiseFinding(SANCTION_FINDINGS, "fine-issue-date-unknown", facts, { events, date: fine.overdueOn }));
  }
  return findings;
}

function duplicateFindings(fines: readonly DatedFine[]): SanctionFinding[] {
  const seen = new Map<string, number>();
  for (const { fine } of fines) {
    const key = JSON.stringify([fine.mco, fine.ticketNumber]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => {
      const [mco, ticketNumber] = JSON.parse(key) as [string, string];
      const facts = { ticketNumber, mco, fines: count };
      return raiseFinding(SANCTION_FINDINGS, "ticket-fined-more-than-once", facts, {
        events: [ticketNumber],
      });
    });
}

/** The findings about a set of fines: out-of-force dates, early issue, unusual amounts, duplicates. */
export function fineFindings(fines: readonly DatedFine[], ruleBook?: RuleBook): SanctionFinding[] {
  return [...fines.flatMap((f) => findingsOfFine(f, ruleBook)), ...duplicateFindings(fines)];
}
