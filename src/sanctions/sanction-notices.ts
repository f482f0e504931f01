import type { IsoDate } from "../core/iso-date.js";
import type { Explanation, Fine } from "../core/types.js";
import { type FineDate, fineDateOf } from "./fine-date.js";
import { type DatedFine, fineFindings, inForce } from "./fine-findings.js";
import type { SanctionFinding } from "./finding-codes.js";
import type { InvalidFine } from "./fine.js";
import { compareText } from "../core/compare.js";
import { formatCents, sumCents } from "../core/money.js";
import { noticeDueDateOf } from "./notice-due-date.js";
import type { FineDateBasis, ResolvedSanctionOptions, SanctionUnstatedRoll } from "./options.js";
import { type ReportingPeriod, reportingPeriodOf } from "./reporting-period.js";

/** One fine on a Portal Sanction Payment Notice. */
export interface SanctionNoticeLine {
  readonly ticketNumber: string;
  /** The proposal due date that was missed (PORTAL-FINE-NOTICE: "was due [insert date]"). */
  readonly dueDate: IsoDate;
  readonly overdueOn: IsoDate;
  readonly issuedOn: IsoDate | null;
  /** The date that put the fine in this period (open interpretation 6). */
  readonly fineDate: IsoDate;
  readonly fineDateBasis: FineDate["basis"];
  readonly amountCents: number;
  /** E.g. `$5,000.00`. */
  readonly amount: string;
}

/** A Portal Sanction Payment Notice: one MCO, one reporting period with at least one fine. */
export interface SanctionNotice {
  readonly ruleId: "SANCTION-NOTICE-ONLY-IF-FINED";
  readonly mco: string;
  readonly period: ReportingPeriod;
  readonly fines: readonly SanctionNoticeLine[];
  readonly count: number;
  readonly totalCents: number;
  /** E.g. `$15,000.00`. */
  readonly total: string;
  /** The date HFS must issue the notice by (SANCTION-NOTICE-DUE). */
  readonly noticeDueDate: IsoDate;
  readonly explanation: Explanation;
}

/** The notices of a set of fines, with findings and the options used. */
export interface SanctionNotices {
  readonly notices: readonly SanctionNotice[];
  readonly findings: readonly SanctionFinding[];
  readonly options: { readonly fineDateBasis: FineDateBasis; readonly unstatedRoll: SanctionUnstatedRoll };
  /** Under `onError: "collect"`: the fines left out because they could not be read, in input order. */
  readonly invalidFines: readonly InvalidFine[];
}

function line({ fine, fineDate }: DatedFine): SanctionNoticeLine {
  return {
    ticketNumber: fine.ticketNumber,
    dueDate: fine.dueDate,
    overdueOn: fine.overdueOn,
    issuedOn: fine.issuedOn,
    fineDate: fineDate.date,
    fineDateBasis: fineDate.basis,
    amountCents: fine.amountCents,
    amount: formatCents(fine.amountCents),
  };
}

function compareLines(a: SanctionNoticeLine, b: SanctionNoticeLine): number {
  return (
    compareText(a.fineDate, b.fineDate) ||
    compareText(a.ticketNumber, b.ticketNumber) ||
    compareText(a.dueDate, b.dueDate) ||
    compareText(a.issuedOn ?? "", b.issuedOn ?? "") ||
    a.amountCents - b.amountCents
  );
}

function groupByMcoAndPeriod(
  fines: readonly DatedFine[],
): Map<string, { mco: string; period: ReportingPeriod; lines: SanctionNoticeLine[] }> {
  const groups = new Map<string, { mco: string; period: ReportingPeriod; lines: SanctionNoticeLine[] }>();
  for (const dated of fines) {
    const period = reportingPeriodOf(dated.fineDate.date);
    const key = JSON.stringify([period.firstDay, dated.fine.mco]);
    const group = groups.get(key) ?? { mco: dated.fine.mco, period, lines: [] };
    group.lines.push(line(dated));
    groups.set(key, group);
  }
  return groups;
}

/**
 * The Portal Sanction Payment Notices of a set of fines (SANCTION-NOTICE-ONLY-IF-FINED): one per
 * MCO and reporting period with at least one fine, each with its total and the date HFS must
 * issue it by (SANCTION-NOTICE-DUE). Policy: parsed fines, the fines set apart under
 * `onError: "collect"` and resolved options in; the boundary (src/api/operations/sanctions.ts)
 * checks the arguments and reads the fines one by one.
 *
 * @example sanctionNoticesOf(fines, [], resolvedOptions).notices[0]?.total // "$5,000.00"
 */
export function sanctionNoticesOf(
  fines: readonly Fine[],
  invalidFines: readonly InvalidFine[],
  resolved: ResolvedSanctionOptions,
): SanctionNotices {
  const dated = fines.map((fine) => ({ fine, fineDate: fineDateOf(fine, resolved.fineDateBasis) }));
  const findings = fineFindings(dated, resolved.ruleBook).sort(
    (a, b) => compareText(a.events[0] ?? "", b.events[0] ?? "") || compareText(a.message, b.message),
  );
  const notices = [...groupByMcoAndPeriod(dated.filter((d) => inForce(d.fineDate.date))).values()].map(
    ({ mco, period, lines }): SanctionNotice => {
      const totalCents = sumCents(
        lines.map((l) => l.amountCents),
        "fines[].amountCents",
        `the notice of ${mco}, ${period.id}`,
      );
      const explanation = noticeDueDateOf(period, resolved);
      return {
        ruleId: "SANCTION-NOTICE-ONLY-IF-FINED",
        mco,
        period,
        fines: lines.sort(compareLines),
        count: lines.length,
        totalCents,
        total: formatCents(totalCents),
        noticeDueDate: explanation.result,
        // The fine-date basis chose the period (the start), told by the start label: full record only.
        explanation:
          resolved.detail === "full"
            ? { ...explanation, options: { ...explanation.options, fineDateBasis: resolved.fineDateBasis } }
            : explanation,
      };
    },
  );
  notices.sort((a, b) => compareText(a.period.firstDay, b.period.firstDay) || compareText(a.mco, b.mco));
  return {
    notices,
    findings,
    options: { fineDateBasis: resolved.fineDateBasis, unstatedRoll: resolved.unstatedRoll },
    invalidFines,
  };
}
