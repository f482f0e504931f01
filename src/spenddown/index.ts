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

export type {
  PrerequisitesEvaluation,
  PrerequisiteItem,
  PrerequisiteStatus,
} from "./prerequisites.js";
export type {
  MemberMonthEvaluation,
  MonthPayment,
} from "./evaluate-member-month.js";
export type {
  ContractAdjustment,
  AmountOverThreshold,
} from "./contract-adjustment.js";
export type { SpenddownQuarter } from "./reporting-quarter.js";
export type {
  QuarterlyReportDue,
  QuarterlyReportDueDates,
} from "./report-due-dates.js";
export type { SpenddownReportCalendar } from "./report-calendar.js";
export type { Share } from "./percentage.js";
export type {
  PerformanceReport,
  MeasureResult,
  MonthCount,
} from "./performance-report.js";
export type {
  StandardsEvaluation,
  StandardResult,
  StandardLine,
  StandardComparison,
} from "./standards.js";
export type {
  ProviderQuarter,
  ProviderQuarterAsOfInput,
  InvalidClassMember,
} from "./provider-quarter.js";
