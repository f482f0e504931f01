import { explanationText } from "../calendar/explain.js";
import type { InvalidItem } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import type { DeadlineStatus } from "../core/types.js";
import { deadlinesOf, type WebcmDeadline } from "./contact-deadlines.js";
import type { WebcmDeadlineRule } from "./deadline-explanation.js";
import type { ResolvedWebcmOptions, WebcmUnstatedRoll } from "./options.js";
import type { CalendarQuarter } from "../calendar/quarter.js";
import type { WebcmMemberHistory } from "./schemas.js";

/** A member history the report could not read, under `onError: "collect"` (`index` 0-based in `members`). */
export type InvalidMemberHistory = InvalidItem<"member">;

/** Deadlines by status; `due` = met + late + missed + open. */
export interface WebcmComplianceCounts {
  readonly due: number;
  readonly met: number;
  readonly late: number;
  readonly missed: number;
  readonly open: number;
}

/** One deadline of the report, flat for a table. */
export interface WebcmComplianceRow {
  readonly member: string;
  readonly ruleId: WebcmDeadlineRule;
  readonly trigger: WebcmDeadline["trigger"];
  readonly triggerDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly status: DeadlineStatus;
  readonly metOn: IsoDate | null;
  readonly daysLate: number;
  readonly explanation: string;
}

/** The quarterly compliance report of one MCO (WEBCM-COMPLIANCE-REPORT), plain data. */
export interface WebcmComplianceReport {
  readonly ruleId: "WEBCM-COMPLIANCE-REPORT";
  readonly mco: string;
  readonly quarter: string;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly asOf: IsoDate;
  readonly options: { readonly unstatedRoll: WebcmUnstatedRoll };
  readonly counts: WebcmComplianceCounts;
  readonly byRule: readonly ({ readonly ruleId: WebcmDeadlineRule } & WebcmComplianceCounts)[];
  /** met / (met + late + missed): the share of decided deadlines met on time; null when none is decided. */
  readonly complianceRate: number | null;
  /** Late and missed deadlines, with days late. */
  readonly lateOrMissed: readonly WebcmComplianceRow[];
  /** Every deadline due in the quarter, ordered by due date, member, rule. */
  readonly deadlines: readonly WebcmComplianceRow[];
  /** Under `onError: "collect"`: the member histories left out because they could not be read, in input order. */
  readonly invalidMembers: readonly InvalidMemberHistory[];
}

function countsOf(rows: readonly WebcmComplianceRow[]): WebcmComplianceCounts {
  const counts = { due: rows.length, met: 0, late: 0, missed: 0, open: 0 };
  for (const r of rows)
    if (r.status === "met" || r.status === "late" || r.status === "missed" || r.status === "open") counts[r.status]++;
  return counts;
}

function rowOf(d: WebcmDeadline): WebcmComplianceRow {
  const { deadline } = d;
  return {
    member: d.member,
    ruleId: deadline.ruleId as WebcmDeadlineRule,
    trigger: d.trigger,
    triggerDate: d.triggerDate,
    dueDate: deadline.dueDate,
    status: deadline.status,
    metOn: deadline.metOn,
    daysLate: deadline.daysLate,
    explanation: explanationText(deadline.explanation),
  };
}

const key = (r: WebcmComplianceRow) =>
  [r.dueDate, r.member, r.ruleId, r.triggerDate, r.status, r.metOn ?? ""].join("\u0000");

/**
 * The quarterly WebCM compliance report of one MCO (WEBCM-COMPLIANCE-REPORT): the contact
 * deadlines whose due date falls in the quarter, met on time, late, missed or still open as of
 * `settings.asOf` (the date the report is made: later events are not known, deadlines not yet
 * due are open); the compliance rate; and the late and missed members with their days late. The result
 * does not depend on the order of members or events. A bad member history stops the report by
 * default (`onError: "throw"`, the error names its 0-based index in `members`); with
 * `onError: "collect"` (a setting) it is left out and listed in `invalidMembers`.
 *
 * Policy: the MCO, its checked quarter (`complianceQuarterOf`), parsed members and resolved
 * settings in; the boundary (src/api/operations/webcm-runs.ts) checks the arguments, reads the
 * members one by one and names a quarter before the rule was in force.
 *
 * @example complianceReportOf({ mco, period: complianceQuarterOf("2024-Q1") }, members, [], asOf, options).counts
 */
export function complianceReportOf(
  fields: { readonly mco: string; readonly period: CalendarQuarter },
  members: readonly WebcmMemberHistory[],
  invalidMembers: readonly InvalidMemberHistory[],
  asOf: IsoDate,
  resolved: ResolvedWebcmOptions,
): WebcmComplianceReport {
  const { mco, period } = fields;
  // Each member's deadlines become rows of the quarter at once: no deadline outside it is kept,
  // and each row's sort key is built once (not once per comparison).
  const keyed: { readonly key: string; readonly row: WebcmComplianceRow }[] = [];
  for (const m of members) {
    if (m.mco !== mco) continue;
    for (const d of deadlinesOf(m, asOf, resolved).deadlines) {
      const r = rowOf(d);
      if (period.firstDay <= r.dueDate && r.dueDate <= period.lastDay) keyed.push({ key: key(r), row: r });
    }
  }
  const rows = keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row);
  const counts = countsOf(rows);
  const decided = counts.met + counts.late + counts.missed;
  const rules: WebcmDeadlineRule[] = ["WEBCM-INITIAL-DUE", "WEBCM-CHANGE-DUE"];
  return {
    ruleId: "WEBCM-COMPLIANCE-REPORT",
    mco,
    quarter: period.id,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    asOf,
    options: { unstatedRoll: resolved.unstatedRoll },
    counts,
    byRule: rules.map((ruleId) => ({ ruleId, ...countsOf(rows.filter((r) => r.ruleId === ruleId)) })),
    complianceRate: decided === 0 ? null : counts.met / decided,
    lateOrMissed: rows.filter((r) => r.status === "late" || r.status === "missed"),
    deadlines: rows,
    invalidMembers,
  };
}
