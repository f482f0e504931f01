import * as z from "zod/mini";
import { calendarQuarterOf } from "../calendar/quarter.js";
import { parseInput } from "../core/errors.js";
import { formatCents, sumCents } from "../core/money.js";
import type { Fine } from "../core/types.js";
import { fineDateOf } from "../sanctions/fine-date.js";
import { inForce } from "../sanctions/fine-findings.js";
import { FineSchema } from "../sanctions/fine.js";
import { type FineDateBasis, FineDateBasisSchema } from "../sanctions/options.js";
import { reportingPeriodOf } from "../sanctions/reporting-period.js";

/**
 * The quarter a fine is counted in, by statistics and sanction notices alike: the reporting
 * period (SANCTION-PERIOD) of its fine date (`fineDateOf`, open point 6, option `fineDateBasis`:
 * the issue date by default, else the day the ticket went overdue). A fine dated before portal
 * sanctions were in force has no reporting period (no notice lists it); it is counted in the
 * calendar quarter of that date.
 *
 * @example fineQuarter({ ...fine, overdueOn: "2025-03-29", issuedOn: "2025-04-02" }, "issued") // "2025-Q2"
 */
export function fineQuarter(fine: Fine, basis: FineDateBasis = "issued"): string {
  return fineQuarterOf(
    parseInput(FineSchema, fine, "fineQuarter: fine"),
    parseInput(FineDateBasisSchema, basis, "fineQuarter: basis"),
  );
}

/** @internal {@link fineQuarter} of a fine already checked. */
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
 * The fine counts of a set of fines: how many, how many issued, the total in integer cents.
 *
 * @example fineCounts([]) // { fines: 0, finesIssued: 0, sanctionTotalCents: 0, sanctionTotal: "$0.00" }
 */
export function fineCounts(fines: readonly Fine[]): FineCounts {
  return countFines(parseInput(z.array(FineSchema), fines, "fineCounts: fines"));
}

/** @internal {@link fineCounts} of fines already checked. */
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
