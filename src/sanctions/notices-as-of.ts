import { makeDeadline } from "../core/deadline.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Fine } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import { fineKnownOn } from "./fine-date.js";
import { SANCTION_FINDINGS, type SanctionFinding } from "./finding-codes.js";
import type { InvalidFine } from "./fine.js";
import { compareText } from "../core/compare.js";
import type { IssuedNotice } from "./notices-schema.js";
import type { ResolvedSanctionOptions } from "./options.js";
import { type SanctionNotice, sanctionNoticesOf } from "./sanction-notices.js";

// The input's schemas are the boundary's (./notices-schema.ts).
export type { IssuedNotice, SanctionNoticesInput } from "./notices-schema.js";

/**
 * Where a notice stands: `accruing` (its period has not closed yet), `due` (closed, not issued,
 * deadline not passed), `issued` (on time) or `late` (issued after, or still missing past, the
 * deadline).
 */
export type NoticeState = "accruing" | "due" | "issued" | "late";

export interface NoticeStatus {
  readonly notice: SanctionNotice;
  readonly state: NoticeState;
  /** SANCTION-NOTICE-DUE as a deadline of HFS. */
  readonly deadline: Deadline;
}

/** A short reference to a notice, for the lists of due and late notices. */
export interface NoticeRef {
  readonly mco: string;
  readonly period: string;
  readonly noticeDueDate: IsoDate;
  readonly total: string;
  readonly daysLate: number;
}

/** What {@link evaluateSanctionNotices} finds as of a date. */
export interface SanctionNoticesAsOf {
  readonly asOf: IsoDate;
  readonly notices: readonly NoticeStatus[];
  /** Notices HFS must still issue, deadline not passed. */
  readonly due: readonly NoticeRef[];
  /** Notices issued late, or still missing after their deadline. */
  readonly late: readonly NoticeRef[];
  readonly findings: readonly SanctionFinding[];
  /** Under `onError: "collect"`: the fines left out because they could not be read, in input order. */
  readonly invalidFines: readonly InvalidFine[];
}

function stateOf(notice: SanctionNotice, deadline: Deadline, asOf: IsoDate): NoticeState {
  if (deadline.status === "met") return "issued";
  if (deadline.status === "late" || deadline.status === "missed") return "late";
  return asOf <= notice.period.lastDay ? "accruing" : "due";
}

function ref(status: NoticeStatus): NoticeRef {
  const { notice, deadline } = status;
  return {
    mco: notice.mco,
    period: notice.period.id,
    noticeDueDate: notice.noticeDueDate,
    total: notice.total,
    daysLate: deadline.daysLate,
  };
}

function issuedWithoutFines(
  issued: readonly IssuedNotice[],
  notices: readonly SanctionNotice[],
  asOf: IsoDate,
): SanctionFinding[] {
  return issued
    .filter(
      (i) =>
        i.issuedOn <= asOf &&
        !notices.some((n) => n.mco === i.mco && n.period.year === i.year && n.period.quarter === i.quarter),
    )
    .map((i) => {
      const facts = { mco: i.mco, year: i.year, quarter: i.quarter, issuedOn: i.issuedOn, asOf };
      const place = { events: [`notice ${i.mco} ${i.year}-Q${i.quarter}`], date: i.issuedOn };
      return raiseFinding(SANCTION_FINDINGS, "notice-without-fines", facts, place);
    });
}

/**
 * Which Portal Sanction Payment Notices are due and which are late as of `asOf`
 * (SANCTION-NOTICE-DUE, party HFS); only fines known by `asOf` count. Policy: parsed fines and
 * issued notices, the fines set apart under `onError: "collect"` and resolved options in; the
 * boundary (src/api/operations/sanctions.ts) checks the arguments and reads the fines one by one.
 *
 * @example noticesAsOf(fines, [], [], "2024-04-15", resolvedOptions).due[0]?.noticeDueDate // "2024-04-30"
 */
export function noticesAsOf(
  fines: readonly Fine[],
  issued: readonly IssuedNotice[],
  invalidFines: readonly InvalidFine[],
  asOf: IsoDate,
  resolved: ResolvedSanctionOptions,
): SanctionNoticesAsOf {
  const known = fines.filter((fine) => fineKnownOn(fine) <= asOf);
  // The notices' explanations are the lean record whatever the `detail` setting, as before the
  // checks moved to the boundary (the notices were built by a call that left `detail` out).
  const result = sanctionNoticesOf(known, [], { ...resolved, detail: "lean" });
  const notices = result.notices.map((notice): NoticeStatus => {
    const record = issued
      .filter((i) => i.mco === notice.mco && i.year === notice.period.year && i.quarter === notice.period.quarter)
      .sort((a, b) => compareText(a.issuedOn, b.issuedOn))[0];
    const deadline = makeDeadline({
      ruleId: "SANCTION-NOTICE-DUE",
      name: "Portal Sanction Payment Notice",
      party: "HFS",
      explanation: notice.explanation,
      metOn: record?.issuedOn ?? null,
      asOf,
    });
    return { notice, state: stateOf(notice, deadline, asOf), deadline };
  });
  return {
    asOf,
    notices,
    due: notices.filter((s) => s.state === "due").map(ref),
    late: notices.filter((s) => s.state === "late").map(ref),
    findings: [...result.findings, ...issuedWithoutFines(issued, result.notices, asOf)],
    invalidFines,
  };
}
