import { frozen } from "../core/freeze.js";

/** The quarterly reports of SPENDDOWN-QUARTERLY-REPORTS, by kind: their titles, as deadlines and findings name them. */
export const QUARTERLY_REPORT_TITLES = frozen({
  financial: "Financial Report (Exhibit C): quarterly allowable grant expenses",
  performance: "Performance Report (Exhibit E): quarterly performance measures",
} as const);

/** A kind of quarterly report: `financial` (Exhibit C) or `performance` (Exhibit E). */
export type QuarterlyReportKind = keyof typeof QUARTERLY_REPORT_TITLES;
