import * as z from "zod/mini";
import { type InvalidItem, type OnError, runBatch } from "../core/batch.js";
import { makeDeadline } from "../core/deadline.js";
import { parseInput, RuleInputError } from "../core/errors.js";
import { type IsoDate, IsoDateSchema } from "../core/iso-date.js";
import type { Deadline, Finding } from "../core/types.js";
import { cleanClassMember } from "./clean-member.js";
import { type ContractAdjustment, contractAdjustmentOf } from "./contract-adjustment.js";
import { type MemberMonthEvaluation, memberMonthOfRow } from "./evaluate-member-month.js";
import { compareText } from "./month.js";
import type { SharedValues } from "./shared-values.js";
import {
  type ProviderQuarterSettings,
  type ResolvedSpenddownOptions,
  readSpenddownSettings,
  settingsOf,
} from "./options.js";
import { type MonthsGiven, type PerformanceReport, performanceReportOf } from "./performance-report.js";
import { reportDueDatesOf } from "./report-due-dates.js";
import { reportingQuarter, type SpenddownQuarter } from "./reporting-quarter.js";
import { ClassMemberSchema, ProviderQuarterInputSchema } from "./schemas.js";
import { evaluateStandardsOf, type StandardsEvaluation } from "./standards.js";
import { countText } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";

/** {@link evaluateProviderQuarter}'s input: a provider's quarter and the dates its reports were submitted (the date is `settings.asOf`). */
export const ProviderQuarterAsOfInputSchema = frozen(
  z.strictObject({
    ...ProviderQuarterInputSchema.shape,
    reportsSubmitted: z.optional(
      z.strictObject({
        financial: z.optional(z.nullable(IsoDateSchema)),
        performance: z.optional(z.nullable(IsoDateSchema)),
      }),
    ),
  }),
);
export type ProviderQuarterAsOfInput = z.input<typeof ProviderQuarterAsOfInputSchema>;

// The quarter's own fields are checked as a whole; the members one by one (onError).
const QuarterFieldsSchema = z.strictObject({ ...ProviderQuarterAsOfInputSchema.shape, members: z.array(z.unknown()) });

/** A Class Member the quarter could not evaluate, under `onError: "collect"` (`index` 0-based in `members`). */
export type InvalidClassMember = InvalidItem<"memberId">;

// Members are named by position only in messages (privacy); the ID stays in its own field.
const MEMBER_ITEMS = { label: "Class Member", idKey: "memberId", idInMessage: false } as const;

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
  /** Under `onError: "collect"`: the Class Members left out because they could not be evaluated, in input order. */
  readonly invalidMembers: readonly InvalidClassMember[];
}

interface EvaluatedMember {
  /** The months given for the member (the checked member itself is not kept). */
  readonly given: MonthsGiven;
  readonly memberId: string;
  /** The member's months of the quarter, sorted by month. */
  readonly memberMonths: readonly MemberMonthEvaluation[];
}

/** Each member checked and its months of the quarter evaluated; a member ID given twice is a bad member. */
function evaluateMembers(
  members: readonly unknown[],
  quarter: SpenddownQuarter,
  asOf: IsoDate,
  resolved: ResolvedSpenddownOptions,
  onError: OnError,
) {
  const seen = new Map<string, number>();
  const memo: SharedValues = new Map();
  return runBatch(members, onError, MEMBER_ITEMS, (item, index): EvaluatedMember => {
    // A clean member is read without zod (the same value; clean-member.ts): memory and speed.
    const member = cleanClassMember(item) ?? parseInput(ClassMemberSchema, item, "SPENDDOWN-MEASURES");
    const first = seen.get(member.memberId);
    if (first !== undefined) {
      throw new RuleInputError([
        {
          field: "memberId",
          value: "(not shown)",
          reason: `the same member ID as the member at index ${first}; give each member once with all their months`,
          ruleId: "SPENDDOWN-MEASURES",
        },
      ]);
    }
    seen.set(member.memberId, index);
    // Each month from the member as checked above: the input is checked once, not once per month.
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
  });
}

/**
 * One provider's quarter as of `settings.asOf`: each member-month of the quarter evaluated
 * ({@link evaluateMemberMonth}), the contract adjustment count of the quarter, the performance
 * report, the seven standards, and the deadlines of the financial and performance reports with
 * their status (met, late, open, missed). A bad Class Member stops the quarter by default
 * (setting `onError: "throw"`, the error names its 0-based index in `members`, never its ID); with
 * `onError: "collect"` it is left out of every count and listed in `invalidMembers`.
 *
 * @example
 * evaluateProviderQuarter({ provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members: [...],
 *   reportsSubmitted: { financial: "2024-10-30", performance: null } }, { asOf: "2024-11-15" }).reportDeadlines.map((d) => d.status)
 * // ["met", "missed"]
 */
export function evaluateProviderQuarter(
  input: ProviderQuarterAsOfInput,
  settings: ProviderQuarterSettings,
): ProviderQuarter {
  const read = readSpenddownSettings(settings, "evaluateProviderQuarter", "SPENDDOWN-MEASURES", {
    asOf: true,
    batch: true,
  });
  const asOf = read.asOf as IsoDate;
  const resolved = read.options;
  const again = settingsOf(resolved);
  const { reportsSubmitted, members, ...quarterInput } = parseInput(QuarterFieldsSchema, input, "SPENDDOWN-MEASURES");
  const quarter = reportingQuarter(quarterInput.fiscalYear, quarterInput.quarter);
  const items = evaluateMembers(members, quarter, asOf, resolved, read.onError);
  const invalidMembers = items.filter((x): x is InvalidClassMember => "status" in x);
  const valid = items
    .filter((x): x is EvaluatedMember => !("status" in x))
    .sort((a, b) => compareText(a.memberId, b.memberId));
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
    quarterInput,
    valid.map((m) => m.given),
    valid.map((m) => m.memberMonths),
    resolved,
  );
  const due = reportDueDatesOf(quarter, again);
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
  const deadlineFindings = reportDeadlines
    .filter((d) => d.status === "late" || d.status === "missed")
    .map(
      (d): Finding => ({
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
        code: d.status === "late" ? "report-late" : "report-missed",
        party: "Williams provider",
        severity: "error",
        message: `${d.name} for ${quarter.id} ${d.status === "late" ? `submitted ${d.metOn}, ${countText(d.daysLate, "day")} late` : `not submitted, ${countText(d.daysLate, "day")} past`} the due date ${d.dueDate}.`,
        events: [quarter.id],
        date: d.dueDate,
      }),
    );
  return {
    provider: quarterInput.provider,
    asOf,
    memberMonths,
    contractAdjustment: contractAdjustmentOf(inQuarter, resolved),
    report,
    standards: evaluateStandardsOf(report, again),
    reportDeadlines,
    // The privacy rule (docs/privacy.md): the member's ID goes in each finding's `member` field, not its message.
    findings: [...memberFindings(valid), ...unique([...report.findings, ...deadlineFindings])],
    invalidMembers,
  };
}

/**
 * The findings of each member's months, the member's ID in `member`, without repeats (a member's
 * missing prerequisites show in each of their months). Repeats are looked for within a member
 * only: findings of two members differ in `member`, and the report's and the deadlines' findings
 * have other codes, so no finding here repeats one of theirs.
 */
function memberFindings(members: readonly EvaluatedMember[]): Finding[] {
  const out: Finding[] = [];
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
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
