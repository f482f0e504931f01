export type { SpenddownMonth } from "./month.js";
export type {
  Prerequisites,
  PrerequisitesInput,
  MemberMonth,
  ClassMember,
  ClassMemberInput,
  MemberMonthInput,
  ProviderQuarterInput,
} from "./schemas.js";
export type {
  SpenddownOptions,
  SpenddownSettings,
  SpenddownAsOfSettings,
  ProviderQuarterSettings,
  ResolvedSpenddownOptions,
} from "./options.js";
export { deductibleBucket, type DeductibleBucket } from "./deductible-bucket.js";
export type { MonthFacts } from "./month-facts.js";
export { spenddownPaymentDueDate } from "./payment-due.js";
export {
  evaluatePrerequisites,
  type PrerequisitesEvaluation,
  type PrerequisiteItem,
  type PrerequisiteStatus,
} from "./prerequisites.js";
export { evaluateMemberMonth, type MemberMonthEvaluation, type MonthPayment } from "./evaluate-member-month.js";
export { contractAdjustmentCount, type ContractAdjustment, type AmountOverThreshold } from "./contract-adjustment.js";
export { reportingQuarterOfMonth, reportingQuarter, type SpenddownQuarter } from "./reporting-quarter.js";
export { quarterlyReportDueDates, type QuarterlyReportDue, type QuarterlyReportDueDates } from "./report-due-dates.js";
export { spenddownReportCalendar, type SpenddownReportCalendar } from "./report-calendar.js";
export type { Share } from "./percentage.js";
export {
  performanceReport,
  type PerformanceReport,
  type MeasureResult,
  type MonthCount,
} from "./performance-report.js";
export {
  evaluateStandards,
  type StandardsEvaluation,
  type StandardResult,
  type StandardLine,
  type StandardComparison,
} from "./standards.js";
export {
  evaluateProviderQuarter,
  type ProviderQuarter,
  type ProviderQuarterAsOfInput,
  type InvalidClassMember,
} from "./provider-quarter.js";
