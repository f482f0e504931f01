import type { AsOfSettings } from "../../calendar/settings.js";
import { readAsOfSettings } from "../settings/read-settings.js";
import { type OnError, runBatch } from "../../core/batch.js";
import { parseInput, RuleInputError } from "../../core/errors.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import type { Explanation } from "../../core/types.js";
import { cleanClassMember } from "../../spenddown/clean-member.js";
import { type ContractAdjustment, contractAdjustmentOf } from "../../spenddown/contract-adjustment.js";
import { type MemberMonthEvaluation, memberMonthOfRow } from "../../spenddown/evaluate-member-month.js";
import { compareText } from "../../spenddown/month.js";
import type {
  ProviderQuarterSettings,
  ResolvedSpenddownOptions,
  SpenddownAsOfSettings,
  SpenddownSettings,
} from "../../spenddown/options.js";
import { spenddownRuleNotInForce, thresholdRuleInForce } from "../../spenddown/parameters.js";
import { paymentDueDateOf } from "../../spenddown/payment-due.js";
import { type PerformanceReport, performanceReportOfMembers } from "../../spenddown/performance-report.js";
import { type PrerequisitesEvaluation, prerequisitesOf } from "../../spenddown/prerequisites.js";
import {
  classMemberEvaluator,
  type EvaluatedMember,
  type InvalidClassMember,
  MEMBER_ITEMS,
  type ProviderQuarter,
  providerQuarterOf,
} from "../../spenddown/provider-quarter.js";
import { reportCalendarOf, type SpenddownReportCalendar } from "../../spenddown/report-calendar.js";
import { type QuarterlyReportDueDates, reportDueDatesOf } from "../../spenddown/report-due-dates.js";
import type { SpenddownQuarter } from "../../spenddown/reporting-quarter.js";
import {
  type ClassMember,
  type ClassMemberInput,
  ClassMemberSchema,
  ClassMembersSchema,
  type MemberMonthInput,
  MemberMonthInputSchema,
  type PrerequisitesInput,
  PrerequisitesInputSchema,
  type ProviderQuarterAsOfInput,
  type ProviderQuarterInput,
  ProviderQuarterInputSchema,
  QuarterFieldsSchema,
} from "../../spenddown/schemas.js";
import { type StandardsEvaluation, standardsOf } from "../../spenddown/standards.js";
import { readSpenddownSettings } from "../settings/spenddown.js";
import {
  memberMonthInForce,
  monthArgument,
  performanceReportArgument,
  quarterArgument,
  reportingQuarter,
  requireSpenddownInForce,
} from "./spenddown-arguments.js";

// The checked runs of the Williams spenddown operations (declared in ./spenddown.ts). The
// arguments are checked here, at the boundary, and nowhere in src/spenddown: the policy
// functions (memberMonthOfRow, prerequisitesOf, performanceReportOfMembers, providerQuarterOf,
// contractAdjustmentOf, standardsOf, reportDueDatesOf, reportCalendarOf, paymentDueDateOf) take
// checked data and resolved options.

/** @internal The checked run of `evaluateMemberMonth`. */
export function evaluateMemberMonthRun(
  input: MemberMonthInput,
  settings: SpenddownAsOfSettings,
): MemberMonthEvaluation {
  const read = readSpenddownSettings(settings, "evaluateMemberMonth", "SPENDDOWN-PAYMENT-DUE", { asOf: true });
  const row = parseInput(MemberMonthInputSchema, input, "SPENDDOWN-MEASURES");
  memberMonthInForce(row.month);
  return memberMonthOfRow(row, row, read.asOf as IsoDate, read.options);
}

/** @internal The checked run of `evaluatePrerequisites`. */
export function evaluatePrerequisitesRun(input: PrerequisitesInput, settings: AsOfSettings): PrerequisitesEvaluation {
  const { asOf } = readAsOfSettings(settings, "evaluatePrerequisites");
  const { prerequisites, leftFacilityOn } = parseInput(PrerequisitesInputSchema, input, "SPENDDOWN-PREREQUISITES");
  return prerequisitesOf(prerequisites, leftFacilityOn ?? null, asOf);
}

/** @internal The checked run of `performanceReport`. */
export function performanceReportRun(input: ProviderQuarterInput, settings?: SpenddownSettings): PerformanceReport {
  const resolved = readSpenddownSettings(settings, "performanceReport", "SPENDDOWN-MEASURES").options;
  const { members, ...header } = parseInput(ProviderQuarterInputSchema, input, "SPENDDOWN-MEASURES");
  reportingQuarter(header.fiscalYear, header.quarter);
  return performanceReportOfMembers(header, members, resolved);
}

/**
 * Each Class Member read, checked and evaluated in turn (a bad one is its own error, onError); a
 * member ID given twice is a bad member.
 */
function classMembersRead(
  members: readonly unknown[],
  evaluate: (member: ClassMember) => EvaluatedMember,
  onError: OnError,
): (EvaluatedMember | InvalidClassMember)[] {
  const seen = new Map<string, number>();
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
    return evaluate(member);
  });
}

/**
 * `evaluate` of a member whose months of the quarter the SPENDDOWN-* rules are in force on; the
 * first month (by month) that they are not is that member's error, as when each member-month was
 * checked in turn. The quarter's first day is in force (reportingQuarter), so the months not in
 * force are found once, for the quarter (none unless a rule's versions leave a gap).
 */
function inForceFirst(
  quarter: SpenddownQuarter,
  evaluate: (member: ClassMember) => EvaluatedMember,
): (member: ClassMember) => EvaluatedMember {
  const notInForce = quarter.months.filter((m) => spenddownRuleNotInForce(`${m}-01` as IsoDate) !== undefined);
  if (notInForce.length === 0) return evaluate;
  return (member) => {
    const months = member.months.map((m) => m.month).filter((m) => notInForce.includes(m));
    const first = months.sort(compareText)[0];
    if (first !== undefined) memberMonthInForce(first);
    return evaluate(member);
  };
}

/** @internal The checked run of `evaluateProviderQuarter`. */
export function evaluateProviderQuarterRun(
  input: ProviderQuarterAsOfInput,
  settings: ProviderQuarterSettings,
): ProviderQuarter {
  const read = readSpenddownSettings(settings, "evaluateProviderQuarter", "SPENDDOWN-MEASURES", {
    asOf: true,
    batch: true,
  });
  const asOf = read.asOf as IsoDate;
  const { reportsSubmitted, members, ...header } = parseInput(QuarterFieldsSchema, input, "SPENDDOWN-MEASURES");
  const quarter = reportingQuarter(header.fiscalYear, header.quarter);
  const evaluate = inForceFirst(quarter, classMemberEvaluator(quarter, asOf, read.options));
  const items = classMembersRead(members, evaluate, read.onError);
  const invalid = items.filter((x): x is InvalidClassMember => "status" in x);
  const valid = items.filter((x): x is EvaluatedMember => !("status" in x));
  return providerQuarterOf(header, quarter, valid, invalid, reportsSubmitted, asOf, read.options);
}

/**
 * Each month of `members`, in the order contractAdjustmentOf reads them, is a month of 1900-2199
 * (monthArgument), up to the first one without a SPENDDOWN-THRESHOLD in force: there the
 * threshold's lookup stops the count, as it always has.
 */
function checkMonthsUpToThreshold(members: readonly ClassMember[]): void {
  for (const member of members) {
    for (const m of member.months) {
      const { year, month } = monthArgument(m.month);
      if (!thresholdRuleInForce(isoDate(year, month, 1))) return;
    }
  }
}

/** @internal The checked run of `contractAdjustmentCount`. */
export function contractAdjustmentCountRun(
  members: readonly ClassMemberInput[],
  settings?: SpenddownSettings,
): ContractAdjustment {
  const resolved = readSpenddownSettings(settings, "contractAdjustmentCount", "SPENDDOWN-THRESHOLD").options;
  const parsed = parseInput(ClassMembersSchema, members, "SPENDDOWN-THRESHOLD");
  checkMonthsUpToThreshold(parsed);
  return contractAdjustmentOf(parsed, resolved);
}

/** @internal The checked run of `evaluateStandards`. */
export function evaluateStandardsRun(report: PerformanceReport, settings?: SpenddownSettings): StandardsEvaluation {
  const checked = performanceReportArgument(report, "evaluateStandards");
  // The buckets are read as the report read them, unless the options say otherwise.
  const given = settings?.options;
  const bucketReading =
    given?.bucketReading ?? (checked.options.bucketReading as ResolvedSpenddownOptions["bucketReading"] | undefined);
  const withBuckets =
    settings === undefined ? { options: { bucketReading } } : { ...settings, options: { ...given, bucketReading } };
  return standardsOf(checked, readSpenddownSettings(withBuckets, "evaluateStandards", "SPENDDOWN-STANDARDS").options);
}

/** @internal The checked run of `quarterlyReportDueDates`. */
export function quarterlyReportDueDatesRun(
  quarter: SpenddownQuarter,
  settings?: SpenddownSettings,
): QuarterlyReportDueDates {
  const checked = quarterArgument(quarter, "quarterlyReportDueDates", "quarter");
  const resolved = readSpenddownSettings(settings, "quarterlyReportDueDates", "SPENDDOWN-QUARTERLY-REPORTS").options;
  return reportDueDatesOf(checked, resolved);
}

/** @internal The checked run of `spenddownReportCalendar`. */
export function spenddownReportCalendarRun(fiscalYear: number, settings?: SpenddownSettings): SpenddownReportCalendar {
  if (!Number.isInteger(fiscalYear)) {
    throw new RuleInputError([
      {
        field: "fiscalYear",
        value: fiscalYear,
        reason: "expected a whole state fiscal year, e.g. 2025",
        code: typeof fiscalYear === "number" ? "invalid_value" : "invalid_type",
        ruleId: "SPENDDOWN-QUARTERLY-REPORTS",
      },
    ]);
  }
  // The year checked before the settings, as when each quarter read them: its first quarter in force.
  reportingQuarter(fiscalYear, 1);
  // The settings are named as those of the quarters' due dates, as the calendar has always named them.
  const resolved = readSpenddownSettings(settings, "quarterlyReportDueDates", "SPENDDOWN-QUARTERLY-REPORTS").options;
  // Each quarter in force, as when the calendar built each quarter with reportingQuarter.
  for (const quarter of [2, 3, 4]) reportingQuarter(fiscalYear, quarter);
  return reportCalendarOf(fiscalYear, resolved);
}

/** @internal The checked run of `spenddownPaymentDueDate`. */
export function spenddownPaymentDueDateRun(month: string, settings?: SpenddownSettings): Explanation {
  const resolved = readSpenddownSettings(settings, "spenddownPaymentDueDate", "SPENDDOWN-PAYMENT-DUE").options;
  const { year, month: m } = monthArgument(month, "SPENDDOWN-PAYMENT-DUE");
  requireSpenddownInForce(isoDate(year, m, 1), "month", month);
  return paymentDueDateOf(month, resolved);
}
