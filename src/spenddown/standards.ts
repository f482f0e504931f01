import type { PerformanceReport, MeasureResult } from "./performance-report.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { compareShare, compareShares, type Share, share } from "./percentage.js";
import { measureBoundsAt, type StandardTarget, standardTargetAt } from "./parameters.js";
import { formatCents } from "../core/money.js";
import type { SpenddownQuarter } from "./reporting-quarter.js";

/** How a figure is compared with its target. */
export type StandardComparison = "at-least" | "at-most";

/** One figure against a target: a bucket of standard 2, a month of standard 6. */
export interface StandardLine extends Share {
  readonly label: string;
  readonly met: boolean | null;
}

/** One performance standard of SPENDDOWN-STANDARDS, evaluated. */
export interface StandardResult extends Share {
  readonly ruleId: "SPENDDOWN-STANDARDS";
  readonly standard: number;
  readonly title: string;
  /** The measure key the figure comes from (`1`, `2.5`, `3`, `3-income`, …). */
  readonly measure: string;
  /** The target percentage in force at the quarter's first day. */
  readonly target: number;
  readonly comparison: StandardComparison;
  /** Met or not, compared exactly; null when there is no member to count. */
  readonly met: boolean | null;
  readonly lines: readonly StandardLine[];
  /** E.g. `Standard 1: 49 of 50 members (98%), target at least 98%: met`. */
  readonly text: string;
}

/** The seven standards of a quarter. */
export interface StandardsEvaluation {
  readonly ruleId: "SPENDDOWN-STANDARDS";
  readonly provider: string;
  readonly quarter: SpenddownQuarter;
  readonly standards: readonly StandardResult[];
  /** True when every standard is met, false when any is not, null when none can be evaluated (no members). */
  readonly allMet: boolean | null;
  readonly options: Readonly<Record<string, string>>;
}

function isMet(s: Share, target: number, comparison: StandardComparison): boolean | null {
  if (s.denominator === 0) return null;
  const c = compareShare(s, target);
  return comparison === "at-least" ? c >= 0 : c <= 0;
}

function line(label: string, s: Share, target: number, comparison: StandardComparison): StandardLine {
  return { label, ...s, met: isMet(s, target, comparison) };
}

function measure(report: PerformanceReport, key: string): MeasureResult {
  return (
    report.measures.find((m) => m.key === key) ?? {
      key,
      number: 0,
      title: key,
      ...share(0, report.memberCount),
      members: [],
    }
  );
}

type Spec = Omit<StandardResult, "ruleId" | "met" | "text" | keyof Share> & { figure: Share; met?: boolean | null };

function result(spec: Spec): StandardResult {
  const { figure, ...rest } = spec;
  const met = spec.met !== undefined ? spec.met : isMet(figure, spec.target, spec.comparison);
  const pct =
    figure.percent === null ? "no members" : `${figure.count} of ${figure.denominator} members (${figure.percent}%)`;
  const verdict = met === null ? "not applicable" : met ? "met" : "not met";
  return {
    ruleId: "SPENDDOWN-STANDARDS",
    ...rest,
    ...figure,
    met,
    text:
      `Standard ${spec.standard}: ${pct}, target ${spec.comparison === "at-least" ? "at least" : "at most"} ` +
      `${spec.target}%: ${verdict}`,
  };
}

function standard2(report: PerformanceReport, target: number, o: ResolvedSpenddownOptions): StandardResult {
  const buckets = report.measures.filter((m) => m.number === 2);
  // Under the banded reading "less than $500" is the union of the bands.
  const widest =
    o.bucketReading === "cumulative"
      ? measure(report, buckets[buckets.length - 1]?.key ?? "2.5")
      : share(new Set(buckets.flatMap((b) => b.members)).size, report.memberCount);
  const lines = buckets.map((b) => line(b.title, b, target, "at-least"));
  const title = "Members with monthly spenddown deductible amounts less than $100/$200/$300/$400/$500";
  if (o.standard2Reading === "widest-bucket")
    return result({
      standard: 2,
      title,
      measure: buckets[buckets.length - 1]?.key ?? "2.5",
      target,
      comparison: "at-least",
      lines,
      figure: widest,
    });
  const worst = lines.reduce<StandardLine | undefined>(
    (w, l) => (w === undefined || compareShares(l, w) < 0 ? l : w),
    undefined,
  );
  const met = report.memberCount === 0 ? null : lines.every((l) => l.met === true);
  return result({
    standard: 2,
    title,
    measure: "2.1-2.5",
    target,
    comparison: "at-least",
    lines,
    figure: worst ?? share(0, 0),
    met,
  });
}

function standard6(report: PerformanceReport, target: number, o: ResolvedSpenddownOptions): StandardResult {
  const title = "No more than the target share of members may terminate from mental health services, per month";
  const lines = report.months
    .filter((m) => m.members > 0)
    .map((m) => line(m.month, share(m.selfTerminated, m.members), target, "at-most"));
  if (o.standard6Evaluation === "quarter")
    return result({
      standard: 6,
      title,
      measure: "6",
      target,
      comparison: "at-most",
      lines,
      figure: measure(report, "6"),
    });
  const worst = lines.reduce<StandardLine | undefined>(
    (w, l) => (w === undefined || compareShares(l, w) > 0 ? l : w),
    undefined,
  );
  const met = lines.length === 0 ? null : lines.every((l) => l.met === true);
  return result({
    standard: 6,
    title,
    measure: "6 (each month)",
    target,
    comparison: "at-most",
    lines,
    figure: worst ?? share(0, 0),
    met,
  });
}

/**
 * Evaluates the seven performance standards of a quarterly report (SPENDDOWN-STANDARDS) against
 * their targets in force at the quarter's first day. Policy: a report the library made and
 * resolved options in (the buckets read as the report read them unless the options say
 * otherwise: the boundary, src/api/operations/spenddown.ts, resolves that and checks the arguments).
 *
 * @example standardsOf(report, resolved).standards.map((s) => s.met) // [true, true, true, false, true, true, true]
 */
export function standardsOf(report: PerformanceReport, o: ResolvedSpenddownOptions): StandardsEvaluation {
  const t = (name: StandardTarget) => standardTargetAt(report.quarter.firstDay, name, o.ruleBook);
  const simple = (standard: number, key: string, target: number, comparison: StandardComparison, title: string) =>
    result({ standard, title, measure: key, target, comparison, lines: [], figure: measure(report, key) });
  // The measure 3 range as the parameters in force give it (SPENDDOWN-MEASURES), not as written here.
  const range = measureBoundsAt(report.quarter.firstDay, o.ruleBook);
  const s3Key = o.standard3Basis === "income" ? "3-income" : "3";
  const standards = [
    simple(
      1,
      "1",
      t("standard1"),
      "at-least",
      "Members with spenddown have monthly household incomes at or less than the threshold",
    ),
    standard2(report, t("standard2"), o),
    simple(
      3,
      s3Key,
      t("standard3"),
      o.standard3Direction,
      `Members with monthly ${o.standard3Basis === "income" ? "incomes" : "spenddown amounts"} greater than ` +
        `${formatCents(range.rangeLowCents)} but not greater than ${formatCents(range.rangeHighCents)} per month`,
    ),
    simple(
      4,
      "4",
      t("standard4"),
      "at-least",
      "Members have sufficient bills that can be applied to offset the spenddown amount, monthly",
    ),
    simple(
      5,
      "5",
      t("standard5"),
      "at-least",
      "Members maintain continuous engagement with the community mental health provider on a monthly basis",
    ),
    standard6(report, t("standard6Max"), o),
    simple(
      7,
      "7",
      t("standard7"),
      "at-least",
      "Members on spenddown have the agency serving as the representative payee",
    ),
  ];
  return {
    ruleId: "SPENDDOWN-STANDARDS",
    provider: report.provider,
    quarter: report.quarter,
    standards,
    allMet: standards.some((s) => s.met === false) ? false : standards.every((s) => s.met === true) ? true : null,
    options: optionRecord(o, [
      "bucketReading",
      "standard2Reading",
      "standard3Basis",
      "standard3Direction",
      "standard6Evaluation",
    ]),
  };
}
