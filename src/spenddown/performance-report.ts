import { raiseFinding } from "../findings/kind.js";
import { SPENDDOWN_FINDINGS, type SpenddownFinding } from "./finding-codes.js";
import { type MeasureDefinition, measureDefinitions } from "./measures.js";
import { type MonthFacts, monthFacts } from "./month-facts.js";
import { compareText } from "./month.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { type Share, share } from "./percentage.js";
import { fiscalQuarter, type SpenddownQuarter } from "./reporting-quarter.js";
import type { ClassMember } from "./schemas.js";

/** One measure of the quarterly performance report: a count of unduplicated members over all members. */
export interface MeasureResult extends Share {
  readonly key: string;
  readonly number: number;
  readonly title: string;
  /** The members counted, sorted. */
  readonly members: readonly string[];
}

/** Members enrolled in one month of the quarter and those who self-terminated that month (standard 6). */
export interface MonthCount {
  readonly month: string;
  readonly members: number;
  readonly selfTerminated: number;
}

/** The quarterly performance report of one provider (SPENDDOWN-MEASURES). */
export interface PerformanceReport {
  readonly ruleId: "SPENDDOWN-MEASURES";
  readonly provider: string;
  readonly quarter: SpenddownQuarter;
  /** The denominator: unduplicated members with at least one month in the quarter. */
  readonly memberCount: number;
  readonly measures: readonly MeasureResult[];
  readonly months: readonly MonthCount[];
  readonly findings: readonly SpenddownFinding[];
  readonly options: Readonly<Record<string, string>>;
}

/** What the report reads of a member besides the facts: the ID and each month given, paid or not. */
export interface MonthsGiven {
  readonly memberId: string;
  readonly months: readonly { readonly month: string; readonly payment: unknown }[];
}

interface MemberQuarter {
  readonly memberId: string;
  readonly facts: readonly MonthFacts[];
}

function counted(
  m: MemberQuarter,
  d: MeasureDefinition,
  counting: ResolvedSpenddownOptions["memberCounting"],
): boolean {
  return d.event || counting === "any-month" ? m.facts.some(d.test) : m.facts.every(d.test);
}

function outsideFindings(members: readonly MonthsGiven[], quarter: SpenddownQuarter): SpenddownFinding[] {
  return members.flatMap((member) => {
    const outside = member.months
      .map((m) => m.month)
      .filter((m) => !quarter.months.includes(m))
      .sort();
    if (outside.length === 0) return [];
    // The privacy rule (docs/privacy.md): the member's ID goes in the finding's `member` field, not its message.
    const facts = { months: outside, quarter: quarter.id, monthsInQuarter: member.months.length - outside.length };
    const place = { events: outside, member: member.memberId };
    return [raiseFinding(SPENDDOWN_FINDINGS, "months-outside-quarter", facts, place)];
  });
}

function afterTerminationFindings(
  members: readonly MemberQuarter[],
  months: readonly MonthsGiven["months"][number][][],
): SpenddownFinding[] {
  return members.flatMap((m, i) => {
    const terminated = m.facts.find((f) => f.selfTerminated);
    if (terminated === undefined) return [];
    const paidAfter = (months[i] ?? [])
      .filter((raw) => raw.month > terminated.month && raw.payment !== null)
      .map((raw) => raw.month);
    if (paidAfter.length === 0) return [];
    const facts = { selfTerminatedIn: terminated.month, paidMonths: paidAfter };
    const place = { events: paidAfter, member: m.memberId };
    return [raiseFinding(SPENDDOWN_FINDINGS, "payment-after-self-termination", facts, place)];
  });
}

/**
 * The quarterly performance report of one provider (SPENDDOWN-MEASURES): the seven measures, each
 * a count of unduplicated Class Members over the members with at least one month in the quarter,
 * counted as options `memberCounting` and `bucketReading` say; the result does not depend on the
 * order of members or months. Policy: the report's header (a quarter the rules are in force on),
 * checked members and resolved options in; the boundary (src/api/operations/spenddown-runs.ts)
 * checks the arguments.
 *
 * @example
 * performanceReportOfMembers({ provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1 }, members,
 *   resolved).memberCount
 */
export function performanceReportOfMembers(
  header: ReportHeader,
  members: readonly ClassMember[],
  resolved: ResolvedSpenddownOptions,
): PerformanceReport {
  const quarter = fiscalQuarter(header.fiscalYear, header.quarter);
  const sorted = [...members].sort((a, b) => compareText(a.memberId, b.memberId));
  const inQuarter = sorted.map((m) =>
    m.months.filter((x) => quarter.months.includes(x.month)).sort((a, b) => compareText(a.month, b.month)),
  );
  return performanceReportOf(
    header,
    sorted,
    inQuarter.map((months) => months.map(monthFacts)),
    resolved,
  );
}

/** The quarter a report is of. */
export interface ReportHeader {
  readonly provider: string;
  readonly fiscalYear: number;
  readonly quarter: number;
}

/**
 * {@link performanceReportOfMembers} of members already checked and sorted by ID, with the facts of each
 * member's months in the quarter (sorted by month, aligned with `sorted`) and resolved options: a
 * batch that has the facts already does not compute them again.
 */
export function performanceReportOf(
  header: ReportHeader,
  sorted: readonly MonthsGiven[],
  facts: readonly (readonly MonthFacts[])[],
  resolved: ResolvedSpenddownOptions,
): PerformanceReport {
  const quarter = fiscalQuarter(header.fiscalYear, header.quarter);
  const inQuarter = sorted.map((m) =>
    m.months.filter((x) => quarter.months.includes(x.month)).sort((a, b) => compareText(a.month, b.month)),
  );
  const members: MemberQuarter[] = sorted
    .map((m, i) => ({ memberId: m.memberId, facts: facts[i] ?? [] }))
    .filter((m) => m.facts.length > 0);
  const denominator = members.length;
  const measures = measureDefinitions(quarter.firstDay, resolved).map((d): MeasureResult => {
    const ids = members.filter((m) => counted(m, d, resolved.memberCounting)).map((m) => m.memberId);
    return { key: d.key, number: d.number, title: d.title, ...share(ids.length, denominator), members: ids };
  });
  const months = quarter.months.map((month): MonthCount => {
    let count = 0;
    let selfTerminated = 0;
    for (const m of members) {
      for (const f of m.facts) {
        if (f.month !== month) continue;
        count++;
        if (f.selfTerminated) selfTerminated++;
      }
    }
    return { month, members: count, selfTerminated };
  });
  const findings = [
    ...outsideFindings(sorted, quarter),
    ...afterTerminationFindings(
      members,
      inQuarter.filter((x) => x.length > 0),
    ),
  ];
  return {
    ruleId: "SPENDDOWN-MEASURES",
    provider: header.provider,
    quarter,
    memberCount: denominator,
    measures,
    months,
    findings,
    options: optionRecord(resolved, ["bucketReading", "memberCounting"]),
  };
}
