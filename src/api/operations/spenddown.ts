import { deductibleBucket as deductibleBucketRun } from "../../spenddown/deductible-bucket.js";
import {
  ClassMembersSchema,
  MemberMonthInputSchema,
  PrerequisitesInputSchema,
  ProviderQuarterAsOfInputSchema,
  ProviderQuarterInputSchema,
} from "../../spenddown/schemas.js";
import { data, settings, value, withItems } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import {
  contractAdjustmentCountRun,
  evaluateMemberMonthRun,
  evaluatePrerequisitesRun,
  evaluateProviderQuarterRun,
  evaluateStandardsRun,
  performanceReportRun,
  quarterlyReportDueDatesRun,
  spenddownPaymentDueDateRun,
  spenddownReportCalendarRun,
} from "./spenddown-runs.js";
import {
  reportingQuarter as reportingQuarterRun,
  reportingQuarterOfMonth as reportingQuarterOfMonthRun,
} from "./spenddown-arguments.js";

// Williams spenddown (docs/spenddown.md): each public operation declared once (src/api/operation.ts).
// Its checked run is in ./spenddown-runs.ts: the arguments are checked there, at the boundary,
// and nowhere in src/spenddown.

export const EVALUATE_MEMBER_MONTH = /* @__PURE__ */ declareOperation({
  name: "evaluateMemberMonth",
  area: "spenddown",
  summary: "Evaluates one member-month.",
  context: "SPENDDOWN-PAYMENT-DUE",
  arguments: [/* @__PURE__ */ data("input", MemberMonthInputSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
  run: evaluateMemberMonthRun,
});

/**
 * Evaluates one member-month: income at or under the threshold (SPENDDOWN-THRESHOLD), the
 * deductible bucket (SPENDDOWN-MEASURES), bills sufficient to meet the spenddown
 * (SPENDDOWN-BILLS-SUFFICIENT), the payment due date and whether it was paid on time
 * (SPENDDOWN-PAYMENT-DUE), and prerequisites missing (SPENDDOWN-PREREQUISITES). Money in the
 * input is dollars (at most two decimals); results carry integer cents and display strings.
 * Facts dated after `settings.asOf` are not known yet.
 *
 * @example
 * evaluateMemberMonth({ memberId: "W-1", month: "2024-08", householdIncome: "1005.00", spenddownAmount: 99.99,
 *   allowableBills: 150, payment: { amount: 99.99, paidOn: "2024-08-20" }, continuousEngagement: true,
 *   selfTerminated: false, agencyIsRepresentativePayee: true }, { asOf: "2024-09-01" })
 * // { income: { atOrUnderThreshold: true, … }, spenddown: { bucket: { band: "under $100.00", … } },
 * //   bills: { sufficient: true, … }, payment: { onTime: true, deadline: { dueDate: "2024-08-20", … } }, … }
 */
export const evaluateMemberMonth = /* @__PURE__ */ entry(EVALUATE_MEMBER_MONTH);

export const EVALUATE_PREREQUISITES = /* @__PURE__ */ declareOperation({
  name: "evaluatePrerequisites",
  area: "spenddown",
  summary:
    'Whether the provider completed the paperwork "prior to the Class member moving from the Nursing Facility ' +
    '(NF)/Institution for Mental Disease (IMD)" (SPENDDOWN-PREREQUISITES).',
  context: "SPENDDOWN-PREREQUISITES",
  arguments: [/* @__PURE__ */ data("input", PrerequisitesInputSchema), /* @__PURE__ */ settings()],
  settings: ["asOf"],
  run: evaluatePrerequisitesRun,
});

/**
 * Whether the provider completed the paperwork "prior to the Class member moving from the
 * Nursing Facility (NF)/Institution for Mental Disease (IMD)" (SPENDDOWN-PREREQUISITES): the
 * enrollment form sent to HFS, the signed representative-payee agreement, and the AABD
 * application (assisted by the provider, or already completed by the NF/IMD). Dates after
 * `settings.asOf` are not known yet; a move after `asOf` has not happened yet.
 *
 * @example
 * evaluatePrerequisites({ prerequisites: { enrollmentFormSentOn: "2024-05-02",
 *   representativePayeeAgreementSignedOn: null,
 *   aabdApplication: { by: "NF/IMD", on: "2024-04-01" } }, leftFacilityOn: "2024-05-15" },
 *     { asOf: "2024-06-01" }).missing
 * // ["representative-payee agreement signed"]
 */
export const evaluatePrerequisites = /* @__PURE__ */ entry(EVALUATE_PREREQUISITES);

export const PERFORMANCE_REPORT = /* @__PURE__ */ declareOperation({
  name: "performanceReport",
  area: "spenddown",
  summary: "The quarterly performance report of one provider (SPENDDOWN-MEASURES).",
  context: "SPENDDOWN-MEASURES",
  arguments: [/* @__PURE__ */ data("input", ProviderQuarterInputSchema), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: performanceReportRun,
});

/**
 * The quarterly performance report of one provider (SPENDDOWN-MEASURES): the seven measures of
 * the DHS grant program Medicaid Spend-Down, each a count of unduplicated Class Members over the members with at least
 * one month in the quarter. A member counts once for a measure when any of their months in the quarter
 * meets it (`memberCounting: "any-month"`, default) or only when every month does
 * (`every-month`); self-termination (measure 6) is an event of the quarter, counted in any month.
 * The deductible buckets are cumulative by default (open point 8, `bucketReading`). Measure
 * `3-income` counts the same range on income, for standard 3 as worded. The result does not
 * depend on the order of members or months.
 *
 * @example
 * performanceReport({ provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members: [...] })
 * // { quarter: { id: "SFY2025-Q1", … }, memberCount: 12, measures: [{ key: "1", count: 12, denominator: 12, percent:
 * //   100, … }, …] }
 */
export const performanceReport = /* @__PURE__ */ entry(PERFORMANCE_REPORT);

export const EVALUATE_PROVIDER_QUARTER = /* @__PURE__ */ declareOperation({
  name: "evaluateProviderQuarter",
  area: "spenddown",
  summary: "One provider's quarter as of `settings.asOf`.",
  context: "SPENDDOWN-MEASURES",
  arguments: [
    /* @__PURE__ */ withItems("input", "members", ProviderQuarterAsOfInputSchema),
    /* @__PURE__ */ settings(),
  ],
  settings: ["asOf", "calendar", "options", "detail", "rules", "onError"],
  run: evaluateProviderQuarterRun,
});

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
 *   reportsSubmitted: { financial: "2024-10-30", performance: null } },
 *     { asOf: "2024-11-15" }).reportDeadlines.map((d) => d.status)
 * // ["met", "missed"]
 */
export const evaluateProviderQuarter = /* @__PURE__ */ entry(EVALUATE_PROVIDER_QUARTER);

export const CONTRACT_ADJUSTMENT_COUNT = /* @__PURE__ */ declareOperation({
  name: "contractAdjustmentCount",
  area: "spenddown",
  summary: "The number the provider's contract is adjusted by (SPENDDOWN-THRESHOLD).",
  context: "SPENDDOWN-THRESHOLD",
  arguments: [/* @__PURE__ */ data("members", ClassMembersSchema), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: contractAdjustmentCountRun,
});

/**
 * The number the provider's contract is adjusted by (SPENDDOWN-THRESHOLD): "the number of Class
 * Members' monthly spend down amounts over the HFS established threshold of $1,005". By default
 * each member's monthly spenddown amount over the threshold in force that month counts once
 * (member-months). Options: `contractAdjustmentBasis` (`spenddown` default | `income`) and
 * `contractAdjustmentUnit` (`member-months` default | `members`); see docs/spenddown.md.
 *
 * @example
 * contractAdjustmentCount([{ memberId: "W-1", months: [{ month: "2024-08", householdIncome: 2500,
 *   spenddownAmount: "1005.01", allowableBills: 1200, payment: null, continuousEngagement: true,
 *   selfTerminated: false, agencyIsRepresentativePayee: true }] }]).count // 1
 */
export const contractAdjustmentCount = /* @__PURE__ */ entry(CONTRACT_ADJUSTMENT_COUNT);

export const EVALUATE_STANDARDS = /* @__PURE__ */ declareOperation({
  name: "evaluateStandards",
  area: "spenddown",
  summary:
    "Evaluates the seven performance standards of a quarterly report (SPENDDOWN-STANDARDS) against their targets in " +
    "force at the quarter's first day (98%, 98%, 2%, 100%, 90%, at most 10% per month, 50%).",
  context: "SPENDDOWN-STANDARDS",
  arguments: [/* @__PURE__ */ data("report"), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: evaluateStandardsRun,
});

/**
 * Evaluates the seven performance standards of a quarterly report (SPENDDOWN-STANDARDS) against
 * their targets in force at the quarter's first day (98%, 98%, 2%, 100%, 90%, at most 10% per
 * month, 50%): the figure (count, denominator, percent), the target, met or not. Comparisons are
 * exact (count × 100 against target × denominator). Options: `standard2Reading`,
 * `standard3Basis`, `standard3Direction`, `standard6Evaluation` (docs/spenddown.md).
 *
 * @example
 * evaluateStandards(performanceReport(input)).standards.map((s) => s.met)
 * // [true, true, true, false, true, true, true]
 */
export const evaluateStandards = /* @__PURE__ */ entry(EVALUATE_STANDARDS);

export const QUARTERLY_REPORT_DUE_DATES = /* @__PURE__ */ declareOperation({
  name: "quarterlyReportDueDates",
  area: "spenddown",
  summary: "The due dates of a quarter's Financial Report and Performance Report (SPENDDOWN-QUARTERLY-REPORTS).",
  context: "SPENDDOWN-QUARTERLY-REPORTS",
  arguments: [/* @__PURE__ */ data("quarter"), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: quarterlyReportDueDatesRun,
});

/**
 * The due dates of a quarter's Financial Report and Performance Report
 * (SPENDDOWN-QUARTERLY-REPORTS): "no later than November 1, February 1, May 1, and August 1" -
 * for July-September, October-December, January-March and April-June. The party is the
 * Williams provider. Option `unstatedRoll` (open point 2, default `none`) may move a date on a
 * weekend or State Holiday to the next business day; each explanation records it.
 *
 * @example
 * quarterlyReportDueDates(reportingQuarterOfMonth("2024-08")).reports.map((r) => r.dueDate)
 * // ["2024-11-01", "2024-11-01"]
 */
export const quarterlyReportDueDates = /* @__PURE__ */ entry(QUARTERLY_REPORT_DUE_DATES);

export const SPENDDOWN_REPORT_CALENDAR = /* @__PURE__ */ declareOperation({
  name: "spenddownReportCalendar",
  area: "spenddown",
  summary: "The reporting calendar of state fiscal year `fiscalYear` (July of the year before to June).",
  context: "SPENDDOWN-QUARTERLY-REPORTS",
  arguments: [/* @__PURE__ */ value("fiscalYear"), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: spenddownReportCalendarRun,
});

/**
 * The reporting calendar of state fiscal year `fiscalYear` (July of the year before to June):
 * its four quarters, each with the due dates of its financial and performance reports
 * (SPENDDOWN-QUARTERLY-REPORTS).
 *
 * @example
 * spenddownReportCalendar(2025).quarters.map((q) => q.reports[0]?.dueDate)
 * // ["2024-11-01", "2025-02-01", "2025-05-01", "2025-08-01"]
 */
export const spenddownReportCalendar = /* @__PURE__ */ entry(SPENDDOWN_REPORT_CALENDAR);

export const DEDUCTIBLE_BUCKET = /* @__PURE__ */ declareOperation({
  name: "deductibleBucket",
  area: "spenddown",
  summary:
    "The deductible bucket of a monthly spenddown amount in integer cents, with the bounds in force on `date` " +
    "(SPENDDOWN-MEASURES).",
  context: "SPENDDOWN-MEASURES",
  arguments: [/* @__PURE__ */ value("cents"), /* @__PURE__ */ value("date")],
  settings: [],
  run: deductibleBucketRun,
});

export const REPORTING_QUARTER = /* @__PURE__ */ declareOperation({
  name: "reportingQuarter",
  area: "spenddown",
  summary: "Quarter `quarter` (1-4) of state fiscal year `fiscalYear` (SPENDDOWN-QUARTERLY-REPORTS).",
  context: "SPENDDOWN-QUARTERLY-REPORTS",
  arguments: [/* @__PURE__ */ value("fiscalYear"), /* @__PURE__ */ value("quarter")],
  settings: [],
  run: reportingQuarterRun,
});

export const REPORTING_QUARTER_OF_MONTH = /* @__PURE__ */ declareOperation({
  name: "reportingQuarterOfMonth",
  area: "spenddown",
  summary:
    "The reporting quarter a month (`YYYY-MM`, or any date `YYYY-MM-DD` of it) belongs to " +
    "(SPENDDOWN-QUARTERLY-REPORTS).",
  context: "SPENDDOWN-QUARTERLY-REPORTS",
  arguments: [/* @__PURE__ */ value("month")],
  settings: [],
  run: reportingQuarterOfMonthRun,
});

export const SPENDDOWN_PAYMENT_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "spenddownPaymentDueDate",
  area: "spenddown",
  summary:
    "The date the provider's advance spenddown payment to HFS for `month` (`YYYY-MM`) is due (SPENDDOWN-PAYMENT-DUE).",
  context: "SPENDDOWN-PAYMENT-DUE",
  arguments: [/* @__PURE__ */ value("month"), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: spenddownPaymentDueDateRun,
});

/**
 * The date the provider's advance spenddown payment to HFS for `month` (`YYYY-MM`) is due
 * (SPENDDOWN-PAYMENT-DUE): "no later than the 20th day of the month" - the 20th of that same
 * month. Option `unstatedRoll` (open point 2): `none` (default, as written) or `forward` (a
 * 20th on a weekend or State Holiday moves to the next business day).
 *
 * @example
 * spenddownPaymentDueDate("2024-07").result // "2024-07-20" (a Saturday, as written)
 * spenddownPaymentDueDate("2024-07", { options: { unstatedRoll: "forward" } }).result // "2024-07-22"
 */
export const spenddownPaymentDueDate = /* @__PURE__ */ entry(SPENDDOWN_PAYMENT_DUE_DATE);
