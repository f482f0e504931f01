// The columns of `statistics` in a table and in CSV: the group's dimensions, then its counts.
import type { GroupCounts } from "../../portal-statistics/aggregate.js";
import type { StatisticsGroupKey } from "../../portal-statistics/ticket-statistics.js";

type Cell = string | number | null;

/** The counts shown, in order, with their CSV header. */
export const COUNT_COLUMNS: readonly (readonly [string, (g: GroupCounts) => Cell])[] = [
  ["total", (g) => g.total],
  ["open", (g) => g.open],
  ["closed", (g) => g.closed],
  ["overdue", (g) => g.overdue],
  ["overdueOpen", (g) => g.overdueOpen],
  ["fines", (g) => g.fines],
  ["finesIssued", (g) => g.finesIssued],
  ["sanctionTotalCents", (g) => g.sanctionTotalCents],
  ["sanctionTotal", (g) => g.sanctionTotal],
  ["upheld", (g) => g.upheld],
  ["overturned", (g) => g.overturned],
  ["proposals", (g) => g.proposals],
  ["medianDaysToProposal", (g) => g.medianDaysToProposal],
];

/** The group columns of a grouping: the quarter first when asked, then the dimensions. */
export function groupColumns(groupBy: readonly string[], byQuarter: boolean): string[] {
  return [...(byQuarter ? ["quarter"] : []), ...groupBy];
}

/** One row: the group's values (`(all)` for the overall row), then the counts. */
export function statisticsRow(columns: readonly string[], key: StatisticsGroupKey | null, counts: GroupCounts): Cell[] {
  return [
    ...columns.map((c) => (key === null ? "(all)" : ((key as Record<string, string | undefined>)[c] ?? ""))),
    ...COUNT_COLUMNS.map(([, cell]) => cell(counts)),
  ];
}
