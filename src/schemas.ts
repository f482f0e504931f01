// The entry `hfs-mco-rules/schemas`: every zod schema of the inputs, options and results, for a
// caller that validates data before it calls an operation, or derives its own types and forms.
// They are zod v4 schemas: `Schema.parse(value)`, `z.infer<typeof Schema>`. The same schemas as
// JSON Schema ship as files (`hfs-mco-rules/schemas/<name>.schema.json`, scripts/build-schemas.ts).
export { CalendarInputSchema } from "./calendar/calendar-input-schema.js";
export { OnErrorSchema } from "./core/batch.js";
export { IsoDateSchema } from "./core/iso-date-schema.js";
// The codes of an input issue (RuleInputError.issues[].code): a vocabulary, not a schema.
export { INPUT_ISSUE_CODES } from "./core/issue-codes.js";
// The vocabulary of a comparison (compareEvaluations) and the open points as data (interpretationsReport).
export { CHANGE_FACTS, CHANGE_KINDS } from "./impact/changes.js";
export { IMPACT_AREAS, OPEN_POINTS } from "./impact/open-points.js";
export {
  DeadlineSchema,
  ExplanationSchema,
  ExplanationStepSchema,
  PartySchema,
} from "./core/result-schemas.js";
export { FindingSchema } from "./findings/catalogue.js";
export {
  PortalStatisticsOptionsSchema,
  StatisticsDimensionSchema,
  StatisticsOptionsSchema,
  StatisticsReportOptionsSchema,
  SuppressionSchema,
} from "./portal-statistics/options-schema.js";
export { StatisticsTicketSchema } from "./portal-statistics/record-schema.js";
export { TicketEvaluationSchema } from "./portal/evaluation-schema.js";
export {
  ExtensionLimitFromSchema,
  HfsReviewClockFromSchema,
  McoClockStartSchema,
  MonthOnlyEffectiveDateSchema,
  PortalOptionsSchema,
  SubmissionWindowStartSchema,
  UnstatedRollSchema,
} from "./portal/options.js";
export {
  ClosureReasonSchema,
  InternalDisputeSchema,
  TicketEventSchema,
  TicketMemberSchema,
  TicketSchema,
} from "./portal/schemas.js";
export { WorkQueueOptionsSchema } from "./queue/options-schema.js";
export {
  BulkExtensionSchema,
  ProcessingReadingSchema,
  RegistrationOptionsSchema,
} from "./registration/options-schema.js";
export { RegistrationRequestSchema } from "./registration/request-schema.js";
export { FineSchema, FinesSchema } from "./sanctions/fine-schema.js";
export { IssuedNoticeSchema, SanctionNoticesInputSchema } from "./sanctions/notices-schema.js";
export { FineDateBasisSchema, SanctionOptionsSchema, SanctionUnstatedRollSchema } from "./sanctions/options-schema.js";
export { ReportingPeriodInputSchema } from "./sanctions/reporting-period-schema.js";
export { DollarsSchema } from "./spenddown/money-schema.js";
export { SpenddownMonthSchema } from "./spenddown/month-schema.js";
export {
  BucketReadingSchema,
  ContractAdjustmentBasisSchema,
  ContractAdjustmentUnitSchema,
  MemberCountingSchema,
  SpenddownOptionsSchema,
  SpenddownUnstatedRollSchema,
  Standard2ReadingSchema,
  Standard3BasisSchema,
  Standard3DirectionSchema,
  Standard6EvaluationSchema,
} from "./spenddown/options-schema.js";
export {
  AdvancePaymentSchema,
  ClassMemberSchema,
  ClassMembersSchema,
  MemberMonthInputSchema,
  MemberMonthSchema,
  PrerequisitesInputSchema,
  PrerequisitesSchema,
  ProviderQuarterAsOfInputSchema,
  ProviderQuarterInputSchema,
} from "./spenddown/schemas.js";
export { WebcmComplianceReportInputSchema } from "./webcm/compliance-report-schema.js";
export {
  CoordinatorEmailSchema,
  CoordinatorNameSchema,
  CoordinatorTelephoneSchema,
  ValidCareCoordinatorContactSchema,
} from "./webcm/contact-schemas.js";
export { TransferPlanSchema } from "./webcm/transfer-plan-schema.js";
export { WebcmOptionsSchema, WebcmUnstatedRollSchema } from "./webcm/options-schema.js";
export { WebcmQuarterSchema } from "./webcm/report-quarter-schema.js";
export {
  CareCoordinatorChangedSchema,
  CareCoordinatorContactSchema,
  FileTransferSchema,
  ManualAlternateContactSchema,
  WaiverAssignmentNotifiedSchema,
  WebcmEventSchema,
  WebcmMemberHistorySchema,
} from "./webcm/schemas.js";
// Rows of a flat export and a column map → the inputs of an operation (docs/cli.md, "Column maps").
export {
  type AnyColumnMap,
  type ColumnMapKind,
  columnMapOf,
  inputsFromRows,
  type MappedRecord,
  type RowError,
} from "./cli/columns/inputs-from-rows.js";
