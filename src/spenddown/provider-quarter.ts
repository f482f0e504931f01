import { z } from "zod";
import { makeDeadline } from "../core/deadline.js";
import { parseInput } from "../core/errors.js";
import { type IsoDate, IsoDateSchema } from "../core/iso-date.js";
import type { Deadline, Finding } from "../core/types.js";
import { contractAdjustmentCount, type ContractAdjustment } from "./contract-adjustment.js";
import { evaluateMemberMonth, type MemberMonthEvaluation } from "./evaluate-member-month.js";
import { compareText } from "./month.js";
import { resolveSpenddownOptions, type SpenddownOptions } from "./options.js";
import { type PerformanceReport, performanceReport } from "./performance-report.js";
import { quarterlyReportDueDates } from "./report-due-dates.js";
import { reportingQuarter } from "./reporting-quarter.js";
import { ProviderQuarterInputSchema } from "./schemas.js";
import { evaluateStandards, type StandardsEvaluation } from "./standards.js";

/** {@link providerQuarter}'s input: a provider's quarter, `asOf`, and the dates its reports were submitted. */
export const ProviderQuarterAsOfInputSchema = ProviderQuarterInputSchema.extend({
  asOf: IsoDateSchema,
  reportsSubmitted: z.object({ financial: IsoDateSchema.nullable().optional(), performance: IsoDateSchema.nullable().optional() }).strict().optional(),
}).strict();
export type ProviderQuarterAsOfInput = z.input<typeof ProviderQuarterAsOfInputSchema>;

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
  readonly findings: readonly Finding[];
}

/**
 * One provider's quarter as of `asOf`: each member-month of the quarter evaluated
 * ({@link evaluateMemberMonth}), the contract adjustment count of the quarter, the performance
 * report, the seven standards, and the deadlines of the financial and performance reports with
 * their status (met, late, open, missed).
 *
 * @example
 * providerQuarter({ provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members: [...], asOf: "2024-11-15",
 *   reportsSubmitted: { financial: "2024-10-30", performance: null } }).reportDeadlines.map((d) => d.status)
 * // ["met", "missed"]
 */
export function providerQuarter(input: ProviderQuarterAsOfInput, options: SpenddownOptions = {}): ProviderQuarter {
  const resolved = resolveSpenddownOptions(options, "SPENDDOWN-MEASURES");
  const { asOf, reportsSubmitted, ...quarterInput } = parseInput(ProviderQuarterAsOfInputSchema, input, "SPENDDOWN-MEASURES");
  const raw = input as ProviderQuarterAsOfInput;
  const quarter = reportingQuarter(quarterInput.fiscalYear, quarterInput.quarter);
  const rawMembers = [...raw.members].sort((a, b) => compareText(a.memberId, b.memberId));
  const monthFindings: Finding[] = [];
  const memberMonths = rawMembers.flatMap(({ months, ...member }) =>
    months
      .filter((m) => quarter.months.includes(m.month))
      .sort((a, b) => compareText(a.month, b.month))
      .map((m) => {
        const evaluation = evaluateMemberMonth({ ...member, ...m, asOf }, resolved);
        // The privacy rule (docs/privacy.md): the member's ID goes in each finding's `member` field, not its message.
        for (const f of evaluation.findings) monthFindings.push({ ...f, member: evaluation.memberId });
        return evaluation;
      }),
  );
  const inQuarter = rawMembers.map((m) => ({ ...m, months: m.months.filter((x) => quarter.months.includes(x.month)) }));
  const report = performanceReport({ provider: raw.provider, fiscalYear: raw.fiscalYear, quarter: raw.quarter, members: raw.members }, resolved);
  const due = quarterlyReportDueDates(quarter, resolved);
  const reportDeadlines = due.reports.map((r) =>
    makeDeadline({ ruleId: "SPENDDOWN-QUARTERLY-REPORTS", name: r.title, party: "Williams provider", explanation: r.explanation, metOn: reportsSubmitted?.[r.report] ?? null, asOf }),
  );
  const deadlineFindings = reportDeadlines
    .filter((d) => d.status === "late" || d.status === "missed")
    .map((d): Finding => ({ ruleId: "SPENDDOWN-QUARTERLY-REPORTS", party: "Williams provider", severity: "error", message: `${d.name} for ${quarter.id} ${d.status === "late" ? `submitted ${d.metOn}, ${d.daysLate} day(s) late` : `not submitted, ${d.daysLate} day(s) past`} the due date ${d.dueDate}.`, events: [quarter.id], date: d.dueDate }));
  return {
    provider: quarterInput.provider,
    asOf,
    memberMonths,
    contractAdjustment: contractAdjustmentCount(inQuarter, resolved),
    report,
    standards: evaluateStandards(report, resolved),
    reportDeadlines,
    findings: unique([...monthFindings, ...report.findings, ...deadlineFindings]),
  };
}

/** The findings without repeats (a member's missing prerequisites show in each of their months). */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
