import { compareText } from "../core/compare.js";
import { frozen } from "../core/freeze.js";
import type { TableDraft, TotalRef } from "./report-tables.js";
import type { GroupStatistics, PortalStatistics } from "./ticket-statistics.js";

// The tables of the statistics report before suppression, and the totals they share.

/** The counts a report is made of (`statisticsCounter` under four groupings, and the notices). */
export interface ReportCounts {
  readonly byMcoQuarter: PortalStatistics;
  readonly byProgramQuarter: PortalStatistics;
  readonly byProviderTypeQuarter: PortalStatistics;
  readonly byMco: PortalStatistics;
  /** Sanction notices: per MCO, the reporting periods in which it has a fine (SANCTION-NOTICE-ONLY-IF-FINED). */
  readonly notices: ReadonlyMap<string, number>;
}

/** The drafts of a report's tables, in the page's order, and the totals shown by more than one. */
export interface ReportDrafts {
  readonly drafts: readonly TableDraft[];
  /** Each list: one total as several tables show it (suppressed alike). */
  readonly links: readonly (readonly TotalRef[])[];
}

const sortedSet = (values: Iterable<string>) => [...new Set(values)].sort(compareText);

type Value = (g: GroupStatistics) => number;

/** Rows (the dimension's values) by columns (quarters) of `value`, keeping rows and columns where `value` is not 0. */
function byQuarter(stats: PortalStatistics, dimension: "mco" | "program" | "providerType", value: Value) {
  const groups = stats.groups.filter((g) => value(g) > 0);
  const rows = sortedSet(groups.map((g) => g.group[dimension] ?? ""));
  const columns = sortedSet(groups.map((g) => g.group.quarter ?? ""));
  const at = new Map(groups.map((g) => [`${g.group[dimension]}\u0000${g.group.quarter}`, value(g)]));
  const cells = rows.map((r) => columns.map((q) => at.get(`${r}\u0000${q}`) ?? 0));
  return { rows, columns, cells };
}

function complaints(stats: PortalStatistics, dimension: "mco" | "program" | "providerType", what: string) {
  return {
    ...byQuarter(stats, dimension, (g) => g.total),
    id: `complaints-by-${dimension === "providerType" ? "provider-type" : dimension}`,
    title: `Complaints received, by ${what} and quarter`,
    rowLabel: what === "MCO" ? "MCO" : what.charAt(0).toUpperCase() + what.slice(1),
    unit: "count" as const,
    rowTotals: true,
    columnTotals: true,
  };
}

/** Open and closed (adding up to the complaints), and overdue, by MCO. */
function statusTables(byMco: PortalStatistics): TableDraft[] {
  const groups = byMco.groups.filter((g) => g.total > 0);
  const rows = groups.map((g) => g.group.mco ?? "");
  const base = { rows, rowLabel: "MCO", unit: "count" as const };
  return [
    {
      ...base,
      id: "open-closed-by-mco",
      title: "Complaints open and closed, by MCO",
      columns: ["Open", "Closed"],
      cells: groups.map((g) => [g.open, g.closed]),
      rowTotals: true,
      columnTotals: true,
    },
    {
      ...base,
      id: "overdue-by-mco",
      title: "Complaints overdue (no proposal by its due date), by MCO",
      columns: ["Went overdue", "Overdue and still open"],
      cells: groups.map((g) => [g.overdue, g.overdueOpen]),
      rowTotals: false,
      columnTotals: true,
    },
  ];
}

/** Fines by MCO and quarter (counts, then amounts), and sanction notices by MCO. */
function sanctionTables(counts: ReportCounts): TableDraft[] {
  const fines = byQuarter(counts.byMcoQuarter, "mco", (g) => g.fines);
  const at = new Map(counts.byMcoQuarter.groups.map((g) => [`${g.group.mco}\u0000${g.group.quarter}`, g]));
  const cents = fines.rows.map((r) => fines.columns.map((q) => at.get(`${r}\u0000${q}`)?.sanctionTotalCents ?? 0));
  const notices = [...counts.notices];
  const base = { rowLabel: "MCO", rowTotals: true, columnTotals: true };
  const title = "Portal fines, by MCO and quarter of the fine";
  return [
    { ...base, ...fines, id: "fines-by-mco", title, unit: "count" },
    { ...base, ...fines, cells: cents, id: "fine-amounts-by-mco", title, unit: "cents", amountsOf: "fines-by-mco" },
    {
      ...base,
      id: "notices-by-mco",
      title: "Portal Sanction Payment Notices, by MCO (one per reporting period with a fine)",
      rows: notices.map(([mco]) => mco),
      columns: ["Sanction notices"],
      cells: notices.map(([, n]) => [n]),
      unit: "count",
      rowTotals: false,
    },
  ];
}

const COMPLAINT_TABLES = frozen(["complaints-by-mco", "complaints-by-program", "complaints-by-provider-type"] as const);

/** The links between the complaint tables: MCO totals, quarter totals, the number of complaints. */
function complaintLinks(drafts: readonly TableDraft[], index: (id: string) => number): TotalRef[][] {
  const [mco, program, type] = COMPLAINT_TABLES.map(index) as [number, number, number];
  const status = index("open-closed-by-mco");
  if (mco < 0) return [];
  const ref = (table: number, kind: TotalRef["kind"], i: number) => ({ table, kind, index: i });
  return [
    ...(drafts[mco]?.rows ?? []).map((_, i) => [ref(mco, "row", i), ref(status, "row", i)]),
    ...(drafts[mco]?.columns ?? []).map((_, j) => [mco, program, type].map((t) => ref(t, "column", j))),
    [mco, program, type, status].map((t) => ref(t, "total", 0)),
  ];
}

/**
 * The fines and the overdue tickets: each overdue ticket has its fine (PORTAL-FINE), so an MCO's
 * fines and its tickets that went overdue are as good as the same number, and so are their totals.
 */
function fineLinks(drafts: readonly TableDraft[], index: (id: string) => number): TotalRef[][] {
  const [fines, overdue] = [index("fines-by-mco"), index("overdue-by-mco")];
  if (fines < 0 || overdue < 0) return [];
  const fineRows = drafts[fines]?.rows ?? [];
  const links: TotalRef[][] = (drafts[overdue]?.rows ?? []).flatMap((mco, i) => {
    const k = fineRows.indexOf(mco);
    if (k < 0) return [];
    return [
      [
        { table: overdue, kind: "cell", index: i, column: 0 },
        { table: fines, kind: "row", index: k },
      ],
    ];
  });
  links.push([
    { table: overdue, kind: "column", index: 0 },
    { table: fines, kind: "total", index: 0 },
  ]);
  return links;
}

/** The numbers several tables show (or as good as): hidden in all of them or in none. */
function linksOf(drafts: readonly TableDraft[]): TotalRef[][] {
  const index = (id: string) => drafts.findIndex((d) => d.id === id);
  return [...complaintLinks(drafts, index), ...fineLinks(drafts, index)];
}

/**
 * The report's tables before suppression (a table with no row or no column is left out), and the
 * totals that several of them show: each MCO's complaints (by quarter, and open + closed), each
 * quarter's (by MCO, program and provider type), and all of them; each MCO's fines and its
 * tickets that went overdue.
 */
export function reportDrafts(counts: ReportCounts): ReportDrafts {
  const drafts = [
    complaints(counts.byMcoQuarter, "mco", "MCO"),
    complaints(counts.byProgramQuarter, "program", "program"),
    complaints(counts.byProviderTypeQuarter, "providerType", "provider type"),
    ...statusTables(counts.byMco),
    ...sanctionTables(counts),
  ].filter((d) => d.rows.length > 0 && d.columns.length > 0);
  return { drafts, links: linksOf(drafts) };
}

/**
 * What the page says about suppression (option `suppression`): which counts are hidden, and why.
 *
 * @example reportNote(11, 0) // "Small-cell suppression: every count from 1 to 10 is hidden (†) … No number …"
 */
export function reportNote(threshold: number, hidden: number): string {
  if (threshold <= 1) return "Small-cell suppression is off (threshold 1): every count is shown.";
  const range = threshold === 2 ? "of 1" : `from 1 to ${threshold - 1}`;
  const what =
    hidden === 0
      ? "No number of this report is hidden."
      : `${hidden} number(s) of this report are hidden (†): the small counts, and as many other counts and totals ` +
        "beside them as it takes that none of the small ones can be worked out from the numbers shown.";
  return (
    `Small-cell suppression: every count ${range} is hidden (†), following the CMS cell-size suppression ` +
    "policy, because a small count of complaints about one MCO, program or provider type in one quarter could " +
    `point at a provider and its patients. A zero is shown. ${what} A fine amount ($5,000 a fine, PORTAL-FINE) ` +
    "would give its count away, so it is hidden with its count; a bar of a hidden number is not drawn."
  );
}
