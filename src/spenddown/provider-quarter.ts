import type { InvalidItem } from "../core/batch.js";
import { makeDeadline } from "../core/deadline.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import { type ContractAdjustment, contractAdjustmentOf } from "./contract-adjustment.js";
import { type MemberMonthEvaluation, memberMonthOfRow } from "./evaluate-member-month.js";
import { SPENDDOWN_FINDINGS, type SpenddownFinding } from "./finding-codes.js";
import { compareText } from "./month.js";
import type { SharedValues } from "./shared-values.js";
import type { ResolvedSpenddownOptions } from "./options.js";
import {
  type MonthsGiven,
  type PerformanceReport,
  performanceReportOf,
  type ReportHeader,
} from "./performance-report.js";
import { reportDueDatesOf } from "./report-due-dates.js";
import type { QuarterlyReportKind } from "./report-titles.js";
import type { SpenddownQuarter } from "./reporting-quarter.js";
import type { ClassMember, ReportsSubmitted } from "./schemas.js";
import { standardsOf, type StandardsEvaluation } from "./standards.js";
import { frozen } from "../core/freeze.js";

// The input's schemas are the boundary's (./schemas.ts).
export type { ProviderQuarterAsOfInput, ReportsSubmitted } from "./schemas.js";

/** A Class Member the quarter could not evaluate, under `onError: "collect"` (`index` 0-based in `members`). */
export type InvalidClassMember = InvalidItem<"memberId">;

// Members are named by position only in messages (privacy); the ID stays in its own field.
const MEMBER_ITEMS = frozen({ label: "Class Member", idKey: "memberId", idInMessage: false } as const);

/** One provider's quarter as of a date: every member-month, the report, the standards, the report deadlines. */
export interface ProviderQuarter {
  readonly provider: string;
  readonly asOf: IsoDate;
  readonly memberMonths: readonly MemberMonthEvaluation[];
  readonly contractAdjustment: ContractAdjustment;
  readonly report: PerformanceReport;
  readonly standards: StandardsEvaluation;
  /** The financial and performance report deadlines (SPENDDOWN-QUARTERLY-REPORTS). */
  readonly reportDeadlines: readonly Deadline[];
  readonly findings: readonly SpenddownFinding[];
  /** Under `onError: "collect"`: the Class Members left out because they could not be evaluated, in input order. */
  readonly invalidMembers: readonly InvalidClassMember[];
}

/** @internal One Class Member of a quarter, evaluated. */
export interface EvaluatedMember {
  /** The months given for the member (the checked member itself is not kept). */
  readonly given: MonthsGiven;
  readonly memberId: string;
  /** The member's months of the quarter, sorted by month. */
  readonly memberMonths: readonly MemberMonthEvaluation[];
}

/**
 * @internal How each Class Member of a quarter is evaluated: its months of the quarter, each
 * (SPENDDOWN-MEASURES). Policy: a checked member in; the boundary (src/api/operations/spenddown.ts)
 * reads the members one by one and evaluates each as soon as it is read, so that a member that
 * cannot be evaluated is that member's error (onError) and no checked member is kept.
 * Equal parts of the member-months of one quarter are one shared value (`memo`).
 */
export function classMemberEvaluator(
  quarter: SpenddownQuarter,
  asOf: IsoDate,
  resolved: ResolvedSpenddownOptions,
): (member: ClassMember) => EvaluatedMember {
  const memo: SharedValues = new Map();
  return (member) => {
    // Each month from the member as checked: the input is checked once, not once per month.
    const months = member.months;
    const memberMonths = months
      .filter((m) => quarter.months.includes(m.month))
      .sort((a, b) => compareText(a.month, b.month))
      .map((m) => memberMonthOfRow(member, m, asOf, resolved, memo));
    return {
      given: { memberId: member.memberId, months: months.map((m) => ({ month: m.month, payment: m.payment })) },
      memberId: member.memberId,
      memberMonths,
    };
  };
}

/**
 * One provider's quarter as of `asOf`: each member-month of the quarter, the contract adjustment
 * count, the performance report, the seven standards, and the report deadlines with their
 * status (SPENDDOWN-MEASURES, SPENDDOWN-THRESHOLD, SPENDDOWN-STANDARDS, SPENDDOWN-QUARTERLY-REPORTS).
 * Policy: the quarter, its members evaluated ({@link classMemberEvaluator}), the members set apart
 * under `onError: "collect"` and resolved options in; the boundary (src/api/operations/spenddown.ts)
 * checks the arguments.
 *
 * @example
 * providerQuarterOf(header, quarter, evaluated, [], { financial: "2024-10-30" }, "2024-11-15",
 *   resolved).reportDeadlines
 */
export function providerQuarterOf(
  header: ReportHeader,
  quarter: SpenddownQuarter,
  evaluated: readonly EvaluatedMember[],
  invalidMembers: readonly InvalidClassMember[],
  reportsSubmitted: ReportsSubmitted,
  asOf: IsoDate,
  resolved: ResolvedSpenddownOptions,
): ProviderQuarter {
  const valid = [...evaluated].sort((a, b) => compareText(a.memberId, b.memberId));
  const memberMonths = valid.flatMap((m) => m.memberMonths);
  // The amounts of the months in the quarter, in cents, as their evaluations carry them.
  const inQuarter = valid.map((m) => ({
    memberId: m.memberId,
    months: m.memberMonths.map((e) => ({
      month: e.month,
      householdIncome: e.income.cents,
      spenddownAmount: e.spenddown.cents,
    })),
  }));
  // A member-month evaluation carries the month's facts (MonthFacts): the report counts those.
  const report = performanceReportOf(
    header,
    valid.map((m) => m.given),
    valid.map((m) => m.memberMonths),
    resolved,
  );
  const due = reportDueDatesOf(quarter, resolved);
  const reportDeadlines = due.reports.map((r) =>
    makeDeadline({
      ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      name: r.title,
      party: "Williams provider",
      explanation: r.explanation,
      metOn: reportsSubmitted?.[r.report] ?? null,
      asOf,
    }),
  );
  const deadlineFindings = due.reports.flatMap((r, i) => reportFinding(r.report, quarter, reportDeadlines[i]));
  return {
    provider: header.provider,
    asOf,
    memberMonths,
    contractAdjustment: contractAdjustmentOf(inQuarter, resolved),
    report,
    standards: standardsOf(report, resolved),
    reportDeadlines,
    // The privacy rule (docs/privacy.md): the member's ID goes in each finding's `member` field, not its message.
    findings: [...memberFindings(valid), ...unique([...report.findings, ...deadlineFindings])],
    invalidMembers: [...invalidMembers],
  };
}

/** The finding of a late or missed quarterly report (SPENDDOWN-QUARTERLY-REPORTS), if it is. */
function reportFinding(
  report: QuarterlyReportKind,
  quarter: SpenddownQuarter,
  d: Deadline | undefined,
): SpenddownFinding[] {
  if (d === undefined) return [];
  const facts = { report, quarter: quarter.id, dueDate: d.dueDate, daysLate: d.daysLate };
  const place = { events: [quarter.id], date: d.dueDate };
  if (d.status === "late" && d.metOn !== null)
    return [raiseFinding(SPENDDOWN_FINDINGS, "report-late", { ...facts, submittedOn: d.metOn }, place)];
  if (d.status === "missed") return [raiseFinding(SPENDDOWN_FINDINGS, "report-missed", facts, place)];
  return [];
}

/**
 * The findings of each member's months, the member's ID in `member`, without repeats (a member's
 * missing prerequisites show in each of their months). Repeats are looked for within a member
 * only: findings of two members differ in `member`, and the report's and the deadlines' findings
 * have other codes, so no finding here repeats one of theirs.
 */
function memberFindings(members: readonly EvaluatedMember[]): SpenddownFinding[] {
  const out: SpenddownFinding[] = [];
  for (const m of members) {
    const seen = new Set<string>();
    for (const month of m.memberMonths) {
      for (const f of month.findings) {
        const key = JSON.stringify(f);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...f, member: m.memberId });
      }
    }
  }
  return out;
}

/** The findings without repeats. */
function unique(findings: readonly SpenddownFinding[]): SpenddownFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** @internal How the boundary names a Class Member in a batch. */
export { MEMBER_ITEMS };
