import { calendarQuarterOf } from "../calendar/quarter.js";
import { formatCents, sumCents } from "../core/money.js";
import type { Fine } from "../core/types.js";
import { fineDateOf } from "../sanctions/fine-date.js";
import { inForce } from "../sanctions/fine-findings.js";
import type { FineDateBasis } from "../sanctions/options.js";
import { reportingPeriodOf } from "../sanctions/reporting-period.js";

/**
 * The quarter a checked fine is counted in, by statistics and sanction notices alike: the
 * reporting period (SANCTION-PERIOD) of its fine date (`fineDateOf`, open point 6: `basis`); a
 * fine dated before portal sanctions were in force is counted in the calendar quarter of that
 * date. The policy of `fineQuarter` (checked at the boundary: src/api/operations/statistics-runs.ts).
 *
 * @example fineQuarterOf({ ...fine, overdueOn: "2025-03-29", issuedOn: "2025-04-02" }, "issued") // "2025-Q2"
 */
export function fineQuarterOf(fine: Fine, basis: FineDateBasis): string {
  const { date } = fineDateOf(fine, basis);
  return inForce(date) ? reportingPeriodOf(date).id : calendarQuarterOf(date).id;
}

/** The fine fields of a group's counts. */
export interface FineCounts {
  readonly fines: number;
  readonly finesIssued: number;
  readonly sanctionTotalCents: number;
  readonly sanctionTotal: string;
}

/**
 * @internal The fine counts of checked fines: how many, how many issued, the total in integer
 * cents; `fineCounts` checks a caller's list.
 *
 * @example countFines([]) // { fines: 0, finesIssued: 0, sanctionTotalCents: 0, sanctionTotal: "$0.00" }
 */
export function countFines(fines: readonly Fine[]): FineCounts {
  const cents = sumCents(
    fines.map((f) => f.amountCents),
    "tickets[].fines[].amountCents",
    "the fines of the group",
  );
  return {
    fines: fines.length,
    finesIssued: fines.filter((f) => f.issuedOn !== null).length,
    sanctionTotalCents: cents,
    sanctionTotal: formatCents(cents),
  };
}
