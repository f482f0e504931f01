export { SPENDDOWN_RULES } from "./rules.js";
export { DollarsSchema, dollarsToCents, dollarsTextToCents } from "./money.js";
export { SpenddownMonthSchema, type SpenddownMonth } from "./month.js";
export {
  PrerequisitesSchema,
  PrerequisitesInputSchema,
  AdvancePaymentSchema,
  MemberMonthSchema,
  ClassMemberSchema,
  ClassMembersSchema,
  MemberMonthInputSchema,
  ProviderQuarterInputSchema,
  type Prerequisites,
  type PrerequisitesInput,
  type MemberMonth,
  type ClassMember,
  type ClassMemberInput,
  type MemberMonthInput,
  type ProviderQuarterInput,
} from "./schemas.js";
export {
  SpenddownOptionsSchema,
  SpenddownUnstatedRollSchema,
  BucketReadingSchema,
  Standard3BasisSchema,
  Standard3DirectionSchema,
  MemberCountingSchema,
  Standard2ReadingSchema,
  Standard6EvaluationSchema,
  ContractAdjustmentBasisSchema,
  ContractAdjustmentUnitSchema,
  SPENDDOWN_DEFAULTS,
  resolveSpenddownOptions,
  type SpenddownOptions,
  type SpenddownSettings,
  type SpenddownAsOfSettings,
  type ProviderQuarterSettings,
  type ResolvedSpenddownOptions,
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
export { reportingQuarterOfMonth, reportingQuarter, type SpenddownQuarter } from "./reporting-quarter.js";
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
export {
  ProviderQuarterAsOfInputSchema,
  type ProviderQuarter,
  type ProviderQuarterAsOfInput,
  type InvalidClassMember,
} from "./provider-quarter.js";
