// A comparison and an interpretations report as rows (the CLI's table and CSV, the HTML page's
// tables): one row per difference, in the results' vocabulary. Every cell is built from the
// differences' own fields (dates, statuses, amounts, rule IDs, case labels): never a member value.
import { formatCents } from "../core/money.js";
import type { AlternativeImpact, CaseComparison, Comparison, InterpretationsReport } from "./what-if-types.js";
import type { Change, FactSide } from "./changes.js";

/** The columns of one difference. */
export const CHANGE_HEADERS = Object.freeze([
  "Area",
  "Case",
  "Change",
  "Fact",
  "What",
  "Where",
  "Rule",
  "Before",
  "After",
  "Days moved",
] as const);

/** The columns of one alternative of an open point. */
export const ALTERNATIVE_HEADERS = Object.freeze([
  "Point",
  "Option",
  "Default",
  "Alternative",
  "Areas",
  "Cases",
  "Changed",
] as const);

/** A fact on one side in a few words: `2024-07-05 missed`, `$5,000.00`, `met 96%`; `-` when absent. */
export function sideText(fact: Change["fact"], side: FactSide | null): string {
  if (side === null) return "-";
  const amount = side.amount === null ? "" : fact === "standard" ? `${side.amount}%` : formatCents(side.amount);
  return [side.date ?? "", side.status ?? "", amount].filter((s) => s !== "").join(" ") || "-";
}

/** One difference of one case as cells, in {@link CHANGE_HEADERS} order. */
export function changeCells(c: CaseComparison, change: Change): string[] {
  return [
    c.area,
    c.case,
    change.change,
    change.fact,
    change.what,
    change.fact === "other" ? change.paths.join(", ") : (change.after ?? change.before)?.at || "-",
    change.ruleId ?? "-",
    sideText(change.fact, change.before),
    sideText(change.fact, change.after),
    String(change.daysMoved),
  ];
}

/** Every difference of a comparison, one row each, in case order. */
export function comparisonRows(comparison: Pick<Comparison, "differences">): string[][] {
  return comparison.differences.flatMap((c) => c.changes.map((change) => changeCells(c, change)));
}

/** An alternative's summary as cells, in {@link ALTERNATIVE_HEADERS} order. */
export function alternativeCells(a: AlternativeImpact): string[] {
  return [
    a.number === null ? "reading" : String(a.number),
    a.option,
    a.default,
    a.alternative,
    a.areas.join(", "),
    String(a.cases),
    String(a.changed),
  ];
}

/**
 * The report as detail rows: each alternative's cells then one difference's, one row per
 * difference; an alternative that changes nothing has one row with empty difference cells.
 */
export function interpretationRows(report: InterpretationsReport): string[][] {
  return report.alternatives.flatMap((a) => {
    const head = alternativeCells(a);
    const rows = comparisonRows(a).map((cells) => [...head, ...cells]);
    return rows.length > 0 ? rows : [[...head, ...CHANGE_HEADERS.map(() => "")]];
  });
}
